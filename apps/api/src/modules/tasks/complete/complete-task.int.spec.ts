import { ChainDriver, type OpenTask } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';

describe('POST /api/tasks/{id}/complete', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  /** Counts what a refused request must not have written. */
  async function footprint(dossierId: string) {
    const [{ events }] = await t.dataSource.query('SELECT count(*)::int AS events FROM audit_events WHERE dossier_id = $1', [dossierId]);
    const [{ version }] = await t.dataSource.query('SELECT version FROM process_instances WHERE dossier_id = $1', [dossierId]);
    const [{ open }] = await t.dataSource.query(`SELECT count(*)::int AS open FROM tasks WHERE dossier_id = $1 AND status = 'open'`, [dossierId]);
    return { events, version, open };
  }

  async function councilTask(): Promise<{ dossierId: string; task: OpenTask }> {
    const dossierId = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    return { dossierId, task: await driver.onlyOpenTask(dossierId) };
  }

  it('lets exactly one of two simultaneous completions through; the other gets 409', async () => {
    const { dossierId, task } = await councilTask();
    const headers = await t.as('secretary.07234');
    const body = { outcome: 'record', data: { members: 9, present: 9, votesFor: 9 } };
    const responses = await Promise.all([1, 2].map(() => t.http().post(`/api/tasks/${task.id}/complete`).set(headers).send(body)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.status === 409);
    expect(['TASK_NOT_OPEN', 'INSTANCE_CONFLICT']).toContain(loser?.body.code);
    const completions = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE dossier_id = $1 AND type = 'task.completed'`, [dossierId]);
    expect(completions[0].n).toBe(1);
    expect((await driver.onlyOpenTask(dossierId)).elementId).toBe('commune_forward');
  });

  it('replays the first answer to a retry with the same Idempotency-Key', async () => {
    const { dossierId, task } = await councilTask();
    const headers = { ...(await t.as('secretary.07234')), 'Idempotency-Key': `retry-${task.id}` };
    const body = { outcome: 'record', data: { members: 9, present: 9, votesFor: 9 } };
    const first = await t.http().post(`/api/tasks/${task.id}/complete`).set(headers).send(body).expect(200);
    const retry = await t.http().post(`/api/tasks/${task.id}/complete`).set(headers).send(body).expect(200);
    expect(retry.body).toEqual(first.body);
    expect(first.body.nextTasks[0].elementId).toBe('commune_forward');
    const completions = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE dossier_id = $1 AND type = 'task.completed'`, [dossierId]);
    expect(completions[0].n).toBe(1);
    const reused = await t.http().post(`/api/tasks/${task.id}/complete`).set(headers).send({ ...body, comment: 'khác' });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it.each([
    ['an outcome the task does not accept', { outcome: 'approve' }, 422, 'OUTCOME_NOT_ALLOWED'],
    ['votes that do not add up', { outcome: 'record', data: { members: 9, present: 10, votesFor: 9 } }, 422, 'TASK_DATA_INVALID'],
    ['a vote form missing a count', { outcome: 'record', data: { members: 9, present: 9 } }, 422, 'TASK_DATA_INVALID'],
    ['a field the form does not have', { outcome: 'record', data: { members: 9, present: 9, votesFor: 9, bonus: 1 } }, 422, 'TASK_DATA_INVALID'],
    ['a count that is not a number', { outcome: 'record', data: { members: 'chín', present: 9, votesFor: 9 } }, 422, 'TASK_DATA_INVALID'],
    ['a malformed outcome', { outcome: 'DROP TABLE' }, 400, 'VALIDATION_FAILED'],
    ['no outcome at all', { comment: 'x' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s and writes nothing', async (_what, body, status, code) => {
    const { dossierId, task } = await councilTask();
    const before = await footprint(dossierId);
    const response = await t.http().post(`/api/tasks/${task.id}/complete`).set(await t.as('secretary.07234')).send(body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(typeof response.body.message).toBe('string');
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('asks for a reason when returning or rejecting', async () => {
    const { dossierId } = await councilTask();
    await driver.step(dossierId);
    await driver.step(dossierId);
    const appraise = await driver.onlyOpenTask(dossierId);
    const response = await driver.complete(appraise, { outcome: 'return' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('COMMENT_REQUIRED');
    expect((await driver.onlyOpenTask(dossierId)).id).toBe(appraise.id);
  });

  it.each([
    ['the right role at another commune, who may not even see it', 'secretary.07246', 404, 'TASK_NOT_FOUND'],
    ['another role at the same commune', 'clerk.07234', 403, 'TASK_FORBIDDEN'],
    ['the province supervisor, who reads but never acts', 'supervisor.24', 403, 'TASK_FORBIDDEN'],
    ['the secretary of the district above', 'secretary.215', 403, 'TASK_FORBIDDEN'],
  ])('refuses a completion by %s', async (_who, username, status, code) => {
    const { dossierId, task } = await councilTask();
    const before = await footprint(dossierId);
    const response = await driver.complete(task, { outcome: 'record', data: { members: 9, present: 9, votesFor: 9 } }, username);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('answers 404 for an unknown task and 401 without a valid token', async () => {
    const headers = await t.as('secretary.07234');
    const unknown = await t.http().post('/api/tasks/00000000-0000-4000-8000-000000000000/complete').set(headers).send({ outcome: 'record' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'TASK_NOT_FOUND']);
    const garbage = await t.http().post('/api/tasks/..%2F..%2Fetc/complete').set(headers).send({ outcome: 'record' });
    expect(garbage.status).toBe(404);
    const anonymous = await t.http().post('/api/tasks/00000000-0000-4000-8000-000000000000/complete').send({ outcome: 'record' });
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const forged = await t.http().get('/api/tasks').set({ Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect([forged.status, forged.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('refuses a body over the size limit and malformed JSON with their own codes', async () => {
    const { dossierId, task } = await councilTask();
    const before = await footprint(dossierId);
    const headers = await t.as('secretary.07234');
    const huge = await t.http().post(`/api/tasks/${task.id}/complete`).set(headers).send({ outcome: 'record', comment: 'x'.repeat(4 * 1024 * 1024) });
    expect([huge.status, huge.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const broken = await t.http().post(`/api/tasks/${task.id}/complete`).set({ ...headers, 'Content-Type': 'application/json' }).send('{"outcome": "record",');
    expect([broken.status, broken.body.code]).toEqual([400, 'MALFORMED_JSON']);
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('lets a user claim a task, and keeps it theirs', async () => {
    const { task } = await councilTask();
    const claimed = await t.http().post(`/api/tasks/${task.id}/claim`).set(await t.as('secretary.07234')).expect(200);
    expect(claimed.body.assignee).toBe('secretary.07234');
    const mine = await t.http().get('/api/tasks?scope=mine').set(await t.as('secretary.07234')).expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(task.id);
    const stranger = await t.http().post(`/api/tasks/${task.id}/claim`).set(await t.as('clerk.07234'));
    expect([stranger.status, stranger.body.code]).toEqual([403, 'TASK_FORBIDDEN']);
  });

  it('shows each user only the tasks their roles may take', async () => {
    const { task } = await councilTask();
    const own = await t.http().get('/api/tasks?scope=candidate').set(await t.as('secretary.07234')).expect(200);
    expect(own.body.items.map((item: { id: string }) => item.id)).toContain(task.id);
    const other = await t.http().get('/api/tasks?scope=candidate').set(await t.as('secretary.07246')).expect(200);
    expect(other.body.items.map((item: { id: string }) => item.id)).not.toContain(task.id);
    const item = own.body.items.find((candidate: { id: string }) => candidate.id === task.id);
    expect(item).toMatchObject({ elementId: 'commune_council', level: 'commune', candidateRole: 'secretary', outcomes: ['record'] });
    expect(item.form.required).toEqual(['members', 'present', 'votesFor']);
  });
});
