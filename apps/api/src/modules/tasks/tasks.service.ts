import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import type { Page } from '../../common/paging/page-query.dto';
import { AccessPolicy, subtreeCondition } from '../access/access-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DossierEntity } from '../dossiers/entities/dossier.entity';
import type { TaskQueryDto } from './dto/task-query.dto';
import { TaskEntity } from './entities/task.entity';
import { TaskClaimedByOtherError, TaskForbiddenError, TaskNotFoundError, TaskNotOpenError } from './tasks.errors';
import { toTaskView, type TaskView } from './views/task-view';

@Injectable()
export class TasksService {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  /** The inbox: `candidate` = open tasks my roles may take; `mine` = claimed by me; `all` = everything I may read. */
  async list(user: AuthenticatedUser, query: TaskQueryDto): Promise<Page<TaskView>> {
    const scope = query.scope ?? 'candidate';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const builder = this.tasks.createQueryBuilder('t').where('t.status = :status', { status: query.status ?? 'open' });
    if (query.dossierId) builder.andWhere('t.dossier_id = :dossierId', { dossierId: query.dossierId });
    // The same rule as TaskView.overdue: past its due instant, now or when it was closed.
    const overdue = 't.due_at IS NOT NULL AND COALESCE(t.completed_at, :asOf) > t.due_at';
    if (query.overdue !== undefined) builder.andWhere(query.overdue ? overdue : `NOT (${overdue})`, { asOf: this.clock.now() });
    if (scope === 'mine') {
      builder.andWhere('t.assignee = :me', { me: user.username });
    } else if (scope === 'candidate') {
      if (user.roles.length === 0) return { items: [], total: 0, page, pageSize };
      builder.andWhere(
        new Brackets((roles) => {
          user.roles.forEach((grant, i) =>
            roles.orWhere(`(t.candidate_role = :role${i} AND t.locality_id = :locality${i})`, { [`role${i}`]: grant.role, [`locality${i}`]: grant.localityId }),
          );
        }),
      );
      builder.andWhere('(t.assignee IS NULL OR t.assignee = :me)', { me: user.username });
    } else {
      const roots = this.access.readableRoots(user);
      if (roots) {
        if (roots.length === 0) return { items: [], total: 0, page, pageSize };
        builder.andWhere(`t.dossier_id IN (SELECT d.id FROM dossiers d WHERE ${subtreeCondition('d.locality_id', ':roots')})`, { roots });
      }
    }
    const [rows, total] = await builder
      .orderBy('t.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const now = this.clock.now();
    return { items: rows.map((row) => toTaskView(row, now)), total, page, pageSize };
  }

  /** Takes a candidate task so colleagues see it is being handled. */
  async claim(user: AuthenticatedUser, taskId: string): Promise<TaskView> {
    return this.tasks.manager.transaction(async (manager) => {
      const task = /^[0-9a-f-]{36}$/i.test(taskId) ? await manager.getRepository(TaskEntity).findOneBy({ id: taskId }) : null;
      if (!task) throw new TaskNotFoundError(taskId);
      if (!this.access.canActOnTask(user, task)) {
        const dossier = await manager.getRepository(DossierEntity).findOneByOrFail({ id: task.dossierId });
        if (!(await this.access.canRead(user, dossier.localityId, manager))) throw new TaskNotFoundError(taskId);
        throw new TaskForbiddenError();
      }
      if (task.status !== 'open') throw new TaskNotOpenError(task.status);
      if (task.assignee === user.username) return toTaskView(task, this.clock.now());
      const claimed = await manager
        .createQueryBuilder()
        .update(TaskEntity)
        .set({ assignee: user.username })
        .where('id = :id AND status = :open AND assignee IS NULL', { id: task.id, open: 'open' })
        .execute();
      if (claimed.affected !== 1) {
        const current = await manager.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
        if (current.status !== 'open') throw new TaskNotOpenError(current.status);
        throw new TaskClaimedByOtherError(current.assignee ?? '');
      }
      task.assignee = user.username;
      return toTaskView(task, this.clock.now());
    });
  }
}
