import { randomUUID } from 'node:crypto';
import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { TaskEntity } from '../modules/tasks/entities/task.entity';
import { useTestApp, type TestApp } from '../testing/test-app';
import { hydrate, insertEntities, selectList, tableOf, updateEntity } from './entity-sql';

describe('entity SQL (the statements of a step, without query builders)', () => {
  const app = useTestApp();
  let t: TestApp;
  let openTask: TaskEntity;

  beforeAll(async () => {
    t = app.t;
    const dossierId = await app.driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    openTask = await t.dataSource.getRepository(TaskEntity).findOneByOrFail({ dossierId, status: 'open' });
  });

  it('reads an entity back exactly as the repository does, Vietnamese text, dates and JSON included', async () => {
    const manager = t.dataSource.manager;
    const [row] = (await manager.query(`SELECT ${selectList(manager, TaskEntity, 'x')} FROM ${tableOf(manager, TaskEntity)} x WHERE x.id = $1`, [openTask.id])) as Array<Record<string, unknown>>;
    const read = hydrate(manager, TaskEntity, row ?? {}, 'x');

    expect(read).toBeInstanceOf(TaskEntity);
    expect(read).toEqual(openTask);
    expect(read.createdAt).toBeInstanceOf(Date);
  });

  it('leaves out the properties asked to, in the select list and in the entity', async () => {
    const manager = t.dataSource.manager;
    const list = selectList(manager, TaskEntity, 'x', ['data', 'outcomes']);
    expect(list).not.toMatch(/"x"\."(data|outcomes)"/);
    const [row] = (await manager.query(`SELECT ${list} FROM ${tableOf(manager, TaskEntity)} x WHERE x.id = $1`, [openTask.id])) as Array<Record<string, unknown>>;
    const read = hydrate(manager, TaskEntity, row ?? {}, 'x', ['data', 'outcomes']);
    expect(read.outcomes).toBeUndefined();
    expect(read.data).toBeUndefined();
    expect(read.name).toBe(openTask.name);
  });

  it('inserts rows with DEFAULT for what none sets, and JSON as JSON', async () => {
    const occurredAt = new Date('2026-03-02T03:04:05.678Z');
    const events = [1, 2].map((n) =>
      t.dataSource.getRepository(AuditEventEntity).create({
        dossierId: openTask.dossierId,
        instanceId: null,
        type: 'test.entity-sql',
        actor: 'kiểm thử',
        payload: { n, ghiChú: 'Xã Đồng Tâm' },
        occurredAt,
        prevHash: null,
        hash: `hash-${n}-${randomUUID()}`,
      }),
    );

    await t.dataSource.transaction((manager) => insertEntities(manager, AuditEventEntity, events));

    const stored = await t.dataSource.getRepository(AuditEventEntity).find({ where: { type: 'test.entity-sql' }, order: { id: 'ASC' } });
    expect(stored.map((event) => [event.payload, event.actor, event.occurredAt.toISOString()])).toEqual([
      [{ n: 1, ghiChú: 'Xã Đồng Tâm' }, 'kiểm thử', occurredAt.toISOString()],
      [{ n: 2, ghiChú: 'Xã Đồng Tâm' }, 'kiểm thử', occurredAt.toISOString()],
    ]);
    // The id came from its sequence.
    expect(Number(stored[1]?.id)).toBeGreaterThan(Number(stored[0]?.id));
  });

  it('updates under a condition and says how many rows it changed', async () => {
    const completedAt = new Date('2026-03-03T01:00:00.000Z');
    const set = { comment: 'Đã bổ sung hồ sơ', data: { ý: 'kiến' }, completedAt };

    const changed = await t.dataSource.transaction((manager) => updateEntity(manager, TaskEntity, set, "id = $1 AND status = 'open'", [openTask.id]));
    const unchanged = await t.dataSource.transaction((manager) => updateEntity(manager, TaskEntity, set, "id = $1 AND status = 'closed-never'", [openTask.id]));

    expect([changed, unchanged]).toEqual([1, 0]);
    const stored = await t.dataSource.getRepository(TaskEntity).findOneByOrFail({ id: openTask.id });
    expect({ comment: stored.comment, data: stored.data, completedAt: stored.completedAt }).toEqual(set);
  });
});
