import type { LocalityEntity } from '../../localities/entities/locality.entity';

export const FOUR_TIER_PROCESS_KEY = 'commendation-four-tier';
export const TWO_TIER_PROCESS_KEY = 'commendation-two-tier';

/**
 * Which chain a dossier runs: a unit that still sits under a district valid on the day of
 * submission goes through the four tiers; since 1/7/2025 communes sit directly under their
 * province and run the two-tier chain. Data decides, not the calendar: a district kept
 * valid in the tree keeps its tier.
 */
export function chainProcessKey(chain: LocalityEntity[], on: string): string {
  const hasDistrict = chain.some((unit) => unit.level === 'district' && isValidOn(unit, on));
  return hasDistrict ? FOUR_TIER_PROCESS_KEY : TWO_TIER_PROCESS_KEY;
}

export function isValidOn(unit: Pick<LocalityEntity, 'validFrom' | 'validTo'>, on: string): boolean {
  return (!unit.validFrom || unit.validFrom <= on) && (!unit.validTo || unit.validTo >= on);
}
