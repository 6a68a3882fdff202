import { vietnamDateOf } from '@vinh-danh/calendar';
import { isLevel, levelRank, type Level } from '@vinh-danh/domain';
import type { LocalityEntity } from '../../localities/entities/locality.entity';

/** The end instant of a unit with no end date: far enough that nothing ever reaches it. */
export const OPEN_ENDED = '9999-12-31T00:00:00.000Z';

/** Why work of a level goes to the office it goes to. */
export type OfficeReason = 'in-force' | 'successor' | 'level-closed' | 'closed';

export interface Office {
  /** The unit of that level on the dossier's own chain (the one it was filed under). */
  unit: LocalityEntity;
  /** Where the work goes today: the unit, its successor, or the unit below when the level ended. */
  office: LocalityEntity;
  reason: OfficeReason;
}

/**
 * A dossier's chain (commune → … → central, as filed) with the successors of its units, so
 * that the offices that act today can be found: a merged commune's work goes to the commune
 * that took it over, a merged province's to its successor province, and the work of a level
 * that ended without a successor of its level (the districts on 1/7/2025) to the level below.
 */
export class ChainOffices {
  private readonly byId: Map<string, LocalityEntity>;

  constructor(
    readonly chain: LocalityEntity[],
    successors: LocalityEntity[],
  ) {
    this.byId = new Map([...chain, ...successors].map((unit) => [unit.id, unit]));
  }

  unitAt(level: Level): LocalityEntity | undefined {
    return this.chain.find((unit) => unit.level === level);
  }

  /** Whether any unit of the chain has an end date or a successor (else nothing here can change). */
  get mayClose(): boolean {
    return this.chain.some((unit) => unit.validTo !== null || unit.successorId !== null);
  }

  /**
   * The unit that stands for `unit` on `day`: itself until it ends, else its successors
   * followed while they are of the same level. A start date does not matter here: work
   * already under way stays where it is until its unit ends.
   */
  standIn(unit: LocalityEntity, day: string): LocalityEntity | undefined {
    const seen = new Set<string>();
    for (let current: LocalityEntity | undefined = unit; current && !seen.has(current.id); current = this.byId.get(current.successorId ?? '')) {
      if (current.level !== unit.level) return undefined;
      if (!endedBy(current, day)) return current;
      seen.add(current.id);
    }
    return undefined;
  }

  /** Levels of the chain whose unit has ended by `day` with no successor of the level. */
  closedLevels(day: string): Level[] {
    return this.chain.filter((unit) => isLevel(unit.level) && !this.standIn(unit, day)).map((unit) => unit.level);
  }

  /** When each level's unit (or its last successor of that level) ends, as an ISO instant. */
  levelEndsAt(): Partial<Record<Level, string>> {
    const ends: Partial<Record<Level, string>> = {};
    for (const unit of this.chain) ends[unit.level] = endInstant(this.lastOfLevel(unit).validTo);
    return ends;
  }

  /** Where the work of `level` goes on `day`. Undefined when the chain has no unit of that level. */
  officeFor(level: Level, day: string): Office | undefined {
    const unit = this.unitAt(level);
    if (!unit) return undefined;
    const standIn = this.standIn(unit, day);
    if (standIn) return { unit, office: standIn, reason: standIn.id === unit.id ? 'in-force' : 'successor' };
    // The level ended: what remains of its work on this dossier falls to the level below it.
    const below = this.chain.filter((candidate) => levelRank(candidate.level) > levelRank(level)).reverse();
    for (const candidate of below) {
      const office = this.standIn(candidate, day);
      if (office) return { unit, office, reason: 'level-closed' };
    }
    return { unit, office: unit, reason: 'closed' };
  }

  private lastOfLevel(unit: LocalityEntity): LocalityEntity {
    const seen = new Set<string>([unit.id]);
    let last = unit;
    for (let next = this.byId.get(unit.successorId ?? ''); next && next.level === unit.level && !seen.has(next.id); next = this.byId.get(next.successorId ?? '')) {
      seen.add(next.id);
      last = next;
    }
    return last;
  }
}

/** The calendar day in Vietnam, against which validity dates are read. */
export function dayOf(now: Date): string {
  return vietnamDateOf(now);
}

/** The unit's last day is behind `day`. */
export function endedBy(unit: Pick<LocalityEntity, 'validTo'>, day: string): boolean {
  return unit.validTo !== null && unit.validTo < day;
}

/** A unit valid to 30/6 ends at 00:00 on 1/7 in Vietnam (UTC+7). */
export function endInstant(validTo: string | null): string {
  if (!validTo) return OPEN_ENDED;
  const next = new Date(`${validTo}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(next.getTime() - 7 * 3_600_000).toISOString();
}

/** What the runtime tells the process at every step (StepOptions.variables, processes/README.md). */
export interface ChainStepVariables extends Record<string, unknown> {
  /** Levels of the dossier's chain that have ended with no successor of their level. */
  closedLevels: Level[];
  /** Per level, when its unit (or that unit's last successor of the level) ends. */
  levelEndsAt: Partial<Record<Level, string>>;
}

export function stepVariablesOf(offices: ChainOffices, now: Date): ChainStepVariables {
  return { closedLevels: offices.closedLevels(dayOf(now)), levelEndsAt: offices.levelEndsAt() };
}
