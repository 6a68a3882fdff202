import { startTestApp, type TestApp } from '../../testing/test-app';

describe('login', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives a demo user a token that identifies them and their roles', async () => {
    const login = await t.http().post('/api/auth/login').send({ username: 'clerk.07234', password: 'demo' }).expect(200);
    const me = await t.http().get('/api/auth/me').set({ Authorization: `Bearer ${login.body.accessToken}` }).expect(200);
    expect(me.body.username).toBe('clerk.07234');
    expect(me.body.roles).toEqual([{ role: 'clerk', localityId: expect.any(String) }]);
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it.each([
    ['a wrong password', { username: 'clerk.07234', password: 'Demo' }, 401, 'INVALID_CREDENTIALS'],
    ['an unknown user', { username: 'nobody', password: 'demo' }, 401, 'INVALID_CREDENTIALS'],
    ['a missing password', { username: 'clerk.07234' }, 400, 'VALIDATION_FAILED'],
    ['extra fields', { username: 'clerk.07234', password: 'demo', isSystemAdmin: true }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_what, body, status, code) => {
    const response = await t.http().post('/api/auth/login').send(body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  });

  it('serves health and the OpenAPI document without a token', async () => {
    await t.http().get('/api/health').expect(200, { status: 'ok', database: 'ok' });
    const docs = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/tasks/{id}/complete', '/api/dossiers/{id}/submit', '/api/process-definitions']));
  });
});

describe('login in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('refuses the demo accounts', async () => {
    const response = await t.http().post('/api/auth/login').send({ username: 'admin', password: 'demo' });
    expect([response.status, response.body.code]).toEqual([403, 'DEMO_ACCOUNT_DISABLED']);
  });
});
