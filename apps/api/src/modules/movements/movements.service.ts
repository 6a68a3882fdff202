import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { movementDefinitionProblems } from '@vinh-danh/domain';
import { Clock } from '../../common/clock/clock';
import { AccessPolicy } from '../access/access-policy';
import { AuditLog } from '../audit/audit-log';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { LocalitiesService, isUuid } from '../localities/localities.service';
import type { MovementInputDto } from './dto/movement-input.dto';
import type { MovementQueryDto } from './dto/movement-query.dto';
import { MovementEntity } from './entities/movement.entity';
import { MovementCodeTakenError, MovementForbiddenError, MovementInvalidError, MovementNotFoundError } from './movements.errors';

/** Movements are read by everyone signed in; the admins of the launching unit (or above) edit them. */
@Injectable()
export class MovementsService {
  constructor(
    @InjectRepository(MovementEntity) private readonly movements: Repository<MovementEntity>,
    private readonly dataSource: DataSource,
    private readonly localities: LocalitiesService,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  list(query: MovementQueryDto): Promise<MovementEntity[]> {
    const builder = this.movements.createQueryBuilder('m');
    if (query.localityId) builder.andWhere('m.locality_id = :localityId', { localityId: query.localityId });
    if (query.activeOn) builder.andWhere('m.period_from <= :on AND m.period_to >= :on', { on: query.activeOn });
    return builder.orderBy('m.period_from', 'DESC').addOrderBy('m.code', 'ASC').getMany();
  }

  async get(id: string, manager?: EntityManager): Promise<MovementEntity> {
    const repository = manager ? manager.getRepository(MovementEntity) : this.movements;
    const found = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!found) throw new MovementNotFoundError(id);
    return found;
  }

  async create(user: AuthenticatedUser, input: MovementInputDto): Promise<MovementEntity> {
    const fields = this.validated(input);
    return this.dataSource.transaction(async (manager) => {
      await this.authorize(user, input.localityId, manager);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`movement:${input.code}`]);
      if (await manager.getRepository(MovementEntity).existsBy({ code: input.code })) throw new MovementCodeTakenError(input.code);
      const now = this.clock.now();
      const row = manager.getRepository(MovementEntity).create({ id: randomUUID(), ...fields, createdAt: now, updatedAt: now });
      await manager.getRepository(MovementEntity).insert(row);
      await this.audit.append(manager, [
        { dossierId: null, type: 'movement.created', actor: user.username, occurredAt: now, payload: { id: row.id, code: row.code, name: row.name, criteria: row.criteria.length, quotas: row.quotas.length } },
      ]);
      return this.get(row.id, manager);
    });
  }

  async update(user: AuthenticatedUser, id: string, input: MovementInputDto): Promise<MovementEntity> {
    const fields = this.validated(input);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      // Moving a movement to another unit needs the right to administer both.
      await this.authorize(user, current.localityId, manager);
      if (input.localityId !== current.localityId) await this.authorize(user, input.localityId, manager);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`movement:${input.code}`]);
      if (input.code !== current.code && (await manager.getRepository(MovementEntity).existsBy({ code: input.code }))) throw new MovementCodeTakenError(input.code);
      const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(fields[key]));
      if (changed.length === 0) return current;
      const now = this.clock.now();
      await manager.getRepository(MovementEntity).update({ id }, { ...fields, updatedAt: now });
      await this.audit.append(manager, [{ dossierId: null, type: 'movement.updated', actor: user.username, occurredAt: now, payload: { id, code: fields.code, changed } }]);
      return this.get(id, manager);
    });
  }

  private async authorize(user: AuthenticatedUser, localityId: string, manager: EntityManager): Promise<void> {
    await this.localities.get(localityId, manager);
    if (!(await this.access.canAdminister(user, localityId, manager))) throw new MovementForbiddenError();
  }

  /** The stored form, or 422 with every problem: dates out of order, criteria or quotas that cannot be evaluated. */
  private validated(input: MovementInputDto): Omit<MovementEntity, 'id' | 'createdAt' | 'updatedAt'> {
    const problems = [...movementDefinitionProblems(input.criteria, input.quotas), ...dateProblems(input)];
    if (problems.length > 0) throw new MovementInvalidError(problems);
    return {
      code: input.code,
      name: input.name.normalize('NFC').trim(),
      localityId: input.localityId,
      legalBasis: input.legalBasis?.normalize('NFC').trim() || null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      midTermReviewOn: input.midTermReviewOn ?? null,
      finalReviewOn: input.finalReviewOn ?? null,
      reviewBasis: input.reviewBasis?.normalize('NFC').trim() || null,
      criteria: normalizeText(input.criteria),
      quotas: normalizeText(input.quotas),
    };
  }
}

function dateProblems(input: MovementInputDto): string[] {
  const problems: string[] = [];
  if (input.periodFrom > input.periodTo) problems.push('periodFrom: ngày bắt đầu sau ngày kết thúc');
  // A final review may fall early in the year after the period, never later.
  const latestReview = `${Number(input.periodTo.slice(0, 4)) + 1}${input.periodTo.slice(4)}`;
  for (const [field, value] of [['midTermReviewOn', input.midTermReviewOn], ['finalReviewOn', input.finalReviewOn]] as const) {
    if (value && (value < input.periodFrom || value > latestReview)) problems.push(`${field}: ngày ${value} nằm ngoài giai đoạn của phong trào`);
  }
  if (input.midTermReviewOn && input.finalReviewOn && input.midTermReviewOn > input.finalReviewOn) problems.push('midTermReviewOn: sơ kết sau tổng kết');
  return problems;
}

/** Vietnamese text typed in any normalisation is stored in NFC. */
function normalizeText<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) => (typeof item === 'string' ? item.normalize('NFC') : item)) as T;
}
