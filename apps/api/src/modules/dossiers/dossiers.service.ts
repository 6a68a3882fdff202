import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { holdsRoleAt, type AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../../common/clock/clock';
import { AccessPolicy } from '../access/access-policy';
import { AuditLog } from '../audit/audit-log';
import { AwardTypesService } from '../award-types/award-types.service';
import { LocalitiesService } from '../localities/localities.service';
import { DossierCriteriaChecker, normalizedCriteria } from '../movements/evaluation/dossier-criteria-checker';
import { TaskEntity } from '../tasks/entities/task.entity';
import { toTaskView } from '../tasks/views/task-view';
import { DossierForbiddenError, DossierNotFoundError, NomineesNotEligibleError } from './dossiers.errors';
import type { CreateDossierDto } from './dto/create-dossier.dto';
import { DossierEntity } from './entities/dossier.entity';
import { NomineeEntity } from './entities/nominee.entity';
import { insertDraftDossier } from './drafts/insert-draft-dossier';
import { readDossierOutcomes } from './outcomes/dossier-outcomes.view';
import { checkAwardAvailable } from './submit/award-availability';
import { toDossierSummary, toHistoryEvent, type DossierDetailView, type DossierHistoryView } from './views/dossier-view';

@Injectable()
export class DossiersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly localities: LocalitiesService,
    private readonly awardTypes: AwardTypesService,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly movementCriteria: DossierCriteriaChecker,
  ) {}

  async create(user: AuthenticatedUser, input: CreateDossierDto): Promise<DossierDetailView> {
    const locality = await this.localities.get(input.localityId);
    if (!holdsRoleAt(user, 'clerk', locality.id)) throw new DossierForbiddenError('lập hồ sơ');
    this.localities.assertOpen(locality, this.clock.now());
    const awardType = await this.awardTypes.get(input.awardTypeCode);
    const now = this.clock.now();
    checkAwardAvailable(awardType, await this.localities.ancestorsOrSelf(locality.id), now);
    const ineligible = input.nominees.flatMap((nominee, index) => (awardType.subjectTypes.includes(nominee.kind) ? [] : [index + 1]));
    if (ineligible.length > 0) throw new NomineesNotEligibleError(awardType.name, ineligible, awardType.subjectTypes);
    await this.movementCriteria.checkNewList(this.dataSource.manager, input.movementId, input.nominees);
    const id = await this.dataSource.transaction(async (manager) => {
      const dossier = await insertDraftDossier(
        manager,
        { title: input.title.normalize('NFC'), awardTypeCode: awardType.code, localityId: locality.id, movementId: input.movementId ?? null, createdBy: user.id },
        now,
      );
      await manager.getRepository(NomineeEntity).insert(
        input.nominees.map((nominee, index) => ({
          id: randomUUID(),
          dossierId: dossier.id,
          position: index + 1,
          kind: nominee.kind,
          fullName: nominee.fullName.normalize('NFC'),
          title: nominee.title?.normalize('NFC') ?? null,
          achievements: nominee.achievements?.normalize('NFC') ?? null,
          subjectType: nominee.subjectType ?? null,
          criteria: normalizedCriteria(nominee.criteria),
        })),
      );
      await this.audit.append(manager, [
        { dossierId: dossier.id, type: 'dossier.created', actor: user.username, occurredAt: now, payload: { code: dossier.code, title: dossier.title, awardTypeCode: dossier.awardTypeCode, nominees: input.nominees.length } },
      ]);
      return dossier.id;
    });
    return this.get(user, id);
  }

  async get(user: AuthenticatedUser, id: string): Promise<DossierDetailView> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const dossier = await this.readable(manager, user, id);
      const nominees = await manager.getRepository(NomineeEntity).find({ where: { dossierId: id }, order: { position: 'ASC' } });
      const tasks = await manager.getRepository(TaskEntity).find({ where: { dossierId: id }, order: { createdAt: 'ASC' } });
      const history = await this.audit.timeline(manager, id);
      const outcomes = await readDossierOutcomes(manager, id, (localityId) => this.access.canRead(user, localityId, manager));
      const now = this.clock.now();
      return {
        ...toDossierSummary(dossier),
        nominees: nominees.map(({ id: nomineeId, position, kind, fullName, title, achievements, subjectType, criteria }) => ({
          id: nomineeId, position, kind, fullName, title, achievements, subjectType, criteria, ...outcomes.fieldsOf(nomineeId, dossier.awardTypeCode),
        })),
        councilVotes: outcomes.councilVotes,
        followUps: outcomes.followUps,
        tasks: tasks.map((task) => toTaskView(task, now)),
        history: { verified: history.verified, events: history.events.map(toHistoryEvent) },
      };
    });
  }

  /** The audit timeline alone, and whether its hash chain still verifies. */
  async history(user: AuthenticatedUser, id: string): Promise<DossierHistoryView> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await this.readable(manager, user, id);
      const { verified, events } = await this.audit.timeline(manager, id);
      return { dossierId: id, verified, events: events.map(toHistoryEvent) };
    });
  }

  /** Loads a dossier the user may read; anything else is "not found", so ids leak nothing. */
  async readable(manager: EntityManager, user: AuthenticatedUser, id: string): Promise<DossierEntity> {
    const dossier = /^[0-9a-f-]{36}$/i.test(id) ? await manager.getRepository(DossierEntity).findOneBy({ id }) : null;
    if (!dossier || !(await this.access.canRead(user, dossier.localityId, manager))) throw new DossierNotFoundError(id);
    return dossier;
  }
}
