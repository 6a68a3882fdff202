import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { vietnamDateOf } from '@vinh-danh/calendar';
import { DossierEntity } from '../entities/dossier.entity';

export interface DraftDossierFields {
  title: string;
  awardTypeCode: string;
  localityId: string;
  movementId: string | null;
  createdBy: string;
  /** The dossier whose lifted lines this one carries upward. */
  originDossierId?: string | null;
}

/**
 * Files a new draft under the next code of the year (HS-2026-000042), the one way a dossier
 * comes into being: by a clerk, or by a level that lifted lines to a higher award. The year is
 * Vietnam's, so a dossier filed on the evening of 31 December does not get next year's code.
 */
export async function insertDraftDossier(manager: EntityManager, fields: DraftDossierFields, now: Date): Promise<DossierEntity> {
  const [{ seq }] = (await manager.query(`SELECT nextval('dossier_code_seq')::int AS seq`)) as Array<{ seq: number }>;
  const year = vietnamDateOf(now).slice(0, 4);
  const dossier = manager.getRepository(DossierEntity).create({
    id: randomUUID(),
    code: `HS-${year}-${String(seq).padStart(6, '0')}`,
    title: fields.title,
    awardTypeCode: fields.awardTypeCode,
    localityId: fields.localityId,
    movementId: fields.movementId,
    status: 'draft',
    result: null,
    resultLabel: null,
    processKey: null,
    createdBy: fields.createdBy,
    createdAt: now,
    submittedAt: null,
    closedAt: null,
    originDossierId: fields.originDossierId ?? null,
    version: 1,
  });
  await manager.getRepository(DossierEntity).insert(dossier);
  return dossier;
}
