import { Injectable } from '@nestjs/common';
import { subtreeCondition } from '../../access/access-policy';
import { AwardTypesService } from '../../award-types/award-types.service';
import { LocalitiesService } from '../../localities/localities.service';
import { DateRangeInvalidError } from '../dossiers.errors';
import type { DossierFiltersDto } from '../dto/dossier-filters.dto';
import type { SqlParams } from '../search/search-page';

/** Vietnam has one offset all year (UTC+7): a calendar day there starts at 17:00 UTC the day before. */
const VIETNAM_OFFSET = '+07:00';

/** The filters of a dossier list, as the list and its XLSX export both apply them. */
@Injectable()
export class DossierFilters {
  constructor(
    private readonly localities: LocalitiesService,
    private readonly awardTypes: AwardTypesService,
  ) {}

  /** Refuses a reversed date range, and unknown ids and codes rather than silently matching nothing. */
  async check(query: DossierFiltersDto): Promise<void> {
    if (query.submittedFrom && query.submittedTo && query.submittedFrom > query.submittedTo) throw new DateRangeInvalidError(query.submittedFrom, query.submittedTo);
    if (query.localityId) await this.localities.get(query.localityId);
    if (query.awardTypeCode) await this.awardTypes.get(query.awardTypeCode);
  }
}

/**
 * The WHERE clause of access (`roots`: the subtrees the caller may read, undefined for
 * everything) and filters, on alias `d`; values go through `sql`.
 */
export function dossierFilterSql(sql: SqlParams, query: DossierFiltersDto, roots: string[] | undefined): string {
  const conditions = ['TRUE'];
  if (roots) conditions.push(subtreeCondition('d.locality_id', sql.param(roots)));
  if (query.localityId) conditions.push(subtreeCondition('d.locality_id', sql.param([query.localityId])));
  if (query.status) conditions.push(`d.status = ${sql.param(query.status)}`);
  if (query.awardTypeCode) conditions.push(`d.award_type_code = ${sql.param(query.awardTypeCode)}`);
  if (query.movementId) conditions.push(`d.movement_id = ${sql.param(query.movementId)}`);
  if (query.submittedFrom) conditions.push(`d.submitted_at >= ${sql.param(vietnamDayStart(query.submittedFrom, 0))}`);
  if (query.submittedTo) conditions.push(`d.submitted_at < ${sql.param(vietnamDayStart(query.submittedTo, 1))}`);
  return conditions.join(' AND ');
}

/** The instant a Vietnamese calendar day (YYYY-MM-DD), shifted by `days`, begins. */
export function vietnamDayStart(date: string, days: number): Date {
  const start = new Date(`${date}T00:00:00${VIETNAM_OFFSET}`);
  return new Date(start.getTime() + days * 86_400_000);
}
