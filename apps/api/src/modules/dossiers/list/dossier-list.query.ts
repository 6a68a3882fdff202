import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { DossierQueryDto } from '../dto/dossier-query.dto';
import { DossierEntity } from '../entities/dossier.entity';
import { containsPattern } from '../search/like-pattern';
import { cappedTotal, SEARCH_TOTAL_CAP, SqlParams, type SearchPage } from '../search/search-page';
import { toDossierSummary, type DossierSummaryView } from '../views/dossier-view';
import { DossierFilters, dossierFilterSql } from './dossier-filters';

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
    private readonly filters: DossierFilters,
  ) {}

  async execute(user: AuthenticatedUser, query: DossierQueryDto): Promise<SearchPage<DossierSummaryView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const empty = { items: [], total: 0, totalCapped: false, page, pageSize };
    await this.filters.check(query);
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
    const where = dossierFilterSql(sql, query, roots);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT d.id FROM dossiers d WHERE ${where} ${NEWEST_FIRST} LIMIT ${sql.param(pageSize)} OFFSET ${sql.param((page - 1) * pageSize)}`,
      sql.values,
    );
    const countSql = new SqlParams();
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM dossiers d WHERE ${dossierFilterSql(countSql, query, roots)}`, countSql.values);
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
    const where = dossierFilterSql(sql, query, roots);
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
