import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { LocalityEntity } from '../../localities/entities/locality.entity';
import { LocalityNotFoundError } from '../../localities/localities.errors';
import type { RoleGrantDto } from '../dto/role-grant.dto';
import { UserRoleForbiddenError } from '../users.errors';

/**
 * The grants an admin asks for, without repeats, each at a unit that exists and that the
 * admin administers (`scope` undefined: the system administrator, anywhere).
 */
export async function checkedGrants(manager: EntityManager, grants: RoleGrantDto[], scope: Set<string> | undefined): Promise<RoleGrantDto[]> {
  const unique = [...new Map(grants.map((grant) => [`${grant.role}@${grant.localityId}`, grant])).values()];
  const ids = [...new Set(unique.map((grant) => grant.localityId))];
  const units = ids.length ? await manager.getRepository(LocalityEntity).findBy({ id: In(ids) }) : [];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  for (const id of ids) {
    const unit = byId.get(id);
    if (!unit) throw new LocalityNotFoundError(id);
    if (scope && !scope.has(id)) throw new UserRoleForbiddenError(unit.name);
  }
  return unique;
}
