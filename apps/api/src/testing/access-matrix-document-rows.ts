import { hiddenOr, OK, type Actor, type MatrixRow } from './access-actors';
import type { ChainDriver } from './chain-driver';
import { multipartBody } from './multipart';
import type { TestApp } from './test-app';

/**
 * Matrix rows for the dossier documents: whoever may read a dossier downloads its papers;
 * only the chairman of the level that decided may sign the decision (given a file that is no
 * certificate, the chairman gets as far as the certificate check: 422, nothing written).
 */
export interface DocumentFixtures {
  /** A submitted dossier and one of its nominees. */
  dossier: string;
  nominee: string;
  /** A Giấy khen of the filing commune, decided there. */
  decided: string;
}

export async function makeDocumentFixtures(t: TestApp, driver: ChainDriver, dossier: string): Promise<DocumentFixtures> {
  const [{ id: nominee }] = await t.dataSource.query('SELECT id FROM nominees WHERE dossier_id = $1 ORDER BY position LIMIT 1', [dossier]);
  const decided = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'GK-CT-XA', nominees: 1 });
  await driver.runToEnd(decided);
  return { dossier, nominee, decided };
}

const decidingChairman = (a: Actor) => a.role === 'chairman' && a.place === 'filing';

export function documentRows(f: DocumentFixtures): MatrixRow[] {
  return [
    { endpoint: 'GET /api/dossiers/{id}/documents', expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'), send: ({ t }) => t.http().get(`/api/dossiers/${f.decided}/documents`) },
    { endpoint: 'GET /api/dossiers/{id}/documents/{kind}.pdf', expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'), send: ({ t }) => t.http().get(`/api/dossiers/${f.decided}/documents/decision.pdf`) },
    {
      endpoint: 'GET /api/dossiers/{id}/nominees/{nomineeId}/documents/achievement-report.pdf',
      expect: hiddenOr(OK, 'DOSSIER_NOT_FOUND'),
      send: ({ t }) => t.http().get(`/api/dossiers/${f.dossier}/nominees/${f.nominee}/documents/achievement-report.pdf`),
    },
    {
      endpoint: 'POST /api/dossiers/{id}/documents/decision/sign',
      expect: (a) =>
        decidingChairman(a) ? { status: 422, code: 'SIGNING_CERTIFICATE_INVALID' } : hiddenOr({ status: 403, code: 'DOCUMENT_SIGN_FORBIDDEN' }, 'DOSSIER_NOT_FOUND')(a),
      send: ({ t }) => {
        const { body, contentType } = multipartBody([
          { name: 'file', fileName: 'khong-phai-chung-thu.p12', content: Buffer.from('không phải chứng thư số') },
          { name: 'passphrase', value: 'mat-khau' },
        ]);
        return t.http().post(`/api/dossiers/${f.decided}/documents/decision/sign`).set('Content-Type', contentType).send(body);
      },
    },
  ];
}
