import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, isErrorBody } from '../support/api-client';
import type { AwardType, Locality } from '../support/api-types';
import { startServer, type RunningServer } from '../support/server';
import { createStorage, type Storage } from '../support/storage';

/** The paths of the public HTTP contract (DESIGN.md) that the server implements today. */
const CONTRACT_PATHS = [
  '/api/health',
  '/api/auth/login',
  '/api/localities',
  '/api/award-types',
  '/api/dossiers',
  '/api/dossiers/{id}',
  '/api/dossiers/{id}/submit',
  '/api/tasks',
  '/api/tasks/{id}/claim',
  '/api/tasks/{id}/complete',
  '/api/process-definitions',
  '/api/process-definitions/{id}/xml',
  '/api/movements',
  '/api/dossiers/{id}/attachments',
  '/api/dossiers/{id}/history',
  '/api/calendar/{year}',
  '/api/calendar/due',
  '/api/dossiers/{id}/documents',
  '/api/dossiers/{id}/documents/{kind}.pdf',
  '/api/dossiers/{id}/nominees/{nomineeId}/documents/achievement-report.pdf',
  '/api/dossiers/{id}/documents/decision/sign',
  '/api/monitoring/bottlenecks',
];

interface OpenApiDocument {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, unknown>>;
}

describe('the product starting on empty storage', () => {
  let storage: Storage;
  let server: RunningServer;
  let api: ApiClient;

  beforeAll(async () => {
    storage = await createStorage();
    server = await startServer({ storageEnv: storage.env, env: { TIMER_POLL_MS: '0' } });
    api = new ApiClient(server.baseUrl);
  });

  afterAll(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('answers /api/health once migrated and seeded', async () => {
    const health = await api.request<{ status: string; database: string }>('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'ok' });
    if (storage.kind === 'pglite') expect(existsSync(join(storage.env['DATA_DIR'] as string, 'pglite', 'PG_VERSION'))).toBe(true);
  });

  it('publishes an OpenAPI 3 document at /api/docs-json listing the contract paths', async () => {
    const response = await api.request<OpenApiDocument>('GET', '/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.info.title).toBe('Vinh Danh API');
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(CONTRACT_PATHS));
    expect(Object.keys(response.body.paths['/api/tasks/{id}/complete'] ?? {})).toContain('post');
    expect(Object.keys(response.body.paths['/api/dossiers'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
  });

  it('describes the document download as a PDF with the kinds of the contract', async () => {
    const response = await api.request<OpenApiDocument>('GET', '/api/docs-json');
    const download = response.body.paths['/api/dossiers/{id}/documents/{kind}.pdf']?.['get'] as
      | { parameters?: Array<{ name: string; in: string; schema?: { enum?: string[] } }>; responses?: Record<string, { content?: Record<string, unknown> }> }
      | undefined;
    expect(Object.keys(download?.responses?.['200']?.content ?? {})).toContain('application/pdf');
    const kind = download?.parameters?.find((parameter) => parameter.name === 'kind' && parameter.in === 'path');
    expect(kind?.schema?.enum).toEqual(['submission', 'nominee-list', 'minutes', 'decision', 'certificates', 'bundle']);
  });

  it("describes the supervisors' bottleneck view with the contract's filters, and serves it to supervisors only", async () => {
    const response = await api.request<OpenApiDocument>('GET', '/api/docs-json');
    const bottlenecks = response.body.paths['/api/monitoring/bottlenecks']?.['get'] as { parameters?: Array<{ name: string; in: string }> } | undefined;
    const query = (bottlenecks?.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
    expect(query.sort()).toEqual(['definitionKey', 'from', 'localityId', 'to']);
    // Empty storage: nothing waits anywhere yet.
    expect(await api.get<{ rows: unknown[] }>('/api/monitoring/bottlenecks?from=2026-01-01&to=2026-12-31', 'supervisor.24')).toMatchObject({ from: '2026-01-01', to: '2026-12-31', rows: [] });
    const clerk = await api.request('GET', '/api/monitoring/bottlenecks', { as: 'clerk.24' });
    expect(clerk.status).toBe(403);
    expect(isErrorBody(clerk.body) && clerk.body.code).toBe('MONITORING_FORBIDDEN');
  });

  it('seeds the demo localities as two chains up to the central level', async () => {
    const units = await api.get<Locality[]>('/api/localities', 'admin');
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const chainOf = (code: string): string[] => {
      const chain: string[] = [];
      for (let unit = byCode.get(code); unit; unit = units.find((candidate) => candidate.id === unit?.parentId)) chain.push(`${unit.code}:${unit.level}`);
      return chain;
    };
    expect(chainOf('07234')).toEqual(['07234:commune', '215:district', '24:province', 'TW:central']);
    expect(chainOf('07246')).toEqual(['07246:commune', '215:district', '24:province', 'TW:central']);
    expect(chainOf('HN-THANHXUAN')).toEqual(['HN-THANHXUAN:commune', '01:province', 'TW:central']);
  });

  it('seeds the demo award types with their council thresholds', async () => {
    const awards = await api.get<AwardType[]>('/api/award-types', 'admin');
    const summary = Object.fromEntries(awards.map((award) => [award.code, `${award.grantingLevel}/${award.councilThresholdPercent}`]));
    expect(summary).toMatchObject({ 'GK-CT-XA': 'commune/80', 'GK-CT-HUYEN': 'district/80', 'BK-CT-TINH': 'province/80', 'BK-TTG': 'central/90' });
  });

  it('lets every demo user log in with "demo" and refuses a wrong password with a stable code', async () => {
    const usernames = ['admin', ...['clerk', 'secretary', 'chairman', 'admin', 'supervisor'].flatMap((role) => ['TW', '24', '215', '07234', '07246', '01', 'HN-THANHXUAN'].map((code) => `${role}.${code}`))];
    const statuses = await Promise.all(usernames.map(async (username) => (await api.request('POST', '/api/auth/login', { body: { username, password: 'demo' } })).status));
    expect(statuses).toEqual(usernames.map(() => 200));
    const wrong = await api.request('POST', '/api/auth/login', { body: { username: 'clerk.07234', password: 'not-demo' } });
    expect(wrong.status).toBe(401);
    expect(isErrorBody(wrong.body) && wrong.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers a request without a token with 401 in the contract error shape', async () => {
    const response = await api.request('GET', '/api/dossiers');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.any(String) });
  });
});

/** PGlite lives inside one process: a second one on the same folder must refuse, not diverge. */
const describePglite = process.env['DATABASE_URL'] ? describe.skip : describe;
describePglite('a second process on the same PGlite data folder', () => {
  it('refuses to start and says why, leaving the first one serving', async () => {
    const storage = await createStorage();
    const first = await startServer({ storageEnv: storage.env, env: { TIMER_POLL_MS: '0' } });
    try {
      await expect(startServer({ storageEnv: storage.env, env: { TIMER_POLL_MS: '0' }, startTimeoutMs: 30_000 })).rejects.toThrow(/đang được tiến trình \d+ sử dụng/);
      const health = await fetch(`${first.baseUrl}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await first.stop();
      await storage.drop();
    }
  });
});
