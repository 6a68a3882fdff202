import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { AwardTypeEntity } from '../modules/award-types/entities/award-type.entity';
import { DossierEntity } from '../modules/dossiers/entities/dossier.entity';
import { NomineeEntity } from '../modules/dossiers/entities/nominee.entity';
import { LocalityEntity } from '../modules/localities/entities/locality.entity';
import { ProcessDefinitionEntity } from '../modules/process-definitions/entities/process-definition.entity';
import { ProcessInstanceEntity } from '../modules/runtime/entities/process-instance.entity';
import { TimerJobEntity } from '../modules/runtime/entities/timer-job.entity';
import { IdempotencyRecordEntity } from '../modules/tasks/entities/idempotency-record.entity';
import { TaskEntity } from '../modules/tasks/entities/task.entity';
import { UserRoleEntity } from '../modules/users/entities/user-role.entity';
import { UserEntity } from '../modules/users/entities/user.entity';

export const ENTITIES = [
  AuditEventEntity,
  AwardTypeEntity,
  DossierEntity,
  NomineeEntity,
  LocalityEntity,
  ProcessDefinitionEntity,
  ProcessInstanceEntity,
  TimerJobEntity,
  IdempotencyRecordEntity,
  TaskEntity,
  UserRoleEntity,
  UserEntity,
];
