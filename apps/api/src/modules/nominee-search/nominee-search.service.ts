import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy, subtreeCondition } from '../access/access-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { containsPattern } from '../dossiers/search/like-pattern';
import { cappedTotal, SEARCH_TOTAL_CAP, SqlParams, type SearchPage } from '../dossiers/search/search-page';
import type { NomineeSearchQueryDto } from './dto/nominee-search-query.dto';
import { toNomineeSearchItem, type NomineeSearchItemView, type NomineeSearchRow } from './nominee-search.view';

/**
 * `GET /api/nominees`: nominees of the dossiers the caller may read, searched without
 * diacritics, newest dossier first. The total is counted up to SEARCH_TOTAL_CAP.
 */
@Injectable()
export class NomineeSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async search(user: AuthenticatedUser, query: NomineeSearchQueryDto): Promise<SearchPage<NomineeSearchItemView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const roots = this.access.readableRoots(user);
    if (roots && roots.length === 0) return { items: [], total: 0, totalCapped: false, page, pageSize };
    const pattern = query.q === undefined ? undefined : containsPattern(query.q);
    const sql = new SqlParams();
    const where = [
      'TRUE',
      ...(roots ? [subtreeCondition('d.locality_id', sql.param(roots))] : []),
      ...(pattern ? [`n.search_text LIKE ${sql.param(pattern)}`] : []),
    ].join(' AND ');
    // The first SEARCH_TOTAL_CAP + 1 matches in one query: the page is cut from them and their
    // number is the (capped) total, so the trigram lookup runs once per request.
    const offset = (page - 1) * pageSize;
    const rows: NomineeSearchRow[] = await this.dataSource.query(
      `SELECT n.id, n.position, n.kind, n.full_name, n.title,
              d.id AS dossier_id, d.code AS dossier_code, d.title AS dossier_title, d.status AS dossier_status,
              l.id AS locality_id, l.code AS locality_code, l.name AS locality_name
       FROM nominees n JOIN dossiers d ON d.id = n.dossier_id JOIN localities l ON l.id = d.locality_id
       WHERE ${where}
       ORDER BY d.created_at DESC, d.id DESC, n.position ASC
       LIMIT ${sql.param(Math.max(SEARCH_TOTAL_CAP + 1, offset + pageSize))}`,
      sql.values,
    );
    return { items: rows.slice(offset, offset + pageSize).map(toNomineeSearchItem), ...cappedTotal(rows.length), page, pageSize };
  }
}
