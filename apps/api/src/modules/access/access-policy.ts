import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@vinh-danh/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { holdsRoleAt } from '../auth/authenticated-user';
import { LocalitiesService } from '../localities/localities.service';
import type { TaskEntity } from '../tasks/entities/task.entity';

/** The roles that watch where a subtree's dossiers wait (`GET /api/monitoring/bottlenecks`). */
const MONITORING_ROLES: ReadonlySet<Role> = new Set<Role>(['supervisor', 'admin']);

/**
 * Who may see and do what. A role is held at one locality and reaches down its subtree
 * for reading; acting on a task needs the task's role at exactly the task's locality.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly localities: LocalitiesService) {}

  /**
   * Any role at the unit or above it lets one read what was filed there; so does a role at
   * a unit that took over an ended one (a merged commune's dossiers are its successor's).
   */
  async canRead(user: AuthenticatedUser, localityId: string, manager?: EntityManager): Promise<boolean> {
    if (user.isSystemAdmin) return true;
    const overseers = await this.localities.overseerIds(localityId, manager);
    return user.roles.some((grant) => overseers.has(grant.localityId));
  }

  async canAdminister(user: AuthenticatedUser, localityId: string, manager?: EntityManager): Promise<boolean> {
    if (user.isSystemAdmin) return true;
    const chain = await this.localities.ancestorsOrSelf(localityId, manager);
    return chain.some((unit) => holdsRoleAt(user, 'admin', unit.id));
  }

  /** What is the same for the whole country (e.g. the working-day calendar): the system admin or an admin of the central unit. */
  async canAdministerNationwide(user: AuthenticatedUser, manager?: EntityManager): Promise<boolean> {
    if (user.isSystemAdmin) return true;
    for (const grant of user.roles.filter((candidate) => candidate.role === 'admin')) {
      if ((await this.localities.get(grant.localityId, manager)).level === 'central') return true;
    }
    return false;
  }

  /** Locality ids under the units where the user is admin (users of those they manage); undefined means everything. */
  async administeredLocalityIds(user: AuthenticatedUser, manager?: EntityManager): Promise<Set<string> | undefined> {
    if (user.isSystemAdmin) return undefined;
    return this.localities.subtreeIds(user.roles.filter((grant) => grant.role === 'admin').map((grant) => grant.localityId), manager);
  }

  canActOnTask(user: AuthenticatedUser, task: Pick<TaskEntity, 'candidateRole' | 'localityId'>): boolean {
    return holdsRoleAt(user, task.candidateRole, task.localityId);
  }

  /** Locality ids whose subtrees the user may read; undefined means everything. */
  readableRoots(user: AuthenticatedUser): string[] | undefined {
    if (user.isSystemAdmin) return undefined;
    return [...new Set(user.roles.map((grant) => grant.localityId))];
  }

  /** Units whose subtrees the user watches (supervisors and admins); undefined means everything, empty means none. */
  monitoredRoots(user: AuthenticatedUser): string[] | undefined {
    if (user.isSystemAdmin) return undefined;
    return [...new Set(user.roles.filter((grant) => MONITORING_ROLES.has(grant.role)).map((grant) => grant.localityId))];
  }

  /** Whether the unit lies in a subtree the user watches (below it, or taken over by a unit below it, as for `canRead`). */
  async canMonitor(user: AuthenticatedUser, localityId: string, manager?: EntityManager): Promise<boolean> {
    if (user.isSystemAdmin) return true;
    const overseers = await this.localities.overseerIds(localityId, manager);
    return user.roles.some((grant) => MONITORING_ROLES.has(grant.role) && overseers.has(grant.localityId));
  }
}

/**
 * SQL for "locality column is in the subtree of one of these roots" — below them, or below a
 * unit they took over when it ended (see `canRead`); `parameter` is the
 * placeholder holding the uuid[] of roots (`:roots` in a query builder, `$1` in raw SQL).
 */
export function subtreeCondition(column: string, parameter: string): string {
  // `= ANY(ARRAY(…))`, not `IN (…)`: the subtree is computed once and the test stays a plain
  // filter on the column, so a newest-first walk over 100k dossiers skips other units' rows
  // before joining anything, and (locality_id, …) indexes can be used (BENCHMARKS.md).
  return `${column} = ANY(ARRAY(
    WITH RECURSIVE subtree AS (
      SELECT id FROM localities WHERE id = ANY(CAST(${parameter} AS uuid[]))
      UNION SELECT l.id FROM localities l JOIN subtree s ON l.parent_id = s.id OR l.successor_id = s.id
    ) SELECT id FROM subtree))`;
}
