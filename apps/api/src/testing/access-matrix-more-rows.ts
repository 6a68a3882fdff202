import { OFFICIAL_YEAR_CALENDARS } from '@vinh-danh/calendar';
import { POVERTY_MOVEMENT_2016_2020 } from '@vinh-danh/domain';
import ExcelJS from 'exceljs';
import { adminOverFiling, CREATED, hiddenOr, idsIn, isFilingClerk, nationwideAdmin, OK, onChain, type Actor, type MatrixRow } from './access-actors';
import type { ChainDriver } from './chain-driver';
import { multipartBody } from './multipart';
import { samplePdf } from './sample-files';
import type { TestApp } from './test-app';

/**
 * Matrix rows for the features around the dossier (history, attachments, spreadsheets,
 * evaluation, search) and the catalogues (award types, movements, calendar), with the
 * fixtures they act on. The rules are each feature's own, read from its service.
 */
export interface MoreFixtures {
  draft: string;
  dossier: string;
  filing: string;
  attachment: string;
  movement: string;
  awardType: string;
}

export async function makeMoreFixtures(t: TestApp, driver: ChainDriver, draft: string, dossier: string): Promise<MoreFixtures> {
  const filing = await driver.localityId('07234');
  const attachment = await uploadPdf(t, draft);
  const system = await t.as('admin');
  const movement = (await t.http().post('/api/movements').set(system).send(movementBody('MX-MATRIX', filing)).expect(201)).body.id as string;
  await t.http().post('/api/award-types').set(system).send({ code: 'MX-MATRIX', ...awardFields() }).expect(201);
  return { draft, dossier, filing, attachment, movement, awardType: 'MX-MATRIX' };
}

export function moreRows(f: MoreFixtures, t: () => TestApp): MatrixRow[] {
  const codeOf = (actor: Actor) => `MX-${actor.username.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}`;
  return [
    { endpoint: 'GET /api/dossiers/{id}/history', expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'), send: ({ t }) => t.http().get(`/api/dossiers/${f.dossier}/history`) },
    { endpoint: 'POST /api/dossiers/{id}/evaluation', readOnly: true, expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'), send: ({ t }) => t.http().post(`/api/dossiers/${f.dossier}/evaluation`) },
    { endpoint: 'GET /api/dossiers/{id}/attachments', expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'), send: ({ t }) => t.http().get(`/api/dossiers/${f.draft}/attachments`) },
    {
      endpoint: 'GET /api/dossiers/{id}/attachments/{attachmentId}',
      expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'),
      send: ({ t }) => t.http().get(`/api/dossiers/${f.draft}/attachments/${f.attachment}`),
    },
    {
      endpoint: 'POST /api/dossiers/{id}/attachments',
      expect: (a) => (isFilingClerk(a) ? CREATED : hiddenOr({ status: 403, code: 'DOSSIER_FORBIDDEN' }, 'DOSSIER_NOT_FOUND')(a)),
      send: ({ t }) => {
        const { body, contentType } = multipartBody([{ name: 'file', fileName: 'Biên bản.pdf', content: pdf, contentType: 'application/pdf' }]);
        return t.http().post(`/api/dossiers/${f.draft}/attachments`).set('Content-Type', contentType).send(body);
      },
    },
    {
      endpoint: 'DELETE /api/dossiers/{id}/attachments/{attachmentId}',
      expect: (a) => (isFilingClerk(a) ? { status: 204 } : hiddenOr({ status: 403, code: 'DOSSIER_FORBIDDEN' }, 'DOSSIER_NOT_FOUND')(a)),
      fresh: () => uploadPdf(t(), f.draft),
      send: ({ t, target }) => t.http().delete(`/api/dossiers/${f.draft}/attachments/${target || f.attachment}`),
    },
    { endpoint: 'GET /api/nominee-template.xlsx', expect: () => OK, send: ({ t }) => t.http().get('/api/nominee-template.xlsx') },
    { endpoint: 'GET /api/dossiers/{id}/nominees.xlsx', expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'), send: ({ t }) => t.http().get(`/api/dossiers/${f.dossier}/nominees.xlsx`) },
    { endpoint: 'GET /api/dossiers.xlsx', expect: () => OK, send: ({ t }) => t.http().get('/api/dossiers.xlsx') },
    {
      endpoint: 'POST /api/dossiers/{id}/nominees/import',
      expect: (a) => (isFilingClerk(a) ? OK : hiddenOr({ status: 403, code: 'DOSSIER_FORBIDDEN' }, 'DOSSIER_NOT_FOUND')(a)),
      send: ({ t }) => {
        const { body, contentType } = multipartBody([{ name: 'file', fileName: 'Danh sách.xlsx', content: nomineeSheet }]);
        return t.http().post(`/api/dossiers/${f.draft}/nominees/import`).set('Content-Type', contentType).send(body);
      },
    },
    {
      endpoint: 'GET /api/nominees',
      expect: () => OK,
      send: ({ t }) => t.http().get('/api/nominees?q=nguyen van an&pageSize=200'),
      sees: { who: onChain, found: (body) => (body as { items: Array<{ dossier: { id: string } }> }).items.some((item) => item.dossier.id === f.dossier) },
    },
    {
      endpoint: 'PATCH /api/localities/{id}/area-class',
      expect: (a) => (adminOverFiling(a) ? OK : { status: 403, code: 'LOCALITY_ADMIN_FORBIDDEN' }),
      send: ({ t }) => t.http().patch(`/api/localities/${f.filing}/area-class`).send({ areaClass: 'II' }),
    },
    { endpoint: 'GET /api/movements', expect: () => OK, send: ({ t }) => t.http().get('/api/movements'), sees: { who: () => true, found: (body) => idsIn(body).includes(f.movement) } },
    { endpoint: 'GET /api/movements/{id}', expect: () => OK, send: ({ t }) => t.http().get(`/api/movements/${f.movement}`) },
    {
      endpoint: 'POST /api/movements',
      expect: (a) => (adminOverFiling(a) ? CREATED : { status: 403, code: 'MOVEMENT_FORBIDDEN' }),
      send: ({ t, actor }) => t.http().post('/api/movements').send(movementBody(codeOf(actor), f.filing)),
    },
    {
      endpoint: 'PUT /api/movements/{id}',
      expect: (a) => (adminOverFiling(a) ? OK : { status: 403, code: 'MOVEMENT_FORBIDDEN' }),
      send: ({ t, actor }) => t.http().put(`/api/movements/${f.movement}`).send(movementBody('MX-MATRIX', f.filing, { name: `Phong trào ma trận (sửa bởi ${actor.username})` })),
    },
    {
      endpoint: 'POST /api/award-types',
      expect: (a) => (nationwideAdmin(a) ? CREATED : { status: 403, code: 'AWARD_TYPE_FORBIDDEN' }),
      send: ({ t, actor }) => t.http().post('/api/award-types').send({ code: codeOf(actor), ...awardFields() }),
    },
    {
      endpoint: 'PUT /api/award-types/{code}',
      expect: (a) => (nationwideAdmin(a) ? OK : { status: 403, code: 'AWARD_TYPE_FORBIDDEN' }),
      send: ({ t, actor }) => t.http().put(`/api/award-types/${f.awardType}`).send(awardFields({ name: `Bằng khen ma trận (sửa bởi ${actor.username})` })),
    },
    { endpoint: 'GET /api/calendar/{year}', expect: () => OK, send: ({ t }) => t.http().get('/api/calendar/2026') },
    { endpoint: 'GET /api/calendar/due', expect: () => OK, send: ({ t }) => t.http().get('/api/calendar/due?from=2026-03-02&workingDays=10') },
    {
      endpoint: 'PUT /api/calendar/{year}',
      expect: (a) => (nationwideAdmin(a) ? OK : { status: 403, code: 'CALENDAR_EDIT_FORBIDDEN' }),
      send: ({ t }) => t.http().put('/api/calendar/2026').send(OFFICIAL_YEAR_CALENDARS.find((calendar) => calendar.year === 2026) as object),
    },
  ];
}

let pdf: Buffer = Buffer.alloc(0);
let nomineeSheet: Buffer = Buffer.alloc(0);

/** Files the rows upload, made once. */
export async function prepareFiles(): Promise<void> {
  pdf = await samplePdf();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Loại đối tượng', 'Họ và tên / Tên tập thể', 'Chức vụ / Địa chỉ', 'Tóm tắt thành tích']);
  sheet.addRow([1, 'Hộ gia đình', 'Hộ ông Đinh Văn Tư', 'Thôn Đồng Tâm', 'Thoát nghèo bền vững']);
  nomineeSheet = Buffer.from(await workbook.xlsx.writeBuffer());
}

async function uploadPdf(t: TestApp, dossierId: string): Promise<string> {
  const { body, contentType } = multipartBody([{ name: 'file', fileName: 'Minh chứng.pdf', content: pdf, contentType: 'application/pdf' }]);
  const response = await t.http().post(`/api/dossiers/${dossierId}/attachments`).set(await t.as('clerk.07234')).set('Content-Type', contentType).send(body).expect(201);
  return response.body.id as string;
}

function movementBody(code: string, localityId: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    name: 'Phong trào thi đua "Cầu Gồ chung tay vì người nghèo" năm 2026',
    localityId,
    legalBasis: 'Kế hoạch của UBND thị trấn Cầu Gồ',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    midTermReviewOn: '2026-06-11',
    finalReviewOn: '2027-01-15',
    reviewBasis: 'Kế hoạch, mục VI',
    criteria: POVERTY_MOVEMENT_2016_2020.criteria.filter((criterion) => criterion.subjectType === 'household'),
    quotas: [],
    ...overrides,
  };
}

function awardFields(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Bằng khen ma trận quyền',
    grantingLevel: 'province',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    councilThresholdPercent: 80,
    subjectTypes: ['household', 'individual'],
    legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
    requiredDocuments: [{ code: 'submission', name: 'Tờ trình kèm danh sách' }],
    processingLimits: [{ level: 'province', workingDays: 25, legalBasis: 'Quy chế thi đua, khen thưởng của tỉnh' }],
    ...overrides,
  };
}
