import { AttachmentEntity } from '../modules/attachments/entities/attachment.entity';
import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { AwardTypeEntity } from '../modules/award-types/entities/award-type.entity';
import { CalendarYearEntity } from '../modules/calendar/entities/calendar-year.entity';
import { IssuedDocumentEntity } from '../modules/documents/entities/issued-document.entity';
import { DossierEntity } from '../modules/dossiers/entities/dossier.entity';
import { NomineeEntity } from '../modules/dossiers/entities/nominee.entity';
import { NomineeOutcomeEntity } from '../modules/dossiers/outcomes/entities/nominee-outcome.entity';
import { NomineeVoteEntity } from '../modules/dossiers/outcomes/entities/nominee-vote.entity';
import { LocalityEntity } from '../modules/localities/entities/locality.entity';
import { MovementEntity } from '../modules/movements/entities/movement.entity';
import { ProcessDefinitionEntity } from '../modules/process-definitions/entities/process-definition.entity';
import { ProcessInstanceEntity } from '../modules/runtime/entities/process-instance.entity';
import { TimerJobEntity } from '../modules/runtime/entities/timer-job.entity';
import { IdempotencyRecordEntity } from '../modules/tasks/entities/idempotency-record.entity';
import { TaskEntity } from '../modules/tasks/entities/task.entity';
import { UserRoleEntity } from '../modules/users/entities/user-role.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { SearchTextSubscriber } from '../modules/dossiers/search/search-text.subscriber';

export const ENTITIES = [
  AttachmentEntity,
  AuditEventEntity,
  AwardTypeEntity,
  CalendarYearEntity,
  DossierEntity,
  IssuedDocumentEntity,
  NomineeEntity,
  NomineeOutcomeEntity,
  NomineeVoteEntity,
  LocalityEntity,
  MovementEntity,
  ProcessDefinitionEntity,
  ProcessInstanceEntity,
  TimerJobEntity,
  IdempotencyRecordEntity,
  TaskEntity,
  UserRoleEntity,
  UserEntity,
];

/** TypeORM subscribers: SearchTextSubscriber keeps the folded search columns in step with their sources. */
export const SUBSCRIBERS = [SearchTextSubscriber];
