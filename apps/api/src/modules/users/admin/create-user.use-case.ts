import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { AccessPolicy } from '../../access/access-policy';
import { AuditLog } from '../../audit/audit-log';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { hashPassword } from '../../auth/password-hasher';
import type { CreateUserDto } from '../dto/create-user.dto';
import { UserRoleEntity } from '../entities/user-role.entity';
import { UserEntity } from '../entities/user.entity';
import { UsernameTakenError, UsersForbiddenError } from '../users.errors';
import { loadUserViews, type UserView } from '../views/user-view';
import { checkedGrants } from './role-grants';

/** An admin creates an account with roles at units they administer; never a system administrator. */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AuthenticatedUser, input: CreateUserDto): Promise<UserView> {
    const scope = await this.access.administeredLocalityIds(actor);
    if (scope && scope.size === 0) throw new UsersForbiddenError();
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const grants = await checkedGrants(manager, input.roles, scope);
      const taken = await manager.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.username) = lower(:username)', { username: input.username }).getExists();
      if (taken) throw new UsernameTakenError(input.username);
      const id = randomUUID();
      const fullName = input.fullName.normalize('NFC').trim();
      await manager.getRepository(UserEntity).insert({ id, username: input.username, fullName, passwordHash, isDemo: false, isSystemAdmin: false, isActive: true });
      await manager.getRepository(UserRoleEntity).insert(grants.map((grant) => ({ id: randomUUID(), userId: id, role: grant.role, localityId: grant.localityId })));
      await this.audit.append(manager, [
        { dossierId: null, type: 'user.created', actor: actor.username, occurredAt: this.clock.now(), payload: { userId: id, username: input.username, fullName, roles: grants.map(({ role, localityId }) => ({ role, localityId })) } },
      ]);
      const [view] = await loadUserViews(manager, [id], scope);
      return view as UserView;
    });
  }
}
