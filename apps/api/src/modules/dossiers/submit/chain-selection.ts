import type { EntityManager } from 'typeorm';
import type { Level } from '@vinh-danh/domain';
import type { LocalityEntity } from '../../localities/entities/locality.entity';
import { isValidOn } from '../../localities/views/locality-view';
import { LocalityClosedError } from '../../localities/localities.errors';

export const FOUR_TIER_PROCESS_KEY = 'commendation-four-tier';
export const TWO_TIER_PROCESS_KEY = 'commendation-two-tier';

/**
 * Which chain a dossier runs: a unit that still sits under a district valid on the day (in Vietnam) of
 * submission goes through the four tiers; since 1/7/2025 communes sit directly under their
 * province and run the two-tier chain. Data decides, not the calendar: a district kept
 * valid in the tree keeps its tier. A province files on the chain its own tree runs
 * (`districtsBelow`: a district under it is valid on the day), so that its dossiers cite
 * the decree in force for it.
 */
export function chainProcessKey(chain: LocalityEntity[], on: string, districtsBelow = false): string {
  const hasDistrict = districtsBelow || chain.some((unit) => unit.level === 'district' && isValidOn(unit, on));
  return hasDistrict ? FOUR_TIER_PROCESS_KEY : TWO_TIER_PROCESS_KEY;
}

/** Whether a province still has a district under it on `on` (its own tree runs four tiers). */
export async function hasDistrictsBelow(manager: EntityManager, unit: LocalityEntity, on: string): Promise<boolean> {
  if (unit.level !== 'province') return false;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM localities WHERE parent_id = $1 AND level = 'district'
        AND (valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to >= $2::date) LIMIT 1`,
    [unit.id, on],
  );
  return rows.length > 0;
}

/** The levels whose units may file on each shipped chain: every level of it but central (processes/README.md). */
const FILING_LEVELS: Record<string, readonly Level[]> = {
  [FOUR_TIER_PROCESS_KEY]: ['commune', 'district', 'province'],
  [TWO_TIER_PROCESS_KEY]: ['commune', 'province'],
};

/**
 * Where the dossier enters its chain (start variable `originLevel`): at the level of the
 * unit that filed it, whose council votes and whose chairman decides or signs the letter
 * upward. A district has no steps on the two-tier chain, which it only gets once it has
 * ended (a draft filed before 1/7/2025 and submitted after): it can no longer propose.
 */
export function originLevelOn(processKey: string, origin: LocalityEntity): Level {
  const levels = FILING_LEVELS[processKey];
  if (levels && !levels.includes(origin.level)) throw new LocalityClosedError(origin.name, origin.validFrom, origin.validTo);
  return origin.level;
}
