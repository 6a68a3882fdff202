import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { TimerJobEntity } from '../entities/timer-job.entity';
import { ClosedUnitSweep } from '../closures/closed-unit-sweep';
import { FireTimerUseCase } from './fire-timer.use-case';

const MAX_ATTEMPTS = 10;

/**
 * Polls for due timer jobs. Each job is claimed with FOR UPDATE SKIP LOCKED and fired in
 * its own transaction, so with any number of api processes a job fires once; a job that
 * came due while every process was down fires on the next poll after start.
 */
@Injectable()
export class TimerScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TimerScheduler');
  private handle: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly fireTimer: FireTimerUseCase,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly closedUnits: ClosedUnitSweep,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.timers.pollMs <= 0) return;
    const tick = () => {
      if (this.stopped) return;
      this.runDueJobs()
        .catch((error: unknown) => this.logger.error('Timer poll failed', error instanceof Error ? error.stack : String(error)))
        .finally(() => {
          if (!this.stopped) this.handle = setTimeout(tick, this.config.timers.pollMs);
        });
    };
    this.handle = setTimeout(tick, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running?.catch(() => undefined);
  }

  /** Fires every job due now (up to the batch size); returns how many fired. Tests call it directly. */
  runDueJobs(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<number> {
    // Work at units that ended moves first, so a level's end fires in this same poll.
    await this.closedUnits.run(this.clock.now(), this.config.timers.batchSize).catch((error: unknown) => {
      this.logger.error('Moving work off ended units failed', error instanceof Error ? error.stack : String(error));
    });
    let fired = 0;
    for (let i = 0; i < this.config.timers.batchSize && !this.stopped; i++) {
      const outcome = await this.fireNext();
      if (outcome === 'none') break;
      if (outcome === 'fired') fired++;
    }
    return fired;
  }

  private async fireNext(): Promise<'fired' | 'failed' | 'none'> {
    const now = this.clock.now();
    let claimed: TimerJobEntity | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        claimed = await manager
          .getRepository(TimerJobEntity)
          .createQueryBuilder('job')
          .where('job.status = :status AND job.dueAt <= :now', { status: 'pending', now })
          .orderBy('job.dueAt', 'ASC')
          .limit(1)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getOne() ?? undefined;
        if (!claimed) return 'none';
        await this.fireTimer.execute(manager, claimed, now);
        return 'fired';
      });
    } catch (error) {
      if (!claimed) throw error;
      await this.recordFailure(claimed, now, error);
      return 'failed';
    }
  }

  /** A failed firing is retried later with a growing delay, and given up after MAX_ATTEMPTS. */
  private async recordFailure(job: TimerJobEntity, now: Date, error: unknown): Promise<void> {
    const attempts = job.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Timer ${job.elementId} (${job.id}) failed, attempt ${attempts}: ${message}`);
    await this.dataSource.getRepository(TimerJobEntity).update(
      { id: job.id, status: 'pending' },
      attempts >= MAX_ATTEMPTS
        ? { attempts, lastError: message, status: 'failed', finishedAt: now }
        : { attempts, lastError: message, dueAt: new Date(now.getTime() + 5_000 * 2 ** Math.min(attempts, 8)) },
    );
  }
}
