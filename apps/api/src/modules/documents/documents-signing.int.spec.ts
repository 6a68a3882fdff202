import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChainDriver } from '../../testing/chain-driver';
import { multipartBody, type MultipartPart } from '../../testing/multipart';
import { opensslIdentity, pdfsig, pdfText } from '../../testing/pdf-tools';
import { samplePdf } from '../../testing/sample-files';
import { useTestApp, type TestApp } from '../../testing/test-app';
import { documentPath, download, issuedDocuments, sha256 } from '../../testing/document-client';

const documentsDir = mkdtempSync(join(tmpdir(), 'vd-documents-'));
const PASSPHRASE = 'mat-khau-ky-so-2026';

describe('POST /api/dossiers/{id}/documents/decision/sign', () => {
  const app = useTestApp({ DOCUMENTS_DIR: documentsDir });
  let t: TestApp;
  let driver: ChainDriver;
  let decided: string;
  let identity: Buffer;
  afterAll(() => rmSync(documentsDir, { recursive: true, force: true }));

  beforeAll(async () => {
    ({ t, driver } = app);
    identity = opensslIdentity('Nguyễn Văn Chủ Tịch', PASSPHRASE);
    // The certificate is valid from the moment openssl made it: the test clock must not be before that.
    t.clock.set(new Date(Date.now() + 60_000));
    decided = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'GK-CT-XA', nominees: 2 });
    await driver.runToEnd(decided);
  });

  async function sign(dossierId: string, username: string, parts: MultipartPart[]) {
    const { body, contentType } = multipartBody(parts);
    return t.http().post(`/api/dossiers/${dossierId}/documents/decision/sign`).set(await t.as(username)).set('Content-Type', contentType).send(body);
  }
  const withP12 = (content: Buffer, passphrase = PASSPHRASE): MultipartPart[] => [
    { name: 'file', fileName: 'chu-tich.p12', content, contentType: 'application/x-pkcs12' },
    { name: 'passphrase', value: passphrase },
  ];

  /** Everything a refused signature must leave as it was. */
  async function footprint(dossierId: string) {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM issued_documents WHERE dossier_id = $1) AS documents,
              (SELECT count(*)::int FROM audit_events WHERE dossier_id = $1) AS events`,
      [dossierId],
    );
    const folder = join(documentsDir, dossierId);
    return { ...row, files: existsSync(folder) ? readdirSync(folder).sort() : [] };
  }

  it.each([
    ['a wrong passphrase', () => withP12(identity, 'sai-mat-khau'), 'sai mật khẩu'],
    ['a file that is not a PKCS#12', async () => withP12(await samplePdf()), 'không phải chứng thư số'],
    ['no file at all', async () => [{ name: 'passphrase', value: PASSPHRASE }], 'chưa gửi tệp'],
  ])('refuses %s with 422 SIGNING_CERTIFICATE_INVALID and writes nothing', async (_what, parts, reason) => {
    await issuedDocuments(t, decided); // whatever the steps made is issued before we count
    const before = await footprint(decided);
    const response = await sign(decided, 'chairman.07234', await parts());
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code: 'SIGNING_CERTIFICATE_INVALID' });
    expect(response.body.message).toContain(reason);
    expect(JSON.stringify(response.body)).not.toContain(PASSPHRASE);
    expect(await footprint(decided)).toEqual(before);
  });

  it.each([
    ['the commune clerk', 'clerk.07234', 403, 'DOCUMENT_SIGN_FORBIDDEN'],
    ['the district chairman', 'chairman.215', 403, 'DOCUMENT_SIGN_FORBIDDEN'],
    ['the province supervisor', 'supervisor.24', 403, 'DOCUMENT_SIGN_FORBIDDEN'],
    ['a chairman of another commune', 'chairman.07246', 404, 'DOSSIER_NOT_FOUND'],
  ])('refuses %s, who did not decide, and writes nothing', async (_who, username, status, code) => {
    await issuedDocuments(t, decided);
    const before = await footprint(decided);
    const response = await sign(decided, username, withP12(identity));
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint(decided)).toEqual(before);
  });

  it('refuses to sign a dossier that has no issued decision yet (409)', async () => {
    const undecided = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'GK-CT-XA', nominees: 1 });
    const response = await sign(undecided, 'chairman.07234', withP12(identity));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 409, code: 'DOCUMENT_NOT_AVAILABLE' });
  });

  it('signs the issued decision as a new version that pdfsig verifies; the unsigned one stays in the history', async () => {
    const unsigned = await download(t, documentPath(decided, 'decision'), 'chairman.07234');
    const response = await sign(decided, 'chairman.07234', withP12(identity));
    expect([response.status, response.body.message]).toEqual([201, undefined]);
    expect(response.body).toMatchObject({ kind: 'decision', level: 'commune', signed: true, issuedBy: 'chairman.07234' });
    expect(response.body.signerSubject).toContain('CN=Nguyễn Văn Chủ Tịch');

    const signed = await download(t, documentPath(decided, 'decision'), 'clerk.07234');
    expect([signed.status, signed.headers['x-document-status'], sha256(signed.body)]).toEqual([200, 'issued', response.body.sha256]);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(signed.headers['content-disposition'])?.[1] ?? '')).toContain('(đã ký số)');
    const report = pdfsig(signed.body);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Nguyễn Văn Chủ Tịch');
    expect(pdfText(signed.body)).toContain('QUYẾT ĐỊNH');
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM issued_documents WHERE dossier_id = $1', [decided]))).not.toContain(PASSPHRASE);

    const history = await issuedDocuments(t, decided);
    const decisions = history.filter((row) => row.kind === 'decision');
    expect(decisions.map((row) => row.signed)).toEqual([false, true]);
    expect(decisions[0]?.sha256).toBe(sha256(unsigned.body));
    const old = await download(t, decisions[0]?.href ?? '', 'clerk.07234');
    expect(old.body.equals(unsigned.body)).toBe(true);
    const unknown = await download(t, documentPath(decided, 'decision', '?issuedId=00000000-0000-4000-8000-000000000000'), 'clerk.07234');
    expect([unknown.status, unknown.error.code]).toEqual([404, 'DOCUMENT_NOT_FOUND']);
    const events = (await driver.dossier(decided)).history.events.filter((event: { type: string }) => event.type === 'document.signed');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'chairman.07234', payload: { kind: 'decision', sha256: response.body.sha256 } });
  });

  it('refuses a second signature (409 DOCUMENT_ALREADY_SIGNED)', async () => {
    const before = await footprint(decided);
    const response = await sign(decided, 'chairman.07234', withP12(identity));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 409, code: 'DOCUMENT_ALREADY_SIGNED' });
    expect(await footprint(decided)).toEqual(before);
  });
});
