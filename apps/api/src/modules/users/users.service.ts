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
    // Every authenticated request runs this: one plain statement, the grants as JSON, rather
    // than a query builder and its join hydration (a relation makes findOne run two queries).
    const [user] = (await this.users.query(
      `SELECT u.id, u.username, u.full_name AS "fullName", u.is_system_admin AS "isSystemAdmin", u.is_active AS "isActive",
         (SELECT coalesce(json_agg(json_build_object('role', r.role, 'localityId', r.locality_id) ORDER BY r.role, r.locality_id), '[]')
            FROM user_roles r WHERE r.user_id = u.id) AS roles
       FROM users u WHERE u.id = $1`,
      [id],
    )) as AuthenticatedUser[];
    return user;
  }
}
