import { approvingCompletion, type ChainDriver, type Completion, type OpenTask } from './chain-driver';
import type { TestApp } from './test-app';

export interface NomineeLine {
  kind: 'individual' | 'collective' | 'household' | 'enterprise';
  fullName: string;
  criteria?: Record<string, { value?: number | boolean; evidence?: string[] }>;
}

export interface FiledDossier {
  id: string;
  code: string;
  /** Line ids by full name. */
  ids: Record<string, string>;
}

/** Lines of a typical commune list: two people and a cooperative. */
export const THREE_LINES: NomineeLine[] = [
  { kind: 'individual', fullName: 'Ông Hoàng Văn Ấn', criteria: { HO_TRO_HO_NGHEO: { value: true, evidence: ['Biên bản xác nhận của thôn Đồng Tâm'] } } },
  { kind: 'individual', fullName: 'Bà Lương Thị Bình' },
  { kind: 'collective', fullName: 'Hợp tác xã chè Đồng Tâm' },
];

/** Files and submits a dossier as the unit's clerk; returns its id, code and line ids. */
export async function fileDossier(t: TestApp, driver: ChainDriver, input: { localityCode: string; awardTypeCode: string; lines?: NomineeLine[] }): Promise<FiledDossier> {
  const clerk = await t.as(`clerk.${input.localityCode}`);
  const created = await t
    .http()
    .post('/api/dossiers')
    .set(clerk)
    .send({ awardTypeCode: input.awardTypeCode, localityId: await driver.localityId(input.localityCode), title: 'Đề nghị khen thưởng thành tích giảm nghèo năm 2025', nominees: input.lines ?? THREE_LINES })
    .expect(201);
  await t.http().post(`/api/dossiers/${created.body.id}/submit`).set(clerk).expect(200);
  const ids = Object.fromEntries((created.body.nominees as Array<{ id: string; fullName: string }>).map((line) => [line.fullName, line.id]));
  return { id: created.body.id, code: created.body.code, ids };
}

/** Approves every step until `elementId` is the open task, and returns it. */
export async function advanceTo(driver: ChainDriver, dossierId: string, elementId: string, choose: (task: OpenTask) => Completion = approvingCompletion): Promise<OpenTask> {
  for (let guard = 0; guard < 20; guard++) {
    const task = await driver.onlyOpenTask(dossierId);
    if (task.elementId === elementId) return task;
    await driver.completeOk(task, choose(task));
  }
  throw new Error(`${elementId} never opened`);
}

/** Everything a refused completion must leave as it was. */
export async function footprint(t: TestApp, dossierId: string) {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM audit_events WHERE dossier_id = $1) AS events,
            (SELECT version FROM process_instances WHERE dossier_id = $1) AS version,
            (SELECT count(*)::int FROM tasks WHERE dossier_id = $1 AND status = 'open') AS open,
            (SELECT count(*)::int FROM nominee_outcomes WHERE dossier_id = $1) AS outcomes,
            (SELECT count(*)::int FROM nominee_votes WHERE dossier_id = $1) AS votes,
            (SELECT count(*)::int FROM dossiers WHERE origin_dossier_id = $1) AS "followUps"`,
    [dossierId],
  );
  return row as { events: number; version: number; open: number; outcomes: number; votes: number; followUps: number };
}

export interface OutcomeJson {
  level: string;
  status: string;
  reason?: string;
  toAwardCode?: string;
  decidedAt: string;
}

/** `GET /api/dossiers/{id}` as the system administrator, nominees by full name. */
export async function outcomesByName(driver: ChainDriver, dossierId: string): Promise<Record<string, OutcomeJson[]>> {
  const dossier = await driver.dossier(dossierId);
  return Object.fromEntries((dossier.nominees as Array<{ fullName: string; outcomes: OutcomeJson[] }>).map((line) => [line.fullName, line.outcomes]));
}

/** Outcomes without their timestamps, for whole-value comparisons. */
export function withoutTimes(outcomes: OutcomeJson[]): Array<Omit<OutcomeJson, 'decidedAt'>> {
  return outcomes.map(({ decidedAt: _decidedAt, ...rest }) => rest);
}
