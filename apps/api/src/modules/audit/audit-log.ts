import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';
import { insertEntities } from '../../database/entity-sql';
import { auditHash } from './audit-hash';

export interface AuditEntry {
  dossierId: string | null;
  instanceId?: string | null;
  type: string;
  actor: string;
  payload?: Record<string, unknown>;
  occurredAt: Date;
}

/** Appends events inside the caller's transaction: an event exists iff its change does. */
@Injectable()
export class AuditLog {
  /**
   * The last hash of each chain this transaction has appended to. The first append locks the
   * chain until commit, so a later append in the same transaction (a step's own events, then
   * the outcomes it recorded) knows the head without locking and reading it again. Keyed by
   * the transaction's manager, so it goes when the transaction does.
   */
  private readonly heads = new WeakMap<EntityManager, Map<string, string | null>>();

  /** Events held back by `batched`, per transaction manager. */
  private readonly held = new WeakMap<EntityManager, AuditEntry[]>();

  /**
   * Runs `work` inside the caller's transaction and writes the events it appends when it
   * is done: one lock and one INSERT per chain instead of one per `append`. Only for work
   * that does not read back the events it appends; if it throws, none are written.
   */
  async batched<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    if (this.held.has(manager)) return work();
    const held: AuditEntry[] = [];
    this.held.set(manager, held);
    let result: T;
    try {
      result = await work();
    } finally {
      this.held.delete(manager);
    }
    await this.append(manager, held);
    return result;
  }

  async append(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    const held = this.held.get(manager);
    if (held) {
      held.push(...entries);
      return;
    }
    const byDossier = new Map<string, AuditEntry[]>();
    for (const entry of entries) {
      const key = entry.dossierId ?? '';
      byDossier.set(key, [...(byDossier.get(key) ?? []), entry]);
    }
    const known = manager.queryRunner?.isTransactionActive ? this.headsOf(manager) : undefined;
    for (const [dossierKey, group] of byDossier) {
      let prevHash = known?.has(dossierKey) ? (known.get(dossierKey) ?? null) : await this.lockedHead(manager, dossierKey);
      const rows = group.map((entry) => {
        const payload = entry.payload ?? {};
        const hash = auditHash(prevHash, { dossierId: entry.dossierId, type: entry.type, actor: entry.actor, payload, occurredAt: entry.occurredAt });
        const row = manager.getRepository(AuditEventEntity).create({
          dossierId: entry.dossierId,
          instanceId: entry.instanceId ?? null,
          type: entry.type,
          actor: entry.actor,
          payload,
          occurredAt: entry.occurredAt,
          prevHash,
          hash,
        });
        prevHash = dossierKey ? hash : null;
        return row;
      });
      await insertEntities(manager, AuditEventEntity, rows);
      known?.set(dossierKey, prevHash);
    }
  }

  private headsOf(manager: EntityManager): Map<string, string | null> {
    let heads = this.heads.get(manager);
    if (!heads) this.heads.set(manager, (heads = new Map()));
    return heads;
  }

  /** Locks the dossier's chain until the transaction ends and reads its last hash. */
  private async lockedHead(manager: EntityManager, dossierKey: string): Promise<string | null> {
    // One writer per dossier chain at a time, so two events never share a predecessor.
    // Lock and read in one round trip (see the AuditChainHeadFunction migration).
    const [row] = (await manager.query('SELECT audit_chain_head($1, $2) AS hash', [`audit:${dossierKey}`, dossierKey || null])) as Array<{ hash: string | null }>;
    return row?.hash ?? null;
  }

  /** The dossier's events in order, and whether every hash still matches its content. */
  async timeline(manager: EntityManager, dossierId: string): Promise<{ events: AuditEventEntity[]; verified: boolean }> {
    const events = await manager.getRepository(AuditEventEntity).find({ where: { dossierId }, order: { id: 'ASC' } });
    let prevHash: string | null = null;
    let verified = true;
    for (const event of events) {
      const expected = auditHash(prevHash, { dossierId, type: event.type, actor: event.actor, payload: event.payload, occurredAt: event.occurredAt });
      if (event.prevHash !== prevHash || event.hash !== expected) verified = false;
      prevHash = event.hash;
    }
    return { events, verified };
  }
}
