import { In, type EntityManager } from 'typeorm';
import type { Role } from '@vinh-danh/domain';
import { UserEntity } from '../entities/user.entity';

export interface UserRoleView {
  role: Role;
  localityId: string;
  localityCode: string;
  localityName: string;
}

/** A user as an admin sees them: never the password hash; only the roles within the admin's reach. */
export interface UserView {
  id: string;
  username: string;
  fullName: string;
  isActive: boolean;
  isSystemAdmin: boolean;
  isDemo: boolean;
  createdAt: Date;
  roles: UserRoleView[];
}

/** Views of these users, in the given order; `visible` limits the roles shown (undefined: all). */
export async function loadUserViews(manager: EntityManager, ids: string[], visible: Set<string> | undefined): Promise<UserView[]> {
  if (ids.length === 0) return [];
  const users = await manager.getRepository(UserEntity).findBy({ id: In(ids) });
  const grants: Array<{ user_id: string; role: Role; locality_id: string; code: string; name: string }> = await manager.query(
    `SELECT r.user_id, r.role, r.locality_id, l.code, l.name
       FROM user_roles r JOIN localities l ON l.id = r.locality_id
      WHERE r.user_id = ANY($1::uuid[])
      ORDER BY l.code, r.role`,
    [ids],
  );
  const byId = new Map(users.map((user) => [user.id, user]));
  return ids.flatMap((id) => {
    const user = byId.get(id);
    if (!user) return [];
    const roles = grants
      .filter((grant) => grant.user_id === id && (!visible || visible.has(grant.locality_id)))
      .map((grant) => ({ role: grant.role, localityId: grant.locality_id, localityCode: grant.code, localityName: grant.name }));
    const { username, fullName, isActive, isSystemAdmin, isDemo, createdAt } = user;
    return [{ id, username, fullName, isActive, isSystemAdmin, isDemo, createdAt, roles }];
  });
}
