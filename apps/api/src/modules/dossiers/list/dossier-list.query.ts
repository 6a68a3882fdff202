import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccessPolicy, subtreeCondition } from '../../access/access-policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AwardTypesService } from '../../award-types/award-types.service';
import { LocalitiesService } from '../../localities/localities.service';
import { DateRangeInvalidError } from '../dossiers.errors';
import type { DossierQueryDto } from '../dto/dossier-query.dto';
import { DossierEntity } from '../entities/dossier.entity';
import { containsPattern } from '../search/like-pattern';
import { cappedTotal, SEARCH_TOTAL_CAP, SqlParams, type SearchPage } from '../search/search-page';
import { toDossierSummary, type DossierSummaryView } from '../views/dossier-view';

/** Vietnam has one offset all year (UTC+7): a calendar day there starts at 17:00 UTC the day before. */
const VIETNAM_OFFSET = '+07:00';
const NEWEST_FIRST = 'ORDER BY d.created_at DESC, d.id DESC';

/**
 * `GET /api/dossiers`: what the caller may read, filtered, searched, newest first, a page at
 * a time. Hand-written SQL, because the search needs a shape the query builder cannot say.
 */
@Injectable()
export class DossierListQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly localities: LocalitiesService,
    private readonly awardTypes: AwardTypesService,
  ) {}

  async execute(user: AuthenticatedUser, query: DossierQueryDto): Promise<SearchPage<DossierSummaryView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const empty = { items: [], total: 0, totalCapped: false, page, pageSize };
    if (query.submittedFrom && query.submittedTo && query.submittedFrom > query.submittedTo) throw new DateRangeInvalidError(query.submittedFrom, query.submittedTo);
    // Unknown ids and codes are refused rather than silently matching nothing.
    if (query.localityId) await this.localities.get(query.localityId);
    if (query.awardTypeCode) await this.awardTypes.get(query.awardTypeCode);
    const roots = this.access.readableRoots(user);
    if (roots && roots.length === 0) return empty;

    const pattern = query.q === undefined ? undefined : containsPattern(query.q);
    const { ids, total, totalCapped } = pattern ? await this.search(query, roots, pattern, page, pageSize) : await this.filterOnly(query, roots, page, pageSize);
    const loaded = ids.length === 0 ? [] : await this.dataSource.getRepository(DossierEntity).findBy({ id: In(ids) });
    const byId = new Map(loaded.map((dossier) => [dossier.id, dossier]));
    const items = ids.flatMap((id) => {
      const dossier = byId.get(id);
      return dossier ? [toDossierSummary(dossier)] : [];
    });
    return { items, total, totalCapped, page, pageSize };
  }

  private async filterOnly(query: DossierQueryDto, roots: string[] | undefined, page: number, pageSize: number): Promise<PageIds> {
    const sql = new SqlParams();
    const where = filters(sql, query, roots);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT d.id FROM dossiers d WHERE ${where} ${NEWEST_FIRST} LIMIT ${sql.param(pageSize)} OFFSET ${sql.param((page - 1) * pageSize)}`,
      sql.values,
    );
    const countSql = new SqlParams();
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM dossiers d WHERE ${filters(countSql, query, roots)}`, countSql.values);
    return { ids: rows.map((row) => row.id), total: n, totalCapped: false };
  }

  /**
   * Two branches, each free to take its best plan: the dossier's own text (walk the
   * newest-first index while matches are dense, the trigram index when rare) and its
   * nominees' names (trigram index on nominees). They are disjoint, so UNION ALL streams.
   * One query fetches the ids of the first SEARCH_TOTAL_CAP + 1 matches: the page is cut
   * from them and their number is the (capped) total, so the trigram work is done once.
   */
  private async search(query: DossierQueryDto, roots: string[] | undefined, pattern: string, page: number, pageSize: number): Promise<PageIds> {
    const sql = new SqlParams();
    const where = filters(sql, query, roots);
    const p = sql.param(pattern);
    const offset = (page - 1) * pageSize;
    const reach = Math.max(SEARCH_TOTAL_CAP + 1, offset + pageSize);
    const top = sql.param(reach);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM (
         (SELECT d.id, d.created_at FROM dossiers d WHERE ${where} AND d.search_text LIKE ${p} ${NEWEST_FIRST} LIMIT ${top})
         UNION ALL
         (SELECT d.id, d.created_at FROM dossiers d WHERE ${where} AND NOT d.search_text LIKE ${p}
            AND d.id IN (SELECT n.dossier_id FROM nominees n WHERE n.search_text LIKE ${p}) ${NEWEST_FIRST} LIMIT ${top})
       ) d ${NEWEST_FIRST} LIMIT ${top}`,
      sql.values,
    );
    return { ids: rows.slice(offset, offset + pageSize).map((row) => row.id), ...cappedTotal(rows.length) };
  }
}

interface PageIds {
  ids: string[];
  total: number;
  totalCapped: boolean;
}

/** The WHERE clause of access and filters (without the search), on alias `d`. */
function filters(sql: SqlParams, query: DossierQueryDto, roots: string[] | undefined): string {
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
function vietnamDayStart(date: string, days: number): Date {
  const start = new Date(`${date}T00:00:00${VIETNAM_OFFSET}`);
  return new Date(start.getTime() + days * 86_400_000);
}
