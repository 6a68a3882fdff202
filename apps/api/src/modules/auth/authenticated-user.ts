import type { Role } from '@vinh-danh/domain';

export interface RoleGrant {
  role: Role;
  localityId: string;
}

/** Who is calling, loaded from the database on every request so a revoked role takes effect at once. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  fullName: string;
  isSystemAdmin: boolean;
  /** False once an admin disabled the account: it can no longer log in or use its tokens. */
  isActive: boolean;
  roles: RoleGrant[];
}

export function holdsRoleAt(user: AuthenticatedUser, role: Role, localityId: string): boolean {
  return user.roles.some((grant) => grant.role === role && grant.localityId === localityId);
}
