import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';
import { rows as asRows } from '../../database/typeorm-rows';
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
  async append(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    const byDossier = new Map<string, AuditEntry[]>();
    for (const entry of entries) {
      const key = entry.dossierId ?? '';
      byDossier.set(key, [...(byDossier.get(key) ?? []), entry]);
    }
    for (const [dossierKey, group] of byDossier) {
      // One writer per dossier chain at a time, so two events never share a predecessor.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`audit:${dossierKey}`]);
      const last = await manager.getRepository(AuditEventEntity).findOne({
        where: dossierKey ? { dossierId: dossierKey } : {},
        order: { id: 'DESC' },
        select: { id: true, hash: true },
      });
      let prevHash = dossierKey ? (last?.hash ?? null) : null;
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
      await manager.getRepository(AuditEventEntity).insert(asRows(rows));
    }
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
