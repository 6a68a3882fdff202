import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTORS,
  adminOverFiling,
  CREATED,
  everythingWritten,
  hiddenOr,
  idsIn,
  isFilingClerk,
  OK,
  onChain,
  type Actor,
  type MatrixRow,
} from '../../testing/access-actors';
import { documentRows, makeDocumentFixtures, type DocumentFixtures } from '../../testing/access-matrix-document-rows';
import { monitoringRows } from '../../testing/access-matrix-monitoring-rows';
import { makeMoreFixtures, moreRows, prepareFiles, type MoreFixtures } from '../../testing/access-matrix-more-rows';
import type { ChainDriver } from '../../testing/chain-driver';
import { listingCsv } from '../../testing/locality-listings';
import { useTestApp, type TestApp } from '../../testing/test-app';

/**
 * Role × locality × endpoint. A dossier is filed at commune 07234 (district 215, province
 * 24); each endpoint is called by every role at that commune, its sibling 07246, the
 * district, the province, another province (01), the centre and by the system admin.
 * Expected: 2xx for who may, 403 for who may see but not do, 404 for who must not even
 * learn the thing exists. Every refusal leaves the whole database as it was.
 */
const isCouncilSecretary = (a: Actor) => a.role === 'secretary' && a.place === 'filing';
/** Province and central admins import; the other province's admin may, but not into Bắc Giang. */
const importer = (a: Actor) => a.role === 'system' || (a.role === 'admin' && ['province', 'central', 'otherProvince'].includes(a.place));
const anyAdmin = (a: Actor) => a.role === 'system' || a.role === 'admin';

describe('access matrix', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  const ids = { filing: '', draft: '', dossier: '', task: '', definition: '', clerk: '' };
  let bpmn = '';
  const results: Array<{ endpoint: string; actor: Actor; status: number }> = [];

  const draft = async () => {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as('clerk.07234'))
      .send({ awardTypeCode: 'BK-CT-TINH', localityId: ids.filing, title: 'Hồ sơ ma trận quyền', nominees: [{ kind: 'individual', fullName: 'Ông Lê Văn Bình' }] })
      .expect(201);
    return response.body.id as string;
  };
  const openTask = async () => (await driver.onlyOpenTask(await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' }))).id;

  beforeAll(async () => {
    ({ t, driver } = app);
    ids.filing = await driver.localityId('07234');
    ids.draft = await draft();
    ids.dossier = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    ids.task = (await driver.onlyOpenTask(ids.dossier)).id;
    ids.clerk = (await t.dataSource.query(`SELECT id FROM users WHERE username = 'clerk.07234'`))[0].id;
    ids.definition = (await t.dataSource.query(`SELECT id FROM process_definitions ORDER BY deployed_at LIMIT 1`))[0].id;
    bpmn = readFileSync(join(t.config.processesDir, 'commendation-two-tier.bpmn'), 'utf8');
    await prepareFiles();
    Object.assign(more, await makeMoreFixtures(t, driver, ids.draft, ids.dossier));
    Object.assign(documents, await makeDocumentFixtures(t, driver, ids.dossier));
  });

  const more = {} as MoreFixtures;
  const documents = {} as DocumentFixtures;
  const ROWS: MatrixRow[] = [
    {
      endpoint: 'GET /api/dossiers',
      expect: () => OK,
      send: ({ t }) => t.http().get('/api/dossiers?pageSize=200'),
      sees: { who: onChain, found: (body) => idsIn(body).includes(ids.dossier) },
    },
    { endpoint: 'GET /api/dossiers/{id}', expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'), send: ({ t }) => t.http().get(`/api/dossiers/${ids.dossier}`) },
    {
      endpoint: 'POST /api/dossiers',
      expect: (a) => (isFilingClerk(a) ? CREATED : { status: 403, code: 'DOSSIER_FORBIDDEN' }),
      send: ({ t }) =>
        t.http().post('/api/dossiers').send({ awardTypeCode: 'BK-CT-TINH', localityId: ids.filing, title: 'Đề nghị', nominees: [{ kind: 'household', fullName: 'Hộ ông Hà Văn Sơn' }] }),
    },
    {
      endpoint: 'POST /api/dossiers/{id}/submit',
      expect: (a) => (isFilingClerk(a) ? OK : hiddenOr({ status: 403, code: 'DOSSIER_FORBIDDEN' }, 'DOSSIER_NOT_FOUND')(a)),
      fresh: draft,
      send: ({ t, target }) => t.http().post(`/api/dossiers/${target || ids.draft}/submit`),
    },
    {
      endpoint: 'GET /api/tasks?scope=candidate',
      expect: () => OK,
      send: ({ t }) => t.http().get(`/api/tasks?scope=candidate&dossierId=${ids.dossier}`),
      sees: { who: isCouncilSecretary, found: (body) => idsIn(body).includes(ids.task) },
    },
    {
      endpoint: 'GET /api/tasks?scope=all',
      expect: () => OK,
      send: ({ t }) => t.http().get(`/api/tasks?scope=all&dossierId=${ids.dossier}`),
      sees: { who: onChain, found: (body) => idsIn(body).includes(ids.task) },
    },
    {
      endpoint: 'POST /api/tasks/{id}/claim',
      expect: (a) => (isCouncilSecretary(a) ? OK : hiddenOr({ status: 403, code: 'TASK_FORBIDDEN' }, 'TASK_NOT_FOUND')(a)),
      fresh: openTask,
      send: ({ t, target }) => t.http().post(`/api/tasks/${target || ids.task}/claim`),
    },
    {
      endpoint: 'POST /api/tasks/{id}/complete',
      expect: (a) => (isCouncilSecretary(a) ? OK : hiddenOr({ status: 403, code: 'TASK_FORBIDDEN' }, 'TASK_NOT_FOUND')(a)),
      fresh: openTask,
      send: ({ t, target }) => t.http().post(`/api/tasks/${target || ids.task}/complete`).send({ outcome: 'record', data: { members: 9, present: 9, votesFor: 9 } }),
    },
    { endpoint: 'GET /api/process-definitions', expect: () => OK, send: ({ t }) => t.http().get('/api/process-definitions') },
    { endpoint: 'GET /api/process-definitions/{id}/xml', expect: () => OK, send: ({ t }) => t.http().get(`/api/process-definitions/${ids.definition}/xml`) },
    {
      endpoint: 'POST /api/process-definitions',
      expect: (a) => (adminOverFiling(a) ? CREATED : { status: 403, code: 'DEPLOY_FORBIDDEN' }),
      send: ({ t }) => t.http().post('/api/process-definitions').send({ key: 'matrix-variant', localityId: ids.filing, xml: bpmn }),
    },
    { endpoint: 'GET /api/localities', expect: () => OK, send: ({ t }) => t.http().get('/api/localities') },
    { endpoint: 'GET /api/localities/{id}', expect: () => OK, send: ({ t }) => t.http().get(`/api/localities/${ids.filing}`) },
    {
      endpoint: 'POST /api/localities/import?dryRun=true',
      readOnly: true,
      expect: (a) => (importer(a) ? OK : { status: 403, code: 'LOCALITY_IMPORT_FORBIDDEN' }),
      send: ({ t }) => t.http().post('/api/localities/import?dryRun=true').attach('file', matrixListing(), 'yen-the.csv'),
    },
    {
      endpoint: 'POST /api/localities/import?dryRun=false',
      expect: (a) => (!importer(a) ? { status: 403, code: 'LOCALITY_IMPORT_FORBIDDEN' } : a.place === 'otherProvince' ? { status: 422, code: 'LOCALITY_IMPORT_INVALID' } : OK),
      send: ({ t }) => t.http().post('/api/localities/import?dryRun=false').attach('file', matrixListing(), 'yen-the.csv'),
    },
    {
      endpoint: 'GET /api/users',
      expect: (a) => (anyAdmin(a) ? OK : { status: 403, code: 'USERS_FORBIDDEN' }),
      send: ({ t }) => t.http().get('/api/users?pageSize=200'),
      sees: { who: adminOverFiling, found: (body) => idsIn(body).includes(ids.clerk) },
    },
    {
      endpoint: 'POST /api/users',
      expect: (a) => (adminOverFiling(a) ? CREATED : { status: 403, code: anyAdmin(a) ? 'USER_ROLE_FORBIDDEN' : 'USERS_FORBIDDEN' }),
      send: ({ t, actor }) =>
        t.http().post('/api/users').send({ username: `moi.${actor.username}`, fullName: 'Cán bộ mới', password: 'mat-khau-du-dai', roles: [{ role: 'clerk', localityId: ids.filing }] }),
    },
    {
      endpoint: 'PATCH /api/users/{id}',
      expect: (a) => (adminOverFiling(a) ? OK : anyAdmin(a) ? { status: 404, code: 'USER_NOT_FOUND' } : { status: 403, code: 'USERS_FORBIDDEN' }),
      send: ({ t, actor }) => t.http().patch(`/api/users/${ids.clerk}`).send({ fullName: `Cán bộ TĐKT (sửa bởi ${actor.username})` }),
    },
    { endpoint: 'GET /api/auth/me', expect: () => OK, send: ({ t }) => t.http().get('/api/auth/me') },
    { endpoint: 'GET /api/award-types', expect: () => OK, send: ({ t }) => t.http().get('/api/award-types') },
    ...moreRows(more, () => t),
    ...documentRows(documents),
    ...monitoringRows(ids),
  ];

  describe.each(ROWS.map((row) => [row.endpoint, row] as const))('%s', (_endpoint, row) => {
    it.each(ACTORS.map((actor) => [actor.username, actor] as const))('as %s', async (_username, actor) => {
      const expected = row.expect(actor);
      const allowed = expected.status < 300;
      const target = allowed && row.fresh ? await row.fresh() : '';
      const before = allowed ? undefined : await everythingWritten(t);
      const response = await row.send({ t, actor, target }).set(await t.as(actor.username));
      results.push({ endpoint: row.endpoint, actor, status: response.status });
      expect({ status: response.status, code: allowed ? undefined : response.body.code }).toEqual({ status: expected.status, code: expected.code });
      if (!allowed) expect(await everythingWritten(t)).toEqual(before);
      if (row.sees && allowed) expect(row.sees.found(response.body)).toBe(row.sees.who(actor));
    });
  });

  it('never lets a supervisor change anything', () => {
    const writeEndpoints = new Set(ROWS.filter((row) => !row.endpoint.startsWith('GET') && !row.readOnly).map((row) => row.endpoint));
    const writes = results.filter((result) => result.actor.role === 'supervisor' && writeEndpoints.has(result.endpoint));
    expect(writes.length).toBe(writeEndpoints.size * 6);
    expect(writes.filter((result) => result.status < 300)).toEqual([]);
  });

  it('covers every endpoint the API serves', async () => {
    const docs = (await t.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(docs.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const covered = new Set(ROWS.map((row) => row.endpoint.replace(/\?.*$/, '')));
    const publicOnes = ['POST /api/auth/login', 'GET /api/health'];
    expect(served.filter((endpoint) => !covered.has(endpoint) && !publicOnes.includes(endpoint)).sort()).toEqual([]);
  });
});

/** A commune under Yên Thế (district 215, province 24): importable by Bắc Giang's admins and the centre. */
function matrixListing(): Buffer {
  return listingCsv([['07282', 'Xã Tân Sỏi', 'Xã', '215', '', '']]);
}
