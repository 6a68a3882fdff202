import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POVERTY_MOVEMENT_2016_2020 } from '@vinh-danh/domain';
import type { ChainDriver } from '../../testing/chain-driver';
import { lineOf, movementId } from '../../testing/criteria-lines';
import { pdfText } from '../../testing/pdf-tools';
import { useTestApp, type TestApp } from '../../testing/test-app';
import { documentPath, download, issuedDocuments, sha256 } from '../../testing/document-client';

const documentsDir = mkdtempSync(join(tmpdir(), 'vd-documents-'));

/** Names with every kind of Vietnamese mark, as a clerk types them. */
const NOMINEES = [
  { kind: 'individual', fullName: 'Ông Nguyễn Văn Ấn', title: 'Trưởng thôn Đồng Tâm, thị trấn Cầu Gồ', achievements: 'Vận động 12 hộ thoát nghèo bền vững.' },
  { kind: 'household', fullName: 'Hộ bà Hoàng Thị Lụa', title: 'Tổ dân phố Hòa Bình, thị trấn Cầu Gồ' },
  { kind: 'collective', fullName: 'Hội Liên hiệp Phụ nữ thị trấn Cầu Gồ' },
];

describe('dossier documents: GET /api/dossiers/{id}/documents/{kind}.pdf', () => {
  const app = useTestApp({ DOCUMENTS_DIR: documentsDir });
  let t: TestApp;
  let driver: ChainDriver;
  afterAll(() => rmSync(documentsDir, { recursive: true, force: true }));

  beforeAll(() => {
    ({ t, driver } = app);
  });

  async function create(body: Record<string, unknown>, localityCode = '07234'): Promise<{ id: string; code: string; nominees: Array<{ id: string; fullName: string }> }> {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({ localityId: await driver.localityId(localityCode), title: 'Đề nghị khen thưởng phong trào “Chung tay vì người nghèo”', ...body });
    if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  describe('a draft dossier', () => {
    let dossier: Awaited<ReturnType<typeof create>>;

    beforeAll(async () => {
      const movement = await movementId(t, POVERTY_MOVEMENT_2016_2020.code);
      dossier = await create({ awardTypeCode: 'BK-CT-TINH', movementId: movement, nominees: [lineOf('household', 'Hộ ông Đặng Văn Quý'), ...NOMINEES.slice(0, 1)] });
    });

    it('serves the tờ trình as a draft, marked “DỰ THẢO”, with the headers a browser needs', async () => {
      const got = await download(t, documentPath(dossier.id, 'submission'), 'clerk.07234');
      expect(got.status).toBe(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(Number(got.headers['content-length'])).toBe(got.body.length);
      expect(got.headers['etag']).toBe(`"${sha256(got.body)}"`);
      expect(got.headers['x-document-status']).toBe('draft');
      const disposition = got.headers['content-disposition'];
      expect(disposition).toContain(`filename="Du thao - To trinh de nghi khen thuong ${dossier.code}.pdf"`);
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '')).toBe(`Dự thảo - Tờ trình đề nghị khen thưởng ${dossier.code}.pdf`);
      const text = pdfText(got.body);
      for (const phrase of ['DỰ THẢO', 'TỜ TRÌNH', 'ỦY BAN NHÂN DÂN', 'THỊ TRẤN CẦU GỒ', 'Chủ tịch UBND huyện Yên Thế', 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', dossier.code]) {
        expect(text).toContain(phrase);
      }
    });

    it('answers 304 to a client that already has these bytes, and the same bytes again for the same data', async () => {
      const first = await download(t, documentPath(dossier.id, 'submission'), 'clerk.07234');
      const again = await download(t, documentPath(dossier.id, 'submission'), 'clerk.07234', { 'If-None-Match': first.headers['etag'] });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect((await download(t, documentPath(dossier.id, 'submission'), 'admin')).body.equals(first.body)).toBe(true);
    });

    it('draws the list and each nominee’s report live from the data, with criteria and diacritics', async () => {
      const list = await download(t, documentPath(dossier.id, 'nominee-list'), 'clerk.07234');
      expect([list.status, list.headers['x-document-status']]).toEqual([200, 'live']);
      expect(pdfText(list.body)).toEqual(expect.stringContaining('Hộ ông Đặng Văn Quý'));
      expect(pdfText(list.body)).toContain('Ông Nguyễn Văn Ấn');

      const household = dossier.nominees.find((nominee) => nominee.fullName === 'Hộ ông Đặng Văn Quý');
      const report = await download(t, `/api/dossiers/${dossier.id}/nominees/${household?.id}/documents/achievement-report.pdf`, 'clerk.07234');
      expect(report.status).toBe(200);
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(report.headers['content-disposition'])?.[1] ?? '')).toBe(`Báo cáo thành tích ${dossier.code} - Hộ ông Đặng Văn Quý.pdf`);
      const text = pdfText(report.body);
      expect(text).toContain('BÁO CÁO THÀNH TÍCH');
      expect(text).toContain('Hộ ông Đặng Văn Quý');
      const criteria = POVERTY_MOVEMENT_2016_2020.criteria.filter((criterion) => criterion.subjectType === 'household');
      expect(criteria.length).toBeGreaterThan(0);
      for (const criterion of criteria) expect(text).toContain(criterion.label.slice(0, 25));
      expect(text).toContain('Đạt');
    });

    it('refuses with 409 DOCUMENT_NOT_AVAILABLE, in Vietnamese, the papers a draft cannot have', async () => {
      for (const kind of ['minutes', 'decision', 'certificates']) {
        const got = await download(t, documentPath(dossier.id, kind), 'clerk.07234');
        expect({ kind, status: got.status, code: got.error.code }).toEqual({ kind, status: 409, code: 'DOCUMENT_NOT_AVAILABLE' });
        expect(got.error.message).toContain('chưa được trình');
      }
      expect(await issuedDocuments(t, dossier.id)).toEqual([]);
    });

    it('answers 404 DOCUMENT_KIND_UNKNOWN for a kind that does not exist, and 404 for a nominee of another dossier', async () => {
      for (const kind of ['quyet-dinh', 'achievement-report', 'SUBMISSION']) {
        const got = await download(t, documentPath(dossier.id, kind), 'clerk.07234');
        expect({ status: got.status, code: got.error.code }).toEqual({ status: 404, code: 'DOCUMENT_KIND_UNKNOWN' });
      }
      const other = await create({ awardTypeCode: 'GK-CT-XA', nominees: NOMINEES.slice(0, 1) });
      const got = await download(t, `/api/dossiers/${dossier.id}/nominees/${other.nominees[0]?.id}/documents/achievement-report.pdf`, 'clerk.07234');
      expect({ status: got.status, code: got.error.code }).toEqual({ status: 404, code: 'NOMINEE_NOT_FOUND' });
    });

    it('gives the bundle of a draft as a draft: the tờ trình, the list and the reports', async () => {
      const got = await download(t, documentPath(dossier.id, 'bundle'), 'clerk.07234');
      expect([got.status, got.headers['x-document-status']]).toEqual([200, 'draft']);
      const text = pdfText(got.body);
      for (const phrase of ['DỰ THẢO', 'HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG', dossier.code, 'TỜ TRÌNH', 'Báo cáo thành tích: Hộ ông Đặng Văn Quý', 'Ông Nguyễn Văn Ấn']) expect(text).toContain(phrase);
    });
  });

  describe('a Giấy khen of the commune, from submit to decision', () => {
    let dossier: Awaited<ReturnType<typeof create>>;

    beforeAll(async () => {
      dossier = await create({ awardTypeCode: 'GK-CT-XA', nominees: NOMINEES });
      await t.http().post(`/api/dossiers/${dossier.id}/submit`).set(await t.as('clerk.07234')).expect(200);
    });

    it('issued the tờ trình at submit and serves those bytes, no longer a draft', async () => {
      const issued = await issuedDocuments(t, dossier.id, 'clerk.07234');
      expect(issued.map((row) => [row.kind, row.level, row.signed])).toEqual([['submission', 'commune', false]]);
      const got = await download(t, documentPath(dossier.id, 'submission'), 'clerk.07234');
      expect([got.status, got.headers['x-document-status'], sha256(got.body)]).toEqual([200, 'issued', issued[0]?.sha256]);
      expect(pdfText(got.body)).not.toContain('DỰ THẢO');
      expect(pdfText(got.body)).toContain('Chủ tịch — Thị trấn Cầu Gồ');
      // Before the council has voted there are no minutes, and no decision.
      const minutes = await download(t, documentPath(dossier.id, 'minutes'), 'clerk.07234');
      expect([minutes.status, minutes.error.code]).toEqual([409, 'DOCUMENT_NOT_AVAILABLE']);
      expect(minutes.error.message).toContain('Hội đồng Thi đua - Khen thưởng chưa họp');
      const decision = await download(t, documentPath(dossier.id, 'decision'), 'clerk.07234');
      expect([decision.status, decision.error.code]).toEqual([409, 'DOCUMENT_NOT_AVAILABLE']);
      expect(decision.error.message).toContain('chưa đến bước Chủ tịch quyết định');
    });

    it('issues the minutes when the council vote is recorded: who sat, votes per nominee, the verdict', async () => {
      const council = await driver.step(dossier.id, () => ({ outcome: 'record', data: { members: 9, present: 8, votesFor: 8, meetingDate: '2026-03-04' } }));
      expect(council.elementId).toBe('commune_council');
      const issued = await issuedDocuments(t, dossier.id);
      expect(issued.map((row) => row.kind)).toEqual(['submission', 'minutes']);
      const got = await download(t, documentPath(dossier.id, 'minutes'), 'secretary.07234');
      expect([got.status, got.headers['x-document-status']]).toEqual([200, 'issued']);
      const text = pdfText(got.body);
      for (const phrase of ['BIÊN BẢN', 'HỘI ĐỒNG', 'Hội đồng Thi đua - Khen thưởng thị trấn Cầu Gồ', 'ngày 04 tháng 3 năm 2026', 'tổng số 09; có mặt 08; vắng mặt 01', 'Ông Nguyễn Văn Ấn', 'Hộ bà Hoàng Thị Lụa', 'Hội Liên hiệp Phụ nữ thị trấn Cầu Gồ', '8/9', '88,9%', 'Đạt', dossier.code]) {
        expect(text).toContain(phrase);
      }
      expect(text).not.toContain('Không đạt');
    });

    it('shows the decision as a draft while the chairman’s step is open, then issues it with the certificates', async () => {
      const open = await driver.onlyOpenTask(dossier.id);
      expect(open.elementId).toBe('commune_decide');
      const draft = await download(t, documentPath(dossier.id, 'decision'), 'chairman.07234');
      expect([draft.status, draft.headers['x-document-status']]).toEqual([200, 'draft']);
      expect(pdfText(draft.body)).toContain('DỰ THẢO');

      await driver.completeOk(open, { outcome: 'decide', data: { documentNumber: '27/QĐ-UBND', signedOn: '2026-03-06' } });
      const issued = await issuedDocuments(t, dossier.id);
      expect(issued.map((row) => row.kind)).toEqual(['submission', 'minutes', 'decision', 'certificates']);
      const decision = await download(t, documentPath(dossier.id, 'decision'), 'clerk.07234');
      expect([decision.status, decision.headers['x-document-status']]).toEqual([200, 'issued']);
      const text = pdfText(decision.body);
      for (const phrase of ['QUYẾT ĐỊNH', 'Số: 27/QĐ-UBND', 'ngày 06 tháng 3 năm 2026', 'CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ TRẤN CẦU GỒ', 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 'Ông Nguyễn Văn Ấn', 'Hộ bà Hoàng Thị Lụa', 'Hội Liên hiệp Phụ nữ thị trấn Cầu Gồ']) {
        expect(text).toContain(phrase);
      }
      expect(text).not.toContain('DỰ THẢO');

      const certificates = await download(t, documentPath(dossier.id, 'certificates'), 'clerk.07234');
      expect(certificates.status).toBe(200);
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(certificates.headers['content-disposition'])?.[1] ?? '')).toBe(`Giấy khen ${dossier.code}.pdf`);
      const certificateText = pdfText(certificates.body);
      for (const phrase of ['GIẤY KHEN', 'Ông Nguyễn Văn Ấn', 'Hộ bà Hoàng Thị Lụa', 'Hội Liên hiệp Phụ nữ thị trấn Cầu Gồ', '27/QĐ-UBND']) expect(certificateText).toContain(phrase);
    });

    it('lists each level’s outcome in the nominee list', async () => {
      const text = pdfText((await download(t, documentPath(dossier.id, 'nominee-list'), 'clerk.07234')).body);
      expect(text).toContain('Kết quả cấp xã');
      expect(text).toContain('Đồng ý');
      expect(text).not.toContain('Đang xét');
    });

    it('keeps an issued paper as issued: renaming a nominee changes the live list, not the decision', async () => {
      const before = await download(t, documentPath(dossier.id, 'decision'), 'clerk.07234');
      await t.dataSource.query(`UPDATE nominees SET full_name = 'Ông Nguyễn Văn Ấn Đổi Tên', search_text = 'ong nguyen van an doi ten' WHERE dossier_id = $1 AND position = 1`, [dossier.id]);
      const after = await download(t, documentPath(dossier.id, 'decision'), 'clerk.07234');
      expect(after.body.equals(before.body)).toBe(true);
      expect(after.headers['etag']).toBe(before.headers['etag']);
      expect(pdfText(after.body)).not.toContain('Đổi Tên');
      const listed = await issuedDocuments(t, dossier.id);
      expect(listed.find((row) => row.kind === 'decision')?.sha256).toBe(sha256(after.body));
      expect(pdfText((await download(t, documentPath(dossier.id, 'nominee-list'), 'clerk.07234')).body)).toContain('Ông Nguyễn Văn Ấn Đổi Tên');
    });

    it('lets whoever may read the dossier download its papers and hides them from everyone else', async () => {
      for (const [username, status] of [
        ['clerk.07234', 200],
        ['secretary.07234', 200],
        ['clerk.215', 200],
        ['supervisor.24', 200],
        ['admin', 200],
        ['clerk.07246', 404],
        ['chairman.07246', 404],
        ['supervisor.01', 404],
      ] as const) {
        for (const path of [documentPath(dossier.id, 'decision'), documentPath(dossier.id, 'nominee-list'), `/api/dossiers/${dossier.id}/documents`]) {
          const got = await download(t, path, username);
          expect({ username, path, status: got.status, code: got.error.code }).toEqual({ username, path, status, code: status === 404 ? 'DOSSIER_NOT_FOUND' : undefined });
        }
      }
    });
  });

  it('has no decision for a dossier the chairman refused, and says so', async () => {
    const dossier = await create({ awardTypeCode: 'GK-CT-XA', nominees: NOMINEES.slice(0, 1) });
    await t.http().post(`/api/dossiers/${dossier.id}/submit`).set(await t.as('clerk.07234')).expect(200);
    await driver.step(dossier.id);
    await driver.step(dossier.id, () => ({ outcome: 'reject', comment: 'Chưa đủ thành tích tiêu biểu' }));
    for (const kind of ['decision', 'certificates']) {
      const got = await download(t, documentPath(dossier.id, kind), 'clerk.07234');
      expect([got.status, got.error.code]).toEqual([409, 'DOCUMENT_NOT_AVAILABLE']);
      expect(got.error.message).toContain('đã kết thúc');
    }
    const list = pdfText((await download(t, documentPath(dossier.id, 'nominee-list'), 'clerk.07234')).body);
    expect(list).toContain('Không đề nghị: Chưa đủ thành tích tiêu biểu');
    expect((await issuedDocuments(t, dossier.id)).map((row) => row.kind)).toEqual(['submission', 'minutes']);
  });
});
