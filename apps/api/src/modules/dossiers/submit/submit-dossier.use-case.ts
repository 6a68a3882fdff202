import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { holdsRoleAt, type AuthenticatedUser } from '../../auth/authenticated-user';
import { Clock } from '../../../common/clock/clock';
import { AwardTypeEntity } from '../../award-types/entities/award-type.entity';
import { LocalityNotFoundError } from '../../localities/localities.errors';
import { LocalitiesService } from '../../localities/localities.service';
import { DocumentIssuer } from '../../documents/issuance/document-issuer';
import { DossierCriteriaChecker } from '../../movements/evaluation/dossier-criteria-checker';
import { ProcessDefinitionsService } from '../../process-definitions/process-definitions.service';
import { InstanceStarter } from '../../runtime/steps/instance-starter';
import { dayOf } from '../../runtime/closures/chain-offices';
import { toTaskView, type TaskView } from '../../tasks/views/task-view';
import { DossierForbiddenError, DossierNotDraftError } from '../dossiers.errors';
import { DossiersService } from '../dossiers.service';
import { NomineeEntity } from '../entities/nominee.entity';
import { DossierEntity } from '../entities/dossier.entity';
import { checkAwardAvailable } from './award-availability';
import { chainProcessKey, hasDistrictsBelow, originLevelOn } from './chain-selection';

/** Submitting a draft starts its chain: the instance, the first inbox rows and timers, in one transaction. */
@Injectable()
export class SubmitDossierUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossiersService,
    private readonly localities: LocalitiesService,
    private readonly definitions: ProcessDefinitionsService,
    private readonly starter: InstanceStarter,
    private readonly clock: Clock,
    private readonly movementCriteria: DossierCriteriaChecker,
    private readonly documents: DocumentIssuer,
  ) {}

  async execute(user: AuthenticatedUser, id: string): Promise<{ dossierId: string; status: string; processKey: string; definitionId: string; tasks: TaskView[] }> {
    const { response, afterCommit } = await this.dataSource.transaction(async (manager) => {
      const dossier = await this.dossiers.readable(manager, user, id);
      if (!holdsRoleAt(user, 'clerk', dossier.localityId)) throw new DossierForbiddenError('trình hồ sơ');
      // Lock the row so a double click cannot start two chains.
      await manager.getRepository(DossierEntity).createQueryBuilder('d').setLock('pessimistic_write').where('d.id = :id', { id }).getOne();
      const current = await manager.getRepository(DossierEntity).findOneByOrFail({ id });
      if (current.status !== 'draft') throw new DossierNotDraftError(current.status);
      const now = this.clock.now();
      const chain = await this.localities.ancestorsOrSelf(current.localityId, manager);
      const awardType = await manager.getRepository(AwardTypeEntity).findOneByOrFail({ code: current.awardTypeCode });
      checkAwardAvailable(awardType, chain, now);
      // Unmet criteria or a quota crossed refuse the list (422) before anything is written.
      await this.movementCriteria.assertSubmittable(manager, current);
      const [origin] = chain;
      if (!origin) throw new LocalityNotFoundError(current.localityId);
      const processKey = chainProcessKey(chain, dayOf(now), await hasDistrictsBelow(manager, origin, dayOf(now)));
      const originLevel = originLevelOn(processKey, origin);
      const definition = await this.definitions.resolveForLocality(processKey, current.localityId, manager);
      const nomineeCount = await manager.getRepository(NomineeEntity).countBy({ dossierId: id });
      current.status = 'in_progress';
      current.processKey = processKey;
      current.submittedAt = now;
      await manager.getRepository(DossierEntity).update({ id }, { status: 'in_progress', processKey, submittedAt: now });
      const written = await this.starter.start(manager, {
        dossier: current,
        definitionId: definition.id,
        actor: user.username,
        now,
        variables: {
          dossierId: current.id,
          dossierCode: current.code,
          awardTypeCode: awardType.code,
          grantingLevel: awardType.grantingLevel,
          councilThresholdPercent: awardType.councilThresholdPercent,
          nomineeCount,
          originLevel,
        },
      });
      return {
        response: {
          dossierId: id,
          status: current.status,
          processKey,
          definitionId: definition.id,
          tasks: written.openedTasks.map((task) => toTaskView(task, now)),
        },
        afterCommit: written.afterCommit,
      };
    });
    afterCommit();
    this.documents.afterStep({ dossierId: id }); // the tờ trình, issued in the background
    return response;
  }
}
