import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UserEntity } from './entities/user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { username }, relations: { roles: true } });
  }

  async findAuthenticated(id: string): Promise<AuthenticatedUser | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    // find, not findOne: with a relation, findOne's LIMIT makes TypeORM run a second query
    // first, and this runs on every authenticated request.
    const [user] = await this.users.find({ where: { id }, relations: { roles: true } });
    return user ? toAuthenticated(user) : undefined;
  }
}

export function toAuthenticated(user: UserEntity): AuthenticatedUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    isSystemAdmin: user.isSystemAdmin,
    isActive: user.isActive,
    roles: user.roles.map((grant) => ({ role: grant.role, localityId: grant.localityId })),
  };
}
