import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page } from '../../../common/paging/page-query.dto';
import { AccessPolicy } from '../../access/access-policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { LocalitiesService } from '../../localities/localities.service';
import type { UserQueryDto } from '../dto/user-query.dto';
import { UserEntity } from '../entities/user.entity';
import { UsersForbiddenError } from '../users.errors';
import { loadUserViews, type UserView } from '../views/user-view';

/** The users an admin manages: those holding a role somewhere in the admin's subtrees. */
@Injectable()
export class UserDirectoryQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly localities: LocalitiesService,
  ) {}

  async execute(actor: AuthenticatedUser, query: UserQueryDto): Promise<Page<UserView>> {
    const scope = await this.access.administeredLocalityIds(actor);
    if (scope && scope.size === 0) throw new UsersForbiddenError();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    let reach = scope;
    if (query.localityId) {
      const within = await this.localities.subtreeIds([(await this.localities.get(query.localityId)).id]);
      reach = scope ? new Set([...within].filter((id) => scope.has(id))) : within;
    }
    const builder = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').select('u.id', 'id');
    if (reach) builder.andWhere('EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.locality_id = ANY(:reach))', { reach: [...reach] });
    if (query.q) {
      const pattern = `%${query.q.normalize('NFC').replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      builder.andWhere('(u.username ILIKE :pattern OR u.full_name ILIKE :pattern)', { pattern });
    }
    const total = await builder.getCount();
    const rows: Array<{ id: string }> = await builder.orderBy('u.username', 'ASC').offset((page - 1) * pageSize).limit(pageSize).getRawMany();
    const items = await loadUserViews(this.dataSource.manager, rows.map((row) => row.id), scope);
    return { items, total, page, pageSize };
  }
}
