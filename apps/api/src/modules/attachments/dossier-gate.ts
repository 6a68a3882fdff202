import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { holdsRoleAt, type AuthenticatedUser } from '../auth/authenticated-user';
import { AccessPolicy } from '../access/access-policy';
import { DossierForbiddenError, DossierNotDraftError, DossierNotFoundError } from '../dossiers/dossiers.errors';
import { DossierEntity } from '../dossiers/entities/dossier.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may read or change a dossier's files and list, by the rules of AccessPolicy: a dossier
 * the user may not read is "not found" (ids leak nothing); changes need the clerk role at
 * exactly the dossier's unit.
 */
@Injectable()
export class DossierGate {
  constructor(private readonly access: AccessPolicy) {}

  /** With `lock`, the row is held FOR UPDATE until the transaction ends (a submit waits). */
  async readable(manager: EntityManager, user: AuthenticatedUser, id: string, options: { lock?: boolean } = {}): Promise<DossierEntity> {
    const dossier = UUID.test(id)
      ? await manager.getRepository(DossierEntity).findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!dossier || !(await this.access.canRead(user, dossier.localityId, manager))) throw new DossierNotFoundError(id);
    return dossier;
  }

  requireClerk(user: AuthenticatedUser, dossier: DossierEntity, action: string): void {
    if (!holdsRoleAt(user, 'clerk', dossier.localityId)) throw new DossierForbiddenError(action);
  }

  requireDraft(dossier: DossierEntity): void {
    if (dossier.status !== 'draft') throw new DossierNotDraftError(dossier.status);
  }

  /**
   * Whether the dossier waits for its own unit to supplement it: an open clerk task at the
   * dossier's unit that can be resubmitted (the chains' `*_supplement_for_*` steps).
   */
  async awaitsSupplement(manager: EntityManager, dossier: DossierEntity): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM tasks WHERE dossier_id = $1 AND locality_id = $2 AND status = 'open' AND candidate_role = 'clerk' AND outcomes @> '["resubmit"]'::jsonb LIMIT 1`,
      [dossier.id, dossier.localityId],
    );
    return rows.length > 0;
  }
}
