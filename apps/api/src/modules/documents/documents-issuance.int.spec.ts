import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChainDriver } from '../../testing/chain-driver';
import { multipartBody } from '../../testing/multipart';
import { pdfText } from '../../testing/pdf-tools';
import { samplePdf, samplePng } from '../../testing/sample-files';
import { useTestApp, type TestApp } from '../../testing/test-app';
import { DocumentIssuer } from './issuance/document-issuer';
import { documentPath, download, issuedDocuments, sha256 } from '../../testing/document-client';

const documentsDir = mkdtempSync(join(tmpdir(), 'vd-documents-'));
const attachmentsDir = mkdtempSync(join(tmpdir(), 'vd-attachments-'));

/** Starts like a PDF, then nothing a reader can parse: accepted at upload, not mergeable. */
const CORRUPT_PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref garbage trailer <<>>\n%%EOF\n');

describe('documents issued at the steps of a four-tier chain (commune → district → province)', () => {
  const app = useTestApp({ DOCUMENTS_DIR: documentsDir, ATTACHMENTS_DIR: attachmentsDir });
  let t: TestApp;
  let driver: ChainDriver;
  let dossierId: string;
  let code: string;
  afterAll(() => {
    rmSync(documentsDir, { recursive: true, force: true });
    rmSync(attachmentsDir, { recursive: true, force: true });
  });

  async function upload(id: string, fileName: string, content: Buffer) {
    const { body, contentType } = multipartBody([{ name: 'file', fileName, content }]);
    const response = await t.http().post(`/api/dossiers/${id}/attachments`).set(await t.as('clerk.07234')).set('Content-Type', contentType).send(body);
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(response.body)}`);
  }

  beforeAll(async () => {
    ({ t, driver } = app);
    const created = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as('clerk.07234'))
      .send({
        awardTypeCode: 'BK-CT-TINH',
        localityId: await driver.localityId('07234'),
        title: 'Đề nghị tặng Bằng khen tổng kết phong trào giảm nghèo',
        nominees: [
          { kind: 'individual', fullName: 'Bà Lương Thị Hằng', title: 'Chủ tịch Hội Nông dân thị trấn Cầu Gồ' },
          { kind: 'household', fullName: 'Hộ ông Triệu Văn Đức' },
        ],
      })
      .expect(201);
    ({ id: dossierId, code } = created.body);
    await upload(dossierId, 'Biên bản bình xét của thôn.pdf', await samplePdf('Bien ban binh xet cua thon Dong Tam'));
    await upload(dossierId, 'Tệp hỏng.pdf', CORRUPT_PDF);
    await upload(dossierId, 'Ảnh trao thưởng.png', await samplePng());
    await t.http().post(`/api/dossiers/${dossierId}/submit`).set(await t.as('clerk.07234')).expect(200);
    await driver.runToEnd(dossierId);
  });

  it('issued one tờ trình, the minutes of each level’s council, and the province’s decision with its certificates', async () => {
    const issued = await issuedDocuments(t, dossierId, 'clerk.07234');
    expect(issued.map((row) => `${row.kind}:${row.level}`)).toEqual(['submission:commune', 'minutes:commune', 'minutes:district', 'minutes:province', 'decision:province', 'certificates:province']);
    expect(issued.every((row) => !row.signed && /^[0-9a-f]{64}$/.test(row.sha256))).toBe(true);
  });

  it('serves the minutes of the latest council, or of the level asked for', async () => {
    const latest = pdfText((await download(t, documentPath(dossierId, 'minutes'), 'clerk.07234')).body);
    expect(latest).toContain('Hội đồng Thi đua - Khen thưởng tỉnh Bắc Giang');
    const district = await download(t, documentPath(dossierId, 'minutes', '?level=district'), 'clerk.07234');
    expect(district.status).toBe(200);
    expect(pdfText(district.body)).toContain('Hội đồng Thi đua - Khen thưởng huyện Yên Thế');
    const central = await download(t, documentPath(dossierId, 'minutes', '?level=central'), 'clerk.07234');
    expect([central.status, central.error.code]).toEqual([409, 'DOCUMENT_NOT_AVAILABLE']);
    const bad = await download(t, documentPath(dossierId, 'minutes', '?level=thon'), 'clerk.07234');
    expect([bad.status, bad.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('prints the decision of the province with every level’s outcome on the list', async () => {
    const decision = pdfText((await download(t, documentPath(dossierId, 'decision'), 'supervisor.24')).body);
    for (const phrase of ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', 'Bà Lương Thị Hằng', 'Hộ ông Triệu Văn Đức', 'Xét đề nghị của Chủ tịch UBND huyện Yên Thế']) expect(decision).toContain(phrase);
    const certificates = pdfText((await download(t, documentPath(dossierId, 'certificates'), 'supervisor.24')).body);
    expect(certificates).toContain('BẰNG KHEN');
    const list = pdfText((await download(t, documentPath(dossierId, 'nominee-list'), 'supervisor.24')).body);
    expect(list).toContain('Kết quả cấp xã');
    expect(list).toContain('Kết quả cấp tỉnh');
    expect(list.match(/Đồng ý/g)?.length).toBe(6);
  });

  it('keeps each issued file whole under DOCUMENTS_DIR, nothing temporary beside it', async () => {
    const issued = await issuedDocuments(t, dossierId);
    const folder = join(documentsDir, dossierId);
    expect(readdirSync(folder).sort()).toEqual(issued.map((row) => row.id).sort());
    for (const row of issued) {
      const content = readFileSync(join(folder, row.id));
      expect([content.length, sha256(content)]).toEqual([row.sizeBytes, row.sha256]);
    }
  });

  it('refuses to change or delete an issued row at the database itself', async () => {
    const [row] = await issuedDocuments(t, dossierId);
    await expect(t.dataSource.query(`UPDATE issued_documents SET sha256 = repeat('0', 64) WHERE id = $1`, [row?.id])).rejects.toThrow(/never change/);
    await expect(t.dataSource.query(`DELETE FROM issued_documents WHERE id = $1`, [row?.id])).rejects.toThrow(/never change/);
    expect((await issuedDocuments(t, dossierId))[0]?.sha256).toBe(row?.sha256);
  });

  it('bundles everything with the issued papers as issued, and lists the attachments it could not merge instead of failing', async () => {
    const got = await download(t, documentPath(dossierId, 'bundle'), 'clerk.215');
    expect([got.status, got.headers['content-type'], got.headers['x-document-status']]).toEqual([200, 'application/pdf', 'live']);
    const text = pdfText(got.body);
    for (const phrase of [code, 'MỤC LỤC', 'TỜ TRÌNH', 'DANH SÁCH', 'BÁO CÁO THÀNH TÍCH', 'BIÊN BẢN', 'QUYẾT ĐỊNH', 'BẰNG KHEN', 'Bien ban binh xet cua thon Dong Tam', 'Tệp hỏng.pdf', 'Ảnh trao thưởng.png', 'không ghép được']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('không phải tệp PDF');
    expect(text).toContain('bị hỏng');
    // The decision inside is the issued one, byte for byte on its pages' text.
    const decision = pdfText((await download(t, documentPath(dossierId, 'decision'), 'clerk.215')).body);
    expect(text).toContain(decision.slice(0, 200).trim());
  });

  it('issues at the next read what a step made but a crash kept from being issued', async () => {
    const issuer = t.app.get(DocumentIssuer);
    const afterStep = jest.spyOn(issuer, 'afterStep').mockImplementation(() => undefined);
    try {
      const other = await driver.createAndSubmit({ localityCode: '07246', awardTypeCode: 'GK-CT-XA', nominees: 1 });
      await driver.step(other);
      expect(afterStep).toHaveBeenCalledTimes(2);
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM issued_documents WHERE dossier_id = $1', [other]);
      expect(n).toBe(0);
      expect(existsSync(join(documentsDir, other))).toBe(false);
      const got = await download(t, documentPath(other, 'minutes'), 'clerk.07246');
      expect([got.status, got.headers['x-document-status']]).toEqual([200, 'issued']);
      expect((await issuedDocuments(t, other)).map((row) => row.kind)).toEqual(['submission', 'minutes']);
    } finally {
      afterStep.mockRestore();
    }
  });
});
