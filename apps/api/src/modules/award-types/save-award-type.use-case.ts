import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LEVEL_LABELS_VI, levelRank, type Level } from '@vinh-danh/domain';
import { Clock } from '../../common/clock/clock';
import { AccessPolicy } from '../access/access-policy';
import { AuditLog } from '../audit/audit-log';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AwardTypeAdminForbiddenError, AwardTypeExistsError, AwardTypeInvalidError } from './award-types.errors';
import { AwardTypeNotFoundError } from './award-types.service';
import type { AwardTypeFieldsDto, CreateAwardTypeDto } from './dto/award-type-input.dto';
import { AwardTypeEntity } from './entities/award-type.entity';

/**
 * Admin edits of the award catalogue. The catalogue is national, so only the system admin
 * or an admin of the central unit may change it; every change is an audit event. Running
 * dossiers are not affected: they captured the threshold they needed when submitted.
 */
@Injectable()
export class SaveAwardTypeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async create(user: AuthenticatedUser, input: CreateAwardTypeDto): Promise<AwardTypeEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.authorize(user, manager);
      const fields = normalized(input);
      const repository = manager.getRepository(AwardTypeEntity);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`award-type:${input.code}`]);
      if (await repository.existsBy({ code: input.code })) throw new AwardTypeExistsError(input.code);
      const row = repository.create({ code: input.code, ...fields });
      await repository.insert(row);
      await this.audit.append(manager, [{ dossierId: null, type: 'award-type.created', actor: user.username, occurredAt: this.clock.now(), payload: { code: row.code, ...fields } }]);
      return repository.findOneByOrFail({ code: input.code });
    });
  }

  async update(user: AuthenticatedUser, code: string, input: AwardTypeFieldsDto): Promise<AwardTypeEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.authorize(user, manager);
      const repository = manager.getRepository(AwardTypeEntity);
      const current = await repository.createQueryBuilder('a').setLock('pessimistic_write').where('a.code = :code', { code }).getOne();
      if (!current) throw new AwardTypeNotFoundError(code);
      const fields = normalized(input);
      const changes = Object.fromEntries(
        (Object.keys(fields) as Array<keyof typeof fields>)
          .filter((key) => JSON.stringify(current[key]) !== JSON.stringify(fields[key]))
          .map((key) => [key, { from: current[key], to: fields[key] }]),
      );
      if (Object.keys(changes).length > 0) {
        await repository.update({ code }, fields);
        await this.audit.append(manager, [{ dossierId: null, type: 'award-type.updated', actor: user.username, occurredAt: this.clock.now(), payload: { code, changes } }]);
      }
      return repository.findOneByOrFail({ code });
    });
  }

  private async authorize(user: AuthenticatedUser, manager: EntityManager): Promise<void> {
    if (!(await this.access.canAdministerNationwide(user, manager))) throw new AwardTypeAdminForbiddenError();
  }
}

type AwardTypeFields = Omit<AwardTypeEntity, 'code'>;

/** The stored form (NFC text, null for absent optionals), or the problems that make it unusable. */
function normalized(input: AwardTypeFieldsDto): AwardTypeFields {
  const problems = awardTypeProblems(input);
  if (problems.length > 0) throw new AwardTypeInvalidError(problems);
  return {
    name: input.name.normalize('NFC').trim(),
    grantingLevel: input.grantingLevel,
    grantedBy: input.grantedBy.normalize('NFC').trim(),
    councilThresholdPercent: input.councilThresholdPercent,
    subjectTypes: input.subjectTypes,
    legalBasis: input.legalBasis?.normalize('NFC').trim() || null,
    validTo: input.validTo ?? null,
    requiredDocuments: input.requiredDocuments.map((document) => ({ code: document.code, name: document.name.normalize('NFC').trim() })),
    processingLimits: [...input.processingLimits]
      .sort((a, b) => levelRank(b.level) - levelRank(a.level))
      .map((limit) => ({ level: limit.level, workingDays: limit.workingDays, legalBasis: limit.legalBasis.normalize('NFC').trim() })),
  };
}

export function awardTypeProblems(input: AwardTypeFieldsDto): string[] {
  const problems: string[] = [];
  const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
  for (const kind of new Set(duplicates(input.subjectTypes))) problems.push(`đối tượng ${kind} bị lặp`);
  for (const code of new Set(duplicates(input.requiredDocuments.map((document) => document.code)))) problems.push(`giấy tờ ${code} bị lặp`);
  for (const level of new Set(duplicates(input.processingLimits.map((limit) => limit.level)))) problems.push(`thời hạn của cấp ${LEVEL_LABELS_VI[level as Level]} bị lặp`);
  for (const limit of input.processingLimits) {
    if (levelRank(limit.level) < levelRank(input.grantingLevel)) {
      problems.push(`cấp ${LEVEL_LABELS_VI[limit.level]} ở trên cấp quyết định (${LEVEL_LABELS_VI[input.grantingLevel]}) nên không xử lý hồ sơ này`);
    }
  }
  return problems;
}
