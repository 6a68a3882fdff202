import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AwardTypeEntity } from '../../award-types/entities/award-type.entity';
import type { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { NomineeEntity } from '../../dossiers/entities/nominee.entity';
import { LocalitiesService } from '../../localities/localities.service';
import { MovementEntity } from '../../movements/entities/movement.entity';
import { TaskEntity } from '../../tasks/entities/task.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { readCouncilVotes, readNomineeOutcomes } from '../../dossiers/outcomes/nominee-outcomes.reader';
import { councilsFromTasks, outcomesFromTasks } from './chain-records';
import { withRecordedOutcomes, withRecordedVotes } from './recorded-outcomes';
import type { DossierSnapshot, SnapshotTask } from './dossier-snapshot';

/**
 * Reads a dossier and everything its documents mention through the caller's manager (so a
 * REPEATABLE READ transaction gives one consistent picture, and PGlite's single connection
 * is never asked twice at once).
 */
@Injectable()
export class DossierSnapshotReader {
  constructor(private readonly localities: LocalitiesService) {}

  async read(manager: EntityManager, dossier: DossierEntity): Promise<DossierSnapshot> {
    const awardType = await manager.getRepository(AwardTypeEntity).findOneByOrFail({ code: dossier.awardTypeCode });
    const movement = dossier.movementId ? await manager.getRepository(MovementEntity).findOneBy({ id: dossier.movementId }) : null;
    const nominees = await manager.getRepository(NomineeEntity).find({ where: { dossierId: dossier.id }, order: { position: 'ASC' } });
    const chain = await this.localities.ancestorsOrSelf(dossier.localityId, manager);
    const taskRows = await manager.getRepository(TaskEntity).find({ where: { dossierId: dossier.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const tasks: SnapshotTask[] = taskRows.map((task) => ({ ...task }));
    const chairmen = await this.chairmenOf(manager, chain.map((unit) => unit.id));
    const usernames = [...new Set(tasks.map((task) => task.completedBy).filter((name): name is string => Boolean(name)))];
    const people = usernames.length === 0 ? [] : await manager.getRepository(UserEntity).find({ where: { username: In(usernames) }, select: { username: true, fullName: true } });

    const snapshotNominees = nominees.map(({ id, position, kind, fullName, title, achievements, subjectType, criteria }) => ({ id, position, kind, fullName, title, achievements, subjectType, criteria }));
    const councils = withRecordedVotes(councilsFromTasks(tasks, snapshotNominees), await readCouncilVotes(manager, dossier.id));
    const recorded = await readNomineeOutcomes(manager, dossier.id);
    const liftedTo = [...new Set(recorded.flatMap((line) => line.outcomes.flatMap((outcome) => (outcome.toAwardCode ? [outcome.toAwardCode] : []))))];
    const awardNames = liftedTo.length === 0 ? [] : await manager.getRepository(AwardTypeEntity).find({ where: { code: In(liftedTo) }, select: { code: true, name: true } });
    const instants = [dossier.createdAt, dossier.submittedAt, dossier.closedAt, ...tasks.flatMap((task) => [task.createdAt, task.completedAt])].filter((d): d is Date => d instanceof Date);
    return {
      dossier: {
        id: dossier.id,
        code: dossier.code,
        title: dossier.title,
        status: dossier.status,
        result: dossier.result,
        localityId: dossier.localityId,
        createdAt: dossier.createdAt,
        submittedAt: dossier.submittedAt,
        closedAt: dossier.closedAt,
        resultLabel: dossier.resultLabel,
        submittedBy: await this.submitter(manager, dossier),
      },
      awardType: {
        code: awardType.code,
        name: awardType.name,
        grantingLevel: awardType.grantingLevel,
        grantedBy: awardType.grantedBy,
        councilThresholdPercent: awardType.councilThresholdPercent,
        legalBasis: awardType.legalBasis,
      },
      movement: movement ? { name: movement.name, legalBasis: movement.legalBasis, criteria: movement.criteria } : null,
      nominees: snapshotNominees,
      chain: chain.map(({ id, code, name, level, areaClass }) => ({ id, code, name, level, areaClass })),
      chairmen,
      people: new Map(people.map((person) => [person.username, person.fullName])),
      tasks,
      councils,
      outcomes: withRecordedOutcomes(
        outcomesFromTasks(tasks, councils, snapshotNominees, awardType.councilThresholdPercent),
        recorded,
        new Map(awardNames.map((award) => [award.code, award.name])),
      ),
      asOf: new Date(Math.max(...instants.map((d) => d.getTime()))),
    };
  }

  private async submitter(manager: EntityManager, dossier: DossierEntity): Promise<string | null> {
    if (!dossier.submittedAt) return null;
    const rows: Array<{ actor: string }> = await manager.query(`SELECT actor FROM audit_events WHERE dossier_id = $1 AND type = 'process.started' ORDER BY id LIMIT 1`, [dossier.id]);
    return rows[0]?.actor ?? null;
  }

  /** The chairman of each unit: the first active user holding the role there, by username. */
  private async chairmenOf(manager: EntityManager, unitIds: string[]): Promise<Map<string, string>> {
    const rows: Array<{ locality_id: string; full_name: string }> = await manager.query(
      `SELECT DISTINCT ON (r.locality_id) r.locality_id, u.full_name
         FROM user_roles r JOIN users u ON u.id = r.user_id
        WHERE r.role = 'chairman' AND u.is_active AND r.locality_id = ANY($1::uuid[])
        ORDER BY r.locality_id, u.username`,
      [unitIds],
    );
    return new Map(rows.map((row) => [row.locality_id, row.full_name]));
  }
}
