import { ChainDriver } from '../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../testing/test-app';

interface UserView {
  id: string;
  username: string;
  fullName: string;
  isActive: boolean;
  roles: Array<{ role: string; localityCode: string }>;
}

describe('users: admins manage the accounts of their subtree', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  /** Everything a user change could write. */
  async function footprint() {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT md5(string_agg(concat_ws('|', id, username, full_name, password_hash, is_active, is_demo), ',' ORDER BY id)) FROM users) AS users,
              (SELECT md5(string_agg(concat_ws('|', user_id, role, locality_id), ',' ORDER BY user_id, role, locality_id)) FROM user_roles) AS roles,
              (SELECT count(*)::int FROM audit_events WHERE type LIKE 'user.%') AS events`,
    );
    return row;
  }

  const usernames = (items: UserView[]) => items.map((user) => user.username);
  const listAs = async (username: string, query = 'pageSize=200') => (await t.http().get(`/api/users?${query}`).set(await t.as(username)).expect(200)).body;
  const create = async (actor: string, body: Record<string, unknown>) => t.http().post('/api/users').set(await t.as(actor)).send(body);
  const patch = async (actor: string, id: string, body: Record<string, unknown>) => t.http().patch(`/api/users/${id}`).set(await t.as(actor)).send(body);
  const login = (username: string, password: string) => t.http().post('/api/auth/login').send({ username, password });
  const userId = async (username: string): Promise<string> => (await t.dataSource.query('SELECT id FROM users WHERE username = $1', [username]))[0].id;

  it('shows a province admin the users with a role in the province, and only those roles', async () => {
    const page = await listAs('admin.24');
    const names = usernames(page.items);
    expect(names).toEqual(expect.arrayContaining(['admin.24', 'clerk.215', 'clerk.07234', 'supervisor.07246']));
    expect(names).not.toContain('clerk.01');
    expect(names).not.toContain('clerk.TW');
    expect(names).not.toContain('admin');
    expect(page.total).toBe(4 * 5);
    expect(page.items.find((user: UserView) => user.username === 'clerk.07234')).toMatchObject({ isActive: true, roles: [{ role: 'clerk', localityCode: '07234' }] });
    expect(JSON.stringify(page)).not.toMatch(/passwordHash|scrypt/);
  });

  it('shows the system admin everyone, and filters by unit and by name', async () => {
    const everyone = await listAs('admin', 'pageSize=1');
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM users');
    expect(everyone.total).toBe(n);
    const hanoi = await listAs('admin', `pageSize=200&localityId=${await driver.localityId('009')}`);
    expect(usernames(hanoi.items).sort()).toEqual(expect.arrayContaining(['clerk.009', 'clerk.00343', 'supervisor.00373']));
    expect(usernames(hanoi.items)).not.toContain('clerk.HN-THANHXUAN');
    expect(usernames((await listAs('admin.215', 'q=CLERK.0723')).items)).toEqual(['clerk.07234']);
  });

  it.each([['clerk.24'], ['supervisor.TW'], ['chairman.07234']])('refuses the user list to %s, who administers nothing', async (username) => {
    const response = await t.http().get('/api/users').set(await t.as(username));
    expect([response.status, response.body.code]).toEqual([403, 'USERS_FORBIDDEN']);
  });

  it('lets a district admin create a clerk for one of its communes, who can then log in', async () => {
    const before = await footprint();
    const response = await create('admin.215', {
      username: 'canbo.canhnau',
      fullName: 'Nguyễn Thị Hoa',
      password: 'mat-khau-rat-dai',
      roles: [{ role: 'clerk', localityId: await driver.localityId('07246') }],
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ username: 'canbo.canhnau', fullName: 'Nguyễn Thị Hoa', isActive: true, isDemo: false, roles: [{ role: 'clerk', localityCode: '07246' }] });
    expect(JSON.stringify(response.body)).not.toContain('mat-khau');
    const token = (await login('canbo.canhnau', 'mat-khau-rat-dai').expect(200)).body.accessToken;
    const me = await t.http().get('/api/auth/me').set({ Authorization: `Bearer ${token}` }).expect(200);
    expect(me.body.roles).toEqual([{ role: 'clerk', localityId: await driver.localityId('07246') }]);
    const after = await footprint();
    expect(after.events).toBe(before.events + 1);
    const [event] = await t.dataSource.query(`SELECT actor, payload FROM audit_events WHERE type = 'user.created' ORDER BY id DESC LIMIT 1`);
    expect(event).toMatchObject({ actor: 'admin.215', payload: { username: 'canbo.canhnau' } });
    expect(JSON.stringify(event.payload)).not.toContain('mat-khau');
  });

  it.each([
    ['a role at a unit outside the admin’s subtree', 'admin.215', { localityCode: '01' }, 403, 'USER_ROLE_FORBIDDEN'],
    ['a role at the unit above the admin', 'admin.215', { localityCode: '24' }, 403, 'USER_ROLE_FORBIDDEN'],
    ['a role at a unit that does not exist', 'admin.215', { localityId: '00000000-0000-4000-8000-000000000000' }, 404, 'LOCALITY_NOT_FOUND'],
    ['an account by someone who administers nothing', 'clerk.215', {}, 403, 'USERS_FORBIDDEN'],
    ['a system administrator', 'admin.TW', { isSystemAdmin: true }, 400, 'VALIDATION_FAILED'],
    ['a password of seven characters', 'admin.215', { password: '1234567' }, 400, 'VALIDATION_FAILED'],
    ['a username with a space', 'admin.215', { username: 'can bo' }, 400, 'VALIDATION_FAILED'],
    ['an unknown role', 'admin.215', { role: 'king' }, 400, 'VALIDATION_FAILED'],
    ['no role at all', 'admin.215', { roles: [] }, 400, 'VALIDATION_FAILED'],
    ['a username taken, in other letter case', 'admin.215', { username: 'CLERK.07234' }, 409, 'USERNAME_TAKEN'],
  ])('refuses %s and writes nothing', async (_what, actor, change, status, code) => {
    const before = await footprint();
    const { localityCode, localityId, role, ...rest } = change as { localityCode?: string; localityId?: string; role?: string } & Record<string, unknown>;
    const response = await create(actor, {
      username: 'nguoi.moi',
      fullName: 'Người Mới',
      password: 'mat-khau-du-dai',
      roles: [{ role: role ?? 'clerk', localityId: localityId ?? (await driver.localityId(localityCode ?? '07234')) }],
      ...rest,
    });
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint()).toEqual(before);
  });

  it('replaces only the roles within the admin’s reach, resets the password, and records it', async () => {
    const created = await create('admin', {
      username: 'hai.noi',
      fullName: 'Trần Văn Hai',
      password: 'mat-khau-ban-dau',
      roles: [
        { role: 'clerk', localityId: await driver.localityId('07234') },
        { role: 'supervisor', localityId: await driver.localityId('01') },
      ],
    });
    expect(created.status).toBe(201);
    const response = await patch('admin.24', created.body.id, {
      fullName: 'Trần Văn Hải',
      password: 'mat-khau-moi-hon',
      roles: [{ role: 'secretary', localityId: await driver.localityId('215') }],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ fullName: 'Trần Văn Hải', roles: [{ role: 'secretary', localityCode: '215' }] });
    const roles = await t.dataSource.query('SELECT r.role, l.code FROM user_roles r JOIN localities l ON l.id = r.locality_id WHERE r.user_id = $1 ORDER BY l.code', [created.body.id]);
    expect(roles).toEqual([
      { role: 'supervisor', code: '01' },
      { role: 'secretary', code: '215' },
    ]);
    expect((await login('hai.noi', 'mat-khau-ban-dau')).status).toBe(401);
    expect((await login('hai.noi', 'mat-khau-moi-hon')).status).toBe(200);
    const [event] = await t.dataSource.query(`SELECT actor, payload FROM audit_events WHERE type = 'user.updated' ORDER BY id DESC LIMIT 1`);
    expect(event.actor).toBe('admin.24');
    expect(event.payload.changes).toMatchObject({ fullName: 'Trần Văn Hải', passwordReset: true, roles: { added: [expect.stringMatching(/^secretary@/)], removed: [expect.stringMatching(/^clerk@/)] } });
    expect(JSON.stringify(event.payload)).not.toContain('mat-khau');
  });

  it('disables an account: no login, and the tokens it holds stop working; enabling restores both', async () => {
    const id = await userId('clerk.07246');
    const token = (await login('clerk.07246', 'demo').expect(200)).body.accessToken;
    const bearer = { Authorization: `Bearer ${token}` };
    await t.http().get('/api/dossiers').set(bearer).expect(200);
    const disabled = await patch('admin.215', id, { active: false });
    expect([disabled.status, disabled.body.isActive]).toEqual([200, false]);
    const refusedLogin = await login('clerk.07246', 'demo');
    expect([refusedLogin.status, refusedLogin.body.code]).toEqual([403, 'ACCOUNT_DISABLED']);
    const wrongPassword = await login('clerk.07246', 'not-the-password');
    expect([wrongPassword.status, wrongPassword.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const refusedToken = await t.http().get('/api/dossiers').set(bearer);
    expect([refusedToken.status, refusedToken.body.code]).toEqual([403, 'ACCOUNT_DISABLED']);
    await patch('admin.215', id, { active: true }).then((response) => expect(response.status).toBe(200));
    await t.http().get('/api/dossiers').set(bearer).expect(200);
    await login('clerk.07246', 'demo').expect(200);
  });

  it.each([
    ['a user outside the admin’s reach, who stays unconfirmed', 'admin.24', 'clerk.01', { fullName: 'X' }, 404, 'USER_NOT_FOUND'],
    ['the system administrator, who has no role to be reached by', 'admin.TW', 'admin', { fullName: 'X' }, 404, 'USER_NOT_FOUND'],
    ['an unknown user', 'admin.24', null, { fullName: 'X' }, 404, 'USER_NOT_FOUND'],
    ['one’s own account, disabled by oneself', 'admin.24', 'admin.24', { active: false }, 422, 'CANNOT_DISABLE_SELF'],
    ['a role outside the admin’s reach', 'admin.215', 'clerk.07234', { roles: [{ role: 'clerk', localityCode: '01' }] }, 403, 'USER_ROLE_FORBIDDEN'],
    ['a change by a supervisor', 'supervisor.24', 'clerk.07234', { fullName: 'X' }, 403, 'USERS_FORBIDDEN'],
    ['an empty change', 'admin.24', 'clerk.07234', {}, 400, 'VALIDATION_FAILED'],
    ['a short password', 'admin.24', 'clerk.07234', { password: 'ngan' }, 400, 'VALIDATION_FAILED'],
    ['making someone system administrator', 'admin.TW', 'clerk.07234', { isSystemAdmin: true }, 400, 'VALIDATION_FAILED'],
  ])('refuses to change %s and writes nothing', async (_what, actor, target, change, status, code) => {
    const before = await footprint();
    const { roles, ...rest } = change as { roles?: Array<{ role: string; localityCode: string }> } & Record<string, unknown>;
    const body = { ...rest, ...(roles ? { roles: await Promise.all(roles.map(async (grant) => ({ role: grant.role, localityId: await driver.localityId(grant.localityCode) }))) } : {}) };
    const id = target ? await userId(target) : '00000000-0000-4000-8000-000000000000';
    const response = await patch(actor, id, body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint()).toEqual(before);
  });

  it('keeps a system administrator out of a regional admin’s hands even when they share a unit', async () => {
    const id = await userId('supervisor.215');
    await t.dataSource.query('UPDATE users SET is_system_admin = true WHERE id = $1', [id]);
    try {
      const before = await footprint();
      const response = await patch('admin.24', id, { active: false });
      expect([response.status, response.body.code]).toEqual([403, 'USER_FORBIDDEN']);
      expect(await footprint()).toEqual(before);
    } finally {
      await t.dataSource.query('UPDATE users SET is_system_admin = false WHERE id = $1', [id]);
    }
  });
});
