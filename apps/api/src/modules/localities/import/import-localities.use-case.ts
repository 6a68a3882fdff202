import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { planLocalityImport, type ImportScope, type KnownLocality, type PlannedLocality } from '@vinh-danh/domain';
import { Clock } from '../../../common/clock/clock';
import { AuditLog } from '../../audit/audit-log';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { LocalityEntity } from '../entities/locality.entity';
import { LocalityImportFileError, LocalityImportForbiddenError, LocalityImportInvalidError } from '../localities.errors';
import { readLocalityFile, type UploadedFileLike } from './locality-file-reader';

export interface LocalityImportResult {
  dryRun: boolean;
  summary: Record<PlannedLocality['outcome'], number> & { total: number };
  rows: PlannedLocality[];
}

/** Rows written per statement: large enough to be quick, small enough for any driver. */
const CHUNK = 2000;

/**
 * Imports units from the statistics office listing. A dry run answers the plan; an apply
 * re-plans inside one transaction (imports are serialised) and writes only if no row is
 * in error. A province admin's import may only touch the province's subtree.
 */
@Injectable()
export class ImportLocalitiesUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(user: AuthenticatedUser, file: UploadedFileLike | undefined, dryRun: boolean): Promise<LocalityImportResult> {
    const scope = await this.scopeOf(user);
    if (!file) throw LocalityImportFileError.missing();
    const rows = await readLocalityFile(file);
    if (dryRun) return result(planLocalityImport(rows, await knownLocalities(this.dataSource.manager), scope), true);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['localities:import']);
      const known = await knownLocalities(manager);
      const plan = planLocalityImport(rows, known, scope);
      const refused = plan.filter((row) => row.outcome === 'error');
      if (refused.length) throw new LocalityImportInvalidError(refused.map(({ line, code, errors }) => ({ line, code, errors })));
      await write(manager, plan);
      const answer = result(plan, false);
      await this.audit.append(manager, [
        {
          dossierId: null,
          type: 'locality.imported',
          actor: user.username,
          occurredAt: this.clock.now(),
          payload: { fileName: basename(file.originalname), sha256: createHash('sha256').update(file.buffer).digest('hex'), ...answer.summary, codes: changedCodes(plan) },
        },
      ]);
      return answer;
    });
  }

  /** Everything for the system administrator; the subtrees of the provinces (or centre) one administers. */
  private async scopeOf(user: AuthenticatedUser): Promise<ImportScope> {
    if (user.isSystemAdmin) return { unrestricted: true, rootCodes: [] };
    const adminAt = user.roles.filter((grant) => grant.role === 'admin').map((grant) => grant.localityId);
    const roots = adminAt.length ? await this.dataSource.getRepository(LocalityEntity).findBy({ id: In(adminAt), level: In(['province', 'central']) }) : [];
    if (roots.length === 0) throw new LocalityImportForbiddenError();
    return { unrestricted: false, rootCodes: roots.map((unit) => unit.code) };
  }
}

async function knownLocalities(manager: EntityManager): Promise<Array<KnownLocality & { id: string }>> {
  const units = await manager.getRepository(LocalityEntity).find({ select: { id: true, code: true, name: true, level: true, parentId: true, validFrom: true, validTo: true } });
  const codeOf = new Map(units.map((unit) => [unit.id, unit.code]));
  return units.map(({ id, code, name, level, parentId, validFrom, validTo }) => ({ id, code, name, level, parentCode: parentId ? (codeOf.get(parentId) ?? null) : null, validFrom, validTo }));
}

async function write(manager: EntityManager, plan: PlannedLocality[]): Promise<void> {
  const idOf = new Map((await manager.getRepository(LocalityEntity).find({ select: { id: true, code: true } })).map((unit) => [unit.code, unit.id]));
  const created = plan.filter((row) => row.outcome === 'created');
  for (const row of created) idOf.set(row.code, randomUUID());
  const columns = (rows: PlannedLocality[]) => [
    rows.map((row) => idOf.get(row.code)),
    rows.map((row) => row.code),
    rows.map((row) => row.name),
    rows.map((row) => row.level),
    rows.map((row) => (row.parentCode ? idOf.get(row.parentCode) : null)),
    rows.map((row) => row.validFrom),
    rows.map((row) => row.validTo),
  ];
  for (let i = 0; i < created.length; i += CHUNK) {
    await manager.query(
      `INSERT INTO localities (id, code, name, level, parent_id, valid_from, valid_to)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::date[], $7::date[])`,
      columns(created.slice(i, i + CHUNK)),
    );
  }
  const updated = plan.filter((row) => row.outcome === 'updated');
  for (let i = 0; i < updated.length; i += CHUNK) {
    await manager.query(
      `UPDATE localities l SET name = v.name, level = v.level, parent_id = v.parent_id, valid_from = v.valid_from, valid_to = v.valid_to
       FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::date[], $7::date[]) AS v(id, code, name, level, parent_id, valid_from, valid_to)
       WHERE l.id = v.id`,
      columns(updated.slice(i, i + CHUNK)),
    );
  }
}

function result(plan: PlannedLocality[], dryRun: boolean): LocalityImportResult {
  const summary = { total: plan.length, created: 0, updated: 0, unchanged: 0, error: 0 };
  for (const row of plan) summary[row.outcome] += 1;
  return { dryRun, summary, rows: plan };
}

/** The audit keeps which units changed (bounded: a national listing has thousands). */
function changedCodes(plan: PlannedLocality[]): { created: string[]; updated: string[]; truncated: boolean } {
  const created = plan.filter((row) => row.outcome === 'created').map((row) => row.code);
  const updated = plan.filter((row) => row.outcome === 'updated').map((row) => row.code);
  return { created: created.slice(0, 200), updated: updated.slice(0, 200), truncated: created.length > 200 || updated.length > 200 };
}
