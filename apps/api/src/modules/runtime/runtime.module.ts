import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { LocalitiesModule } from '../localities/localities.module';
import { ChainOfficesLoader } from './closures/chain-offices.loader';
import { ClosedUnitSweep } from './closures/closed-unit-sweep';
import { ClosureAudit } from './closures/closure-audit';
import { TaskPlacement } from './placement/task-placement';
import { DueDatePolicy } from './steps/due-date-policy';
import { InstanceStarter } from './steps/instance-starter';
import { StepWriter } from './steps/step-writer';
import { FireTimerUseCase } from './timers/fire-timer.use-case';
import { TimerScheduler } from './timers/timer-scheduler';

/** Running instances: starting them, writing their steps, firing their timers. */
@Module({
  imports: [LocalitiesModule, CalendarModule],
  providers: [ChainOfficesLoader, ClosureAudit, ClosedUnitSweep, TaskPlacement, DueDatePolicy, StepWriter, InstanceStarter, FireTimerUseCase, TimerScheduler],
  exports: [StepWriter, InstanceStarter, TimerScheduler, ChainOfficesLoader, ClosedUnitSweep],
})
export class RuntimeModule {}
