import { useTestApp, type TestApp } from '../../testing/test-app';
import { AuditLog, type AuditEntry } from './audit-log';
import { AuditEventEntity } from './entities/audit-event.entity';

describe('the audit log', () => {
  const app = useTestApp();
  let t: TestApp;
  let audit: AuditLog;
  let dossierId: string;

  beforeAll(async () => {
    t = app.t;
    audit = t.app.get(AuditLog);
    dossierId = await app.driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
  });

  const entry = (type: string, note: string): AuditEntry => ({ dossierId, type, actor: 'kiem.thu', occurredAt: new Date(), payload: { note } });
  const eventCount = () => t.dataSource.getRepository(AuditEventEntity).countBy({ dossierId });

  it('keeps one chain when several transactions append to the same dossier at once', async () => {
    const before = await eventCount();

    await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.dataSource.transaction((manager) => audit.append(manager, [entry('note.added', `ghi chú số ${i + 1}`)]))),
    );

    const { events, verified } = await audit.timeline(t.dataSource.manager, dossierId);
    expect(events).toHaveLength(before + 8);
    expect(verified).toBe(true);
    // No two events share a predecessor: the chain did not fork.
    expect(new Set(events.map((event) => event.prevHash)).size).toBe(events.length);
  });

  it('holds back what batched work appends and writes it, in order, when the work is done', async () => {
    const before = await eventCount();

    const seenInside = await t.dataSource.transaction((manager) =>
      audit.batched(manager, async () => {
        await audit.append(manager, [entry('step.one', 'bước một'), entry('step.two', 'bước hai')]);
        await audit.append(manager, [entry('step.three', 'bước ba')]);
        return manager.getRepository(AuditEventEntity).countBy({ dossierId });
      }),
    );

    expect(seenInside).toBe(before);
    const { events, verified } = await audit.timeline(t.dataSource.manager, dossierId);
    expect(verified).toBe(true);
    expect(events.slice(before).map((event) => [event.type, event.payload['note']])).toEqual([
      ['step.one', 'bước một'],
      ['step.two', 'bước hai'],
      ['step.three', 'bước ba'],
    ]);
  });

  it('writes nothing of batched work that fails', async () => {
    const before = await eventCount();

    await expect(
      t.dataSource.manager.transaction((manager) =>
        audit.batched(manager, async () => {
          await audit.append(manager, [entry('step.one', 'không được ghi')]);
          throw new Error('bước hỏng');
        }),
      ),
    ).rejects.toThrow('bước hỏng');

    expect(await eventCount()).toBe(before);
    // And the manager is not left holding events back: the next append is written at once.
    await t.dataSource.transaction(async (manager) => {
      await audit.append(manager, [entry('note.added', 'ghi ngay')]);
      expect(await manager.getRepository(AuditEventEntity).countBy({ dossierId })).toBe(before + 1);
    });
  });
});
