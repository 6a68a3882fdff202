import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../audit/audit-log';
import { ChainDriver } from '../../testing/chain-driver';
import { binaryBody, multipartBody, type MultipartPart } from '../../testing/multipart';
import { sampleDocx, sampleJpeg, samplePdf, samplePng, sampleXlsx } from '../../testing/sample-files';
import { useTestApp, type TestApp } from '../../testing/test-app';

const MAX_BYTES = 256 * 1024;
const attachmentsDir = mkdtempSync(join(tmpdir(), 'vd-attachments-'));

describe('dossier attachments', () => {
  const app = useTestApp({ ATTACHMENTS_DIR: attachmentsDir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });
  afterAll(() => rmSync(attachmentsDir, { recursive: true, force: true }));

  async function createDraft(localityCode = '07234'): Promise<string> {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({
        awardTypeCode: 'BK-CT-TINH',
        localityId: await driver.localityId(localityCode),
        title: 'Đề nghị tặng Bằng khen hộ thoát nghèo',
        nominees: [{ kind: 'household', fullName: 'Hộ ông Hoàng Văn Thái' }],
      })
      .expect(201);
    return response.body.id as string;
  }

  async function upload(dossierId: string, parts: MultipartPart[], username = 'clerk.07234') {
    const { body, contentType } = multipartBody(parts);
    return t.http().post(`/api/dossiers/${dossierId}/attachments`).set(await t.as(username)).set('Content-Type', contentType).send(body);
  }

  const file = (fileName: string, content: Buffer): MultipartPart => ({ name: 'file', fileName, content });

  async function download(dossierId: string, attachmentId: string, username = 'clerk.07234') {
    return t.http().get(`/api/dossiers/${dossierId}/attachments/${attachmentId}`).set(await t.as(username)).buffer(true).parse(binaryBody);
  }

  /** Everything an upload or delete may leave behind: rows, audit events, files (temporary ones too). */
  async function footprint(dossierId: string) {
    const [{ rows }] = await t.dataSource.query('SELECT count(*)::int AS rows FROM attachments WHERE dossier_id = $1', [dossierId]);
    const [{ events }] = await t.dataSource.query('SELECT count(*)::int AS events FROM audit_events WHERE dossier_id = $1', [dossierId]);
    const folder = join(attachmentsDir, dossierId);
    return { rows, events, files: existsSync(folder) ? readdirSync(folder).sort() : [] };
  }

  const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

  it.each([
    ['a PDF', 'Biên bản họp Hội đồng.pdf', 'application/pdf', samplePdf],
    ['a PNG', 'Ảnh bằng khen.png', 'image/png', samplePng],
    ['a JPEG', 'anh-chup.JPG', 'image/jpeg', async () => sampleJpeg()],
    ['a DOCX', 'Báo cáo thành tích.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', async () => sampleDocx()],
    ['an XLSX', 'Số liệu hộ cận nghèo.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', () => sampleXlsx()],
  ])('stores %s and gives the same bytes back as a safe download', async (_what, fileName, contentType, make) => {
    const dossierId = await createDraft();
    const content = await make();
    const created = await upload(dossierId, [file(fileName, content), { name: 'description', value: 'Minh chứng kèm theo' }]);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ dossierId, fileName, contentType, sizeBytes: content.length, sha256: sha256(content), description: 'Minh chứng kèm theo', uploadedBy: 'clerk.07234', nomineeId: null });
    const attachmentId = created.body.id as string;
    expect(readFileSync(join(attachmentsDir, dossierId, attachmentId)).equals(content)).toBe(true);

    const fetched = await download(dossierId, attachmentId, 'supervisor.24');
    expect(fetched.status).toBe(200);
    expect(Buffer.isBuffer(fetched.body) && fetched.body.equals(content)).toBe(true);
    expect(fetched.headers['content-type']).toBe(contentType);
    expect(fetched.headers['content-length']).toBe(String(content.length));
    expect(fetched.headers['x-content-type-options']).toBe('nosniff');
    expect(fetched.headers['content-security-policy']).toBe('sandbox');
    expect(fetched.headers['etag']).toBe(`"${sha256(content)}"`);
    expect(fetched.headers['digest']).toBe(`sha-256=${createHash('sha256').update(content).digest('base64')}`);
    const disposition = fetched.headers['content-disposition'] as string;
    expect(disposition.startsWith('attachment; filename="')).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '')).toBe(fileName);

    const list = await t.http().get(`/api/dossiers/${dossierId}/attachments`).set(await t.as('clerk.215')).expect(200);
    expect(list.body).toEqual([created.body]);
    const dossier = await driver.dossier(dossierId);
    expect(dossier.history.verified).toBe(true);
    expect(dossier.history.events.at(-1)).toMatchObject({ type: 'attachment.uploaded', actor: 'clerk.07234', payload: { attachmentId, fileName, sha256: sha256(content) } });
  });

  it('keeps a Vietnamese name in NFC whatever the client sent, and tells old clients an ASCII one', async () => {
    const dossierId = await createDraft();
    const name = 'Tờ trình đề nghị khen thưởng Đợt 1.pdf';
    const created = await upload(dossierId, [file(name.normalize('NFD'), await samplePdf())]).then((r) => r.body);
    expect(created.fileName).toBe(name.normalize('NFC'));
    const fetched = await download(dossierId, created.id);
    expect(fetched.headers['content-disposition']).toContain('filename="To trinh de nghi khen thuong Dot 1.pdf"');
    expect(fetched.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name.normalize('NFC'))}`);
  });

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\canbo\\Tài liệu\\Biên bản.pdf', 'Biên bản.pdf'],
    ['..\\..\\..\\boot.ini.pdf', 'boot.ini.pdf'],
    ['/tmp/../../hồ sơ\u202Efdp.exe.pdf', 'hồ sơfdp.exe.pdf'],
  ])('stores %j under its id only, named %j', async (sent, kept) => {
    const dossierId = await createDraft();
    const response = await upload(dossierId, [file(sent, await samplePdf())]);
    expect(response.status).toBe(201);
    expect(response.body.fileName).toBe(kept);
    expect((await footprint(dossierId)).files).toEqual([response.body.id]);
  });

  it.each([
    ['an .exe renamed .pdf', () => file('Biên bản.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)])), 422, 'ATTACHMENT_CONTENT_MISMATCH'],
    ['an HTML page renamed .png', () => file('anh.png', Buffer.from('<!doctype html><script>alert(document.cookie)</script>')), 422, 'ATTACHMENT_CONTENT_MISMATCH'],
    ['a PNG named .jpg', async () => file('anh.jpg', await samplePng()), 422, 'ATTACHMENT_CONTENT_MISMATCH'],
    ['an XLSX named .docx', async () => file('bao-cao.docx', await sampleXlsx()), 422, 'ATTACHMENT_CONTENT_MISMATCH'],
    ['a PDF named .exe', async () => file('setup.exe', await samplePdf()), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
    ['an HTML file', () => file('trang.html', Buffer.from('<html></html>')), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
    ['a name without extension', async () => file('bien-ban', await samplePdf()), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
    ['an empty file', () => file('trong.pdf', Buffer.alloc(0)), 422, 'ATTACHMENT_EMPTY'],
    ['a file over the limit', () => file('lon.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_BYTES)])), 413, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s and writes nothing', async (_what, make, status, code) => {
    const dossierId = await createDraft();
    const before = await footprint(dossierId);
    const response = await upload(dossierId, [await make()]);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body.message).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
    expect(await footprint(dossierId)).toEqual(before);
  });

  it.each([
    ['no file', () => [{ name: 'description', value: 'x' }], 400, 'ATTACHMENT_FILE_REQUIRED'],
    ['two files', async () => [file('a.pdf', await samplePdf()), file('b.pdf', await samplePdf())], 400, 'UPLOAD_MALFORMED'],
    ['a field the form does not have', async () => [file('a.pdf', await samplePdf()), { name: 'path', value: '/etc' }], 400, 'VALIDATION_FAILED'],
    ['a nominee of another dossier', async () => [file('a.pdf', await samplePdf()), { name: 'nomineeId', value: '00000000-0000-4000-8000-000000000000' }], 422, 'ATTACHMENT_NOMINEE_NOT_FOUND'],
  ])('refuses a form with %s and writes nothing', async (_what, parts, status, code) => {
    const dossierId = await createDraft();
    const before = await footprint(dossierId);
    const response = await upload(dossierId, await parts());
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('ties evidence to a nominee of the dossier', async () => {
    const dossierId = await createDraft();
    const nomineeId = (await driver.dossier(dossierId)).nominees[0].id as string;
    const response = await upload(dossierId, [file('Giấy xác nhận.pdf', await samplePdf()), { name: 'nomineeId', value: nomineeId }]);
    expect([response.status, response.body.nomineeId]).toEqual([201, nomineeId]);
  });

  it.each([
    ['the clerk of another commune, who may not even see it', 'clerk.07246', 404, 'DOSSIER_NOT_FOUND'],
    ['another role at the same commune', 'secretary.07234', 403, 'DOSSIER_FORBIDDEN'],
    ['the clerk of the district above', 'clerk.215', 403, 'DOSSIER_FORBIDDEN'],
    ['the province supervisor', 'supervisor.24', 403, 'DOSSIER_FORBIDDEN'],
  ])('refuses an upload by %s', async (_who, username, status, code) => {
    const dossierId = await createDraft();
    const before = await footprint(dossierId);
    const response = await upload(dossierId, [file('a.pdf', await samplePdf())], username);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('hides the attachments of a dossier from those who may not read it', async () => {
    const dossierId = await createDraft();
    const attachmentId = (await upload(dossierId, [file('a.pdf', await samplePdf())])).body.id as string;
    for (const username of ['clerk.07246', 'supervisor.01']) {
      const headers = await t.as(username);
      const list = await t.http().get(`/api/dossiers/${dossierId}/attachments`).set(headers);
      const fetched = await t.http().get(`/api/dossiers/${dossierId}/attachments/${attachmentId}`).set(headers);
      const removed = await t.http().delete(`/api/dossiers/${dossierId}/attachments/${attachmentId}`).set(headers);
      expect([list.status, list.body.code, fetched.status, fetched.body.code, removed.status, removed.body.code]).toEqual([404, 'DOSSIER_NOT_FOUND', 404, 'DOSSIER_NOT_FOUND', 404, 'DOSSIER_NOT_FOUND']);
    }
    const other = await createDraft('07246');
    const crossed = await t.http().get(`/api/dossiers/${other}/attachments/${attachmentId}`).set(await t.as('clerk.07246'));
    expect([crossed.status, crossed.body.code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
    const anonymous = await t.http().get(`/api/dossiers/${dossierId}/attachments/${attachmentId}`);
    expect(anonymous.status).toBe(401);
    const garbage = await t.http().get(`/api/dossiers/${dossierId}/attachments/..%2F..%2Fetc%2Fpasswd`).set(await t.as('clerk.07234'));
    expect([garbage.status, garbage.body.code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
  });

  it('deletes a draft’s attachment for its clerk only: row, file and an audit event', async () => {
    const dossierId = await createDraft();
    const attachmentId = (await upload(dossierId, [file('Bản nháp.pdf', await samplePdf())])).body.id as string;
    const before = await footprint(dossierId);
    const stranger = await t.http().delete(`/api/dossiers/${dossierId}/attachments/${attachmentId}`).set(await t.as('secretary.07234'));
    expect([stranger.status, stranger.body.code]).toEqual([403, 'DOSSIER_FORBIDDEN']);
    expect(await footprint(dossierId)).toEqual(before);
    await t.http().delete(`/api/dossiers/${dossierId}/attachments/${attachmentId}`).set(await t.as('clerk.07234')).expect(204);
    expect(await footprint(dossierId)).toEqual({ rows: 0, events: before.events + 1, files: [] });
    expect((await driver.dossier(dossierId)).history.events.at(-1)).toMatchObject({ type: 'attachment.deleted', payload: { attachmentId, fileName: 'Bản nháp.pdf' } });
    const gone = await download(dossierId, attachmentId);
    expect([gone.status]).toEqual([404]);
    const again = await t.http().delete(`/api/dossiers/${dossierId}/attachments/${attachmentId}`).set(await t.as('clerk.07234'));
    expect([again.status, again.body.code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
  });

  it('closes uploads and deletes once submitted, reopens uploads while the unit supplements', async () => {
    const dossierId = await createDraft();
    const kept = (await upload(dossierId, [file('Trước khi trình.pdf', await samplePdf())])).body.id as string;
    await t.http().post(`/api/dossiers/${dossierId}/submit`).set(await t.as('clerk.07234')).expect(200);
    const before = await footprint(dossierId);
    const late = await upload(dossierId, [file('Sau khi trình.pdf', await samplePdf())]);
    expect([late.status, late.body.code]).toEqual([409, 'ATTACHMENT_UPLOAD_CLOSED']);
    const removed = await t.http().delete(`/api/dossiers/${dossierId}/attachments/${kept}`).set(await t.as('clerk.07234'));
    expect([removed.status, removed.body.code]).toEqual([409, 'DOSSIER_NOT_DRAFT']);
    expect(await footprint(dossierId)).toEqual(before);
    expect((await download(dossierId, kept, 'clerk.215')).status).toBe(200);

    await driver.step(dossierId); // commune council
    await driver.step(dossierId); // commune chairman forwards to the district
    const appraise = await driver.onlyOpenTask(dossierId);
    await driver.completeOk(appraise, { outcome: 'return', comment: 'Bổ sung biên bản bình xét của thôn' });
    expect((await driver.onlyOpenTask(dossierId)).elementId).toBe('commune_supplement_for_district');
    const supplement = await upload(dossierId, [file('Biên bản bình xét bổ sung.pdf', await samplePdf())]);
    expect(supplement.status).toBe(201);
    const district = await upload(dossierId, [file('Của huyện.pdf', await samplePdf())], 'clerk.215');
    expect([district.status, district.body.code]).toEqual([403, 'DOSSIER_FORBIDDEN']);
    const stillNoDelete = await t.http().delete(`/api/dossiers/${dossierId}/attachments/${supplement.body.id}`).set(await t.as('clerk.07234'));
    expect([stillNoDelete.status, stillNoDelete.body.code]).toEqual([409, 'DOSSIER_NOT_DRAFT']);
  });

  it('says so when a stored file has gone missing (an ATTACHMENTS_DIR not shared between processes)', async () => {
    const dossierId = await createDraft();
    const attachmentId = (await upload(dossierId, [file('a.pdf', await samplePdf())])).body.id as string;
    rmSync(join(attachmentsDir, dossierId, attachmentId));
    const response = await t.http().get(`/api/dossiers/${dossierId}/attachments/${attachmentId}`).set(await t.as('clerk.07234'));
    expect([response.status, response.body.code]).toEqual([500, 'ATTACHMENT_CONTENT_MISSING']);
  });

  it('removes the stored file again when the row cannot be written', async () => {
    const dossierId = await createDraft();
    const before = await footprint(dossierId);
    const audit = t.app.get(AuditLog);
    const failing = jest.spyOn(audit, 'append').mockRejectedValueOnce(new Error('database went away'));
    try {
      const response = await upload(dossierId, [file('a.pdf', await samplePdf())]);
      expect([response.status, response.body.code]).toEqual([500, 'INTERNAL_ERROR']);
    } finally {
      failing.mockRestore();
    }
    expect(await footprint(dossierId)).toEqual(before);
  });
});
