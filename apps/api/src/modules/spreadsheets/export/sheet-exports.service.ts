import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { describeNomineeOutcome } from '@vinh-danh/domain';
import { AccessPolicy } from '../../access/access-policy';
import { DossierGate } from '../../attachments/dossier-gate';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AwardTypesService } from '../../award-types/award-types.service';
import type { DossierFiltersDto } from '../../dossiers/dto/dossier-filters.dto';
import { DossierFilters, dossierFilterSql } from '../../dossiers/list/dossier-filters';
import { SqlParams } from '../../dossiers/search/search-page';
import { NomineeEntity } from '../../dossiers/entities/nominee.entity';
import { readNomineeOutcomes } from '../../dossiers/outcomes/nominee-outcomes.reader';
import { dossierListXlsx, type DossierListRow } from '../xlsx/dossier-list-writer';
import { nomineeListXlsx } from '../xlsx/nominee-sheet-writer';

const PAGE = 1000;

export const DOSSIER_STATUS_LABELS_VI: Record<string, string> = {
  draft: 'Đang soạn thảo',
  in_progress: 'Đang xử lý',
  closed: 'Đã kết thúc',
  failed: 'Lỗi xử lý',
};

/** XLSX exports for anyone who may read what they list. */
@Injectable()
export class SheetExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: DossierGate,
    private readonly access: AccessPolicy,
    private readonly awardTypes: AwardTypesService,
    private readonly filters: DossierFilters,
  ) {}

  async nomineeList(user: AuthenticatedUser, dossierId: string): Promise<{ code: string; content: Buffer }> {
    const manager = this.dataSource.manager;
    const dossier = await this.gate.readable(manager, user, dossierId);
    const nominees = await manager.getRepository(NomineeEntity).find({ where: { dossierId }, order: { position: 'ASC' } });
    const [names] = await manager.query(
      `SELECT a.name AS "awardName", l.name AS "localityName" FROM award_types a, localities l WHERE a.code = $1 AND l.id = $2`,
      [dossier.awardTypeCode, dossier.localityId],
    );
    const latest = new Map((await readNomineeOutcomes(manager, dossierId)).map((line) => [line.nomineeId, line.latest]));
    const awardNames = new Map((await this.awardTypes.list()).map((award) => [award.code, award.name]));
    const outcomeText = (nomineeId: string) => {
      const outcome = latest.get(nomineeId);
      return outcome ? describeNomineeOutcome({ ...outcome, reason: outcome.reason ?? null, toAwardCode: outcome.toAwardCode ?? null }, awardNames.get(outcome.toAwardCode ?? '')) : null;
    };
    const status = DOSSIER_STATUS_LABELS_VI[dossier.status] ?? dossier.status;
    const content = await nomineeListXlsx(
      {
        code: dossier.code,
        title: dossier.title,
        awardName: names?.awardName ?? dossier.awardTypeCode,
        localityName: names?.localityName ?? '',
        statusLabel: dossier.resultLabel ? `${status} (${dossier.resultLabel})` : status,
      },
      nominees.map((nominee) => ({ ...nominee, outcome: outcomeText(nominee.id) })),
    );
    return { code: dossier.code, content };
  }

  /** Checks the filters now, as the list does (bad ranges, unknown ids and codes are refused), then streams the rows page by page. */
  async dossierList(user: AuthenticatedUser, query: DossierFiltersDto): Promise<Readable> {
    await this.filters.check(query);
    return dossierListXlsx(this.pages(user, query));
  }

  /** Newest first like the list, by keyset (created_at, id) so each page is an index range. */
  private async *pages(user: AuthenticatedUser, query: DossierFiltersDto): AsyncGenerator<DossierListRow[]> {
    const roots = this.access.readableRoots(user);
    if (roots && roots.length === 0) return;
    let after: { createdAtKey: string; id: string } | undefined;
    for (;;) {
      const sql = new SqlParams();
      const where = [dossierFilterSql(sql, query, roots)];
      // The key travels as text: a JS Date would cut microseconds and skip or repeat rows.
      if (after) where.push(`(d.created_at, d.id) < (CAST(${sql.param(after.createdAtKey)} AS timestamptz), CAST(${sql.param(after.id)} AS uuid))`);
      const rows: Array<DossierListRow & { id: string; status: string; createdAtKey: string }> = await this.dataSource.query(
        `SELECT d.id, d.created_at::text AS "createdAtKey", d.code, d.title, d.status, d.result_label AS "resultLabel", d.created_at AS "createdAt",
                d.submitted_at AS "submittedAt", d.closed_at AS "closedAt",
                COALESCE(a.name, d.award_type_code) AS "awardName", COALESCE(l.name, '') AS "localityName",
                (SELECT count(*)::int FROM nominees n WHERE n.dossier_id = d.id) AS nominees
           FROM dossiers d
           LEFT JOIN award_types a ON a.code = d.award_type_code
           LEFT JOIN localities l ON l.id = d.locality_id
          WHERE ${where.join(' AND ')}
          ORDER BY d.created_at DESC, d.id DESC
          LIMIT ${PAGE}`,
        sql.values,
      );
      if (rows.length === 0) return;
      yield rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt), statusLabel: DOSSIER_STATUS_LABELS_VI[row.status] ?? row.status }));
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1] as { createdAtKey: string; id: string };
      after = { createdAtKey: last.createdAtKey, id: last.id };
    }
  }
}
