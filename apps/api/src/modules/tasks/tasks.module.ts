import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NomineeOutcomesModule } from '../dossiers/outcomes/nominee-outcomes.module';
import { DocumentsModule } from '../documents/documents.module';
import { RuntimeModule } from '../runtime/runtime.module';
import { CompleteTaskUseCase } from './complete/complete-task.use-case';
import { IdempotencyStore } from './complete/idempotency-store';
import { TaskDataValidator } from './complete/task-data-validator';
import { TaskEntity } from './entities/task.entity';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), RuntimeModule, NomineeOutcomesModule, DocumentsModule],
  controllers: [TasksController],
  providers: [TasksService, CompleteTaskUseCase, TaskDataValidator, IdempotencyStore],
})
export class TasksModule {}
