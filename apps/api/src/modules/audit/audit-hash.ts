import { createHash } from 'node:crypto';

export interface HashedFields {
  dossierId: string | null;
  type: string;
  actor: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** Each event's hash covers the previous hash, so rewriting any past event breaks the chain. */
export function auditHash(prevHash: string | null, event: HashedFields): string {
  const canonical = canonicalJson({
    dossierId: event.dossierId,
    type: event.type,
    actor: event.actor,
    payload: event.payload,
    occurredAt: event.occurredAt.toISOString(),
  });
  return createHash('sha256').update(`${prevHash ?? ''}\n${canonical}`).digest('hex');
}

/** JSON with sorted keys: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
