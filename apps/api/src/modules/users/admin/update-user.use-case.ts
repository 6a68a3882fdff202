import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { ValidationFailedError } from '../../../common/errors/app-error';
import { AccessPolicy } from '../../access/access-policy';
import { AuditLog } from '../../audit/audit-log';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { hashPassword } from '../../auth/password-hasher';
import { isUuid } from '../../localities/localities.service';
import type { UpdateUserDto } from '../dto/update-user.dto';
import { UserRoleEntity } from '../entities/user-role.entity';
import { UserEntity } from '../entities/user.entity';
import { CannotDisableSelfError, SystemAdminProtectedError, UserNotFoundError, UsersForbiddenError } from '../users.errors';
import { loadUserViews, type UserView } from '../views/user-view';
import { checkedGrants } from './role-grants';

/**
 * An admin renames, re-roles, resets the password of, disables or re-enables a user they
 * manage. Roles are replaced within the admin's reach only; roles elsewhere stay.
 */
@Injectable()
export class UpdateUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AuthenticatedUser, id: string, input: UpdateUserDto): Promise<UserView> {
    const scope = await this.access.administeredLocalityIds(actor);
    if (scope && scope.size === 0) throw new UsersForbiddenError();
    if (input.fullName === undefined && input.password === undefined && input.roles === undefined && input.active === undefined) {
      throw new ValidationFailedError('Không có gì để thay đổi: gửi fullName, password, roles hoặc active');
    }
    const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const target = isUuid(id) ? await manager.getRepository(UserEntity).findOne({ where: { id }, relations: { roles: true } }) : null;
      // Users outside the admin's reach are not even confirmed to exist.
      if (!target || (scope && !target.roles.some((grant) => scope.has(grant.localityId)))) throw new UserNotFoundError(id);
      if (target.isSystemAdmin && !actor.isSystemAdmin) throw new SystemAdminProtectedError();
      if (input.active === false && target.id === actor.id) throw new CannotDisableSelfError();
      const changes: Record<string, unknown> = {};
      const fields: Partial<UserEntity> = {};
      if (input.fullName !== undefined && input.fullName.normalize('NFC').trim() !== target.fullName) {
        fields.fullName = changes['fullName'] = input.fullName.normalize('NFC').trim();
      }
      if (passwordHash) {
        // A password an admin set is no longer the shared demo one.
        Object.assign(fields, { passwordHash, isDemo: false });
        changes['passwordReset'] = true;
      }
      if (input.active !== undefined && input.active !== target.isActive) fields.isActive = changes['active'] = input.active;
      if (Object.keys(fields).length) await manager.getRepository(UserEntity).update({ id }, fields);
      if (input.roles) {
        const grants = await checkedGrants(manager, input.roles, scope);
        const replaced = target.roles.filter((grant) => !scope || scope.has(grant.localityId));
        const before = replaced.map((grant) => `${grant.role}@${grant.localityId}`).sort();
        const after = grants.map((grant) => `${grant.role}@${grant.localityId}`).sort();
        if (before.join() !== after.join()) {
          if (replaced.length) await manager.getRepository(UserRoleEntity).delete({ id: In(replaced.map((grant) => grant.id)) });
          if (grants.length) await manager.getRepository(UserRoleEntity).insert(grants.map((grant) => ({ id: randomUUID(), userId: id, role: grant.role, localityId: grant.localityId })));
          changes['roles'] = { removed: before.filter((key) => !after.includes(key)), added: after.filter((key) => !before.includes(key)) };
        }
      }
      if (Object.keys(changes).length) {
        await this.audit.append(manager, [
          { dossierId: null, type: 'user.updated', actor: actor.username, occurredAt: this.clock.now(), payload: { userId: id, username: target.username, changes } },
        ]);
      }
      const [view] = await loadUserViews(manager, [id], scope);
      return view as UserView;
    });
  }
}
