import type { Test } from 'supertest';
import type { Role } from '@vinh-danh/domain';
import type { TestApp } from './test-app';

/**
 * Who the access matrix asks: every role at the commune that files, a sibling commune, the
 * district and province above it, another province and the centre, plus the system admin.
 */
export const PLACES = { filing: '07234', sibling: '07246', district: '215', province: '24', otherProvince: '01', central: 'TW' } as const;
export type Place = keyof typeof PLACES;
export const MATRIX_ROLES: Role[] = ['clerk', 'secretary', 'chairman', 'admin', 'supervisor'];

export interface Actor {
  username: string;
  role: Role | 'system';
  place: Place | 'system';
}

export const ACTORS: Actor[] = [
  ...(Object.keys(PLACES) as Place[]).flatMap((place) => MATRIX_ROLES.map((role) => ({ username: `${role}.${PLACES[place]}`, role, place }))),
  { username: 'admin', role: 'system', place: 'system' },
];

/** Any role on the filing commune's chain (or the system admin) reads what was filed there. */
export const onChain = (a: Actor) => a.place === 'system' || ['filing', 'district', 'province', 'central'].includes(a.place);
/** Admin at the filing commune or above: deploys flows and manages users there. */
export const adminOverFiling = (a: Actor) => a.role === 'system' || (a.role === 'admin' && onChain(a));

/**
 * A fingerprint of everything a request could write: dossiers, nominees, tasks, instances,
 * definitions, the locality tree, users, roles and the audit log. A refusal leaves it as is.
 */
export async function everythingWritten(t: TestApp): Promise<Record<string, unknown>> {
  const digest = (table: string, columns: string) => `(SELECT md5(coalesce(string_agg(concat_ws('|', ${columns}), ',' ORDER BY id), '')) FROM ${table})`;
  const [row] = await t.dataSource.query(`SELECT
      (SELECT count(*)::int FROM audit_events) AS events,
      ${digest('dossiers', 'id, status, version, title, submitted_at')} AS dossiers,
      ${digest('nominees', 'id, full_name')} AS nominees,
      ${digest('tasks', 'id, status, assignee, outcome')} AS tasks,
      ${digest('process_instances', 'id, version, status')} AS instances,
      (SELECT count(*)::int FROM process_definitions) AS definitions,
      ${digest('localities', 'id, code, name, level, parent_id, valid_from, valid_to, successor_id')} AS localities,
      ${digest('users', 'id, username, full_name, password_hash, is_active')} AS users,
      ${digest('user_roles', 'id, user_id, role, locality_id')} AS roles`);
  return row;
}

export interface Expected {
  status: number;
  code?: string;
}

/** One endpoint of the matrix: what each actor should get, and how to call it. */
export interface MatrixRow {
  endpoint: string;
  expect: (actor: Actor) => Expected;
  /** `target` is what the call acts on: empty for refusals (use the shared one), fresh when it may succeed. */
  send: (context: { t: TestApp; actor: Actor; target: string }) => Test;
  /** Makes a fresh target for a call that may succeed (and change it). */
  fresh?: () => Promise<string>;
  /** A POST that only computes (a preview, an evaluation): nobody's success changes anything. */
  readOnly?: boolean;
  /** For lists: whether the actor should find the filed thing in the answer. */
  sees?: { who: (actor: Actor) => boolean; found: (body: unknown) => boolean };
}

export const OK: Expected = { status: 200 };
export const CREATED: Expected = { status: 201 };
export const isFilingClerk = (a: Actor) => a.role === 'clerk' && a.place === 'filing';
/** Admins of the centre, and the system admin: what is the same for the whole country. */
export const nationwideAdmin = (a: Actor) => a.role === 'system' || (a.role === 'admin' && a.place === 'central');
/** Readers on the chain get `forbidden`; anyone else must not learn the thing exists. */
export const hiddenOr = (forbidden: Expected, notFound: string) => (a: Actor) => (onChain(a) ? forbidden : { status: 404, code: notFound });
/** Ids in a list answer (a page `{items}` or a bare array). */
export const idsIn = (body: unknown) => ((body as { items?: Array<{ id: string }> }).items ?? (body as Array<{ id: string }>)).map((item) => item.id);
