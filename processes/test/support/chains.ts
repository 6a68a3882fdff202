import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProcessRuntime, type CompiledDefinition, type ProcessRuntime } from '@vinh-danh/engine';
import type { Level } from '@vinh-danh/domain';

/** A shipped chain and the tiers it runs through, from the proposing commune up. */
export interface ChainSpec {
  title: string;
  file: string;
  processId: string;
  levels: Level[];
  /** Levels the runtime may report closed (`closedLevels`): their steps can be skipped. */
  closingLevels: Level[];
}

export const FOUR_TIER: ChainSpec = {
  title: 'four-tier chain (before 1/7/2025)',
  file: 'commendation-four-tier.bpmn',
  processId: 'commendation_four_tier',
  levels: ['commune', 'district', 'province', 'central'],
  closingLevels: ['district'],
};

export const TWO_TIER: ChainSpec = {
  title: 'two-tier chain (since 1/7/2025)',
  file: 'commendation-two-tier.bpmn',
  processId: 'commendation_two_tier',
  levels: ['commune', 'province', 'central'],
  closingLevels: [],
};

export const CHAINS: readonly ChainSpec[] = [FOUR_TIER, TWO_TIER];

export const PROCESSES_DIR = join(__dirname, '..', '..');

export function chainXml(chain: ChainSpec): string {
  return readFileSync(join(PROCESSES_DIR, chain.file), 'utf8');
}

/** The tier directly below `level` in the chain (who supplements a dossier it returns). */
export function levelBelow(chain: ChainSpec, level: Level): Level {
  const index = chain.levels.indexOf(level);
  if (index < 1) throw new Error(`${level} has no tier below it in ${chain.file}`);
  return chain.levels[index - 1];
}

/** Tiers that receive a dossier from below and appraise it. */
export function appraisingLevels(chain: ChainSpec): Level[] {
  return chain.levels.slice(1);
}

/** Tiers whose units may file a dossier: all but central, which submits to the Prime Minister / President. */
export function filingLevels(chain: ChainSpec): Level[] {
  return chain.levels.filter((level) => level !== 'central');
}

/** Tiers whose chairman can grant an award (central submits instead). */
export function grantingLevels(chain: ChainSpec): Level[] {
  return chain.levels.filter((level) => level !== 'central');
}

export const supplementTaskId = (chain: ChainSpec, level: Level) => `${levelBelow(chain, level)}_supplement_for_${level}`;

let runtime: ProcessRuntime | undefined;
const compiled = new Map<string, Promise<CompiledDefinition>>();

export function processRuntime(): ProcessRuntime {
  runtime ??= createProcessRuntime();
  return runtime;
}

/** Compiled once per file, as the api does once per deployed version. */
export function compiledChain(chain: ChainSpec): Promise<CompiledDefinition> {
  let definition = compiled.get(chain.file);
  if (!definition) {
    definition = processRuntime().compile(chainXml(chain));
    compiled.set(chain.file, definition);
  }
  return definition;
}
