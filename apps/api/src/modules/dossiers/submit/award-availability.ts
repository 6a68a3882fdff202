import { vietnamDateOf } from '@vinh-danh/calendar';
import { levelRank } from '@vinh-danh/domain';
import type { AwardTypeEntity } from '../../award-types/entities/award-type.entity';
import type { LocalityEntity } from '../../localities/entities/locality.entity';
import { AwardNotAvailableError, OriginCannotFileError } from '../dossiers.errors';
import { isValidOn } from '../../localities/views/locality-view';

/**
 * An award can be proposed from a unit only if it is still granted and its granting level
 * sits on the unit's chain at or above the unit (no district Giấy khen for a commune with
 * no district above it, no commune Giấy khen from a province). A central unit proposes
 * nothing: there is no level above it in the chains.
 */
export function checkAwardAvailable(awardType: AwardTypeEntity, chain: LocalityEntity[], now: Date): void {
  const today = vietnamDateOf(now);
  if (awardType.validTo && awardType.validTo < today) {
    throw new AwardNotAvailableError(`${awardType.name} chỉ được đề nghị đến ngày ${awardType.validTo}`);
  }
  const origin = chain[0];
  if (!origin) return;
  if (origin.level === 'central') throw new OriginCannotFileError(origin.name);
  if (levelRank(awardType.grantingLevel) > levelRank(origin.level)) {
    throw new AwardNotAvailableError(`${awardType.name} do cấp thấp hơn ${origin.name} khen thưởng`);
  }
  const granting = chain.find((unit) => unit.level === awardType.grantingLevel && isValidOn(unit, today));
  if (!granting) {
    throw new AwardNotAvailableError(`Chuỗi đơn vị của ${origin.name} không có cấp khen thưởng ${awardType.name}`);
  }
}
