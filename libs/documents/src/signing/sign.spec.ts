import { renderDecision } from '../kinds/decision';
import { awardedNominees, sampleDecision, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { testIdentity } from '../testing/identity';
import { pdfPages } from '../testing/pdf';
import { pdfsig } from '../testing/pdfsig';
import { signPdf } from './sign';

describe('signPdf', () => {
  const identity = { p12: testIdentity('Lê Ánh Dương', 'matkhau'), passphrase: 'matkhau' };
  const info = { name: 'Lê Ánh Dương', reason: 'Ký Quyết định khen thưởng', location: 'Bắc Giang', signingTime: new Date('2020-12-18T03:00:00Z') };

  it('adds a PAdES signature that verifies over the document, reproducibly', async () => {
    const { bytes } = await renderDecision(sampleDecision(awardedNominees(sampleNominees(10))), META);
    const signed = await signPdf(bytes, identity, info);
    const report = pdfsig(signed);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Lê Ánh Dương');
    // The signed file still reads as the decision.
    expect(pdfPages(signed).join(' ')).toContain('QUYẾT ĐỊNH');
    expect(Buffer.compare(Buffer.from(await signPdf(bytes, identity, info)), Buffer.from(signed))).toBe(0);

    // One letter changed inside the signed range (the Producer entry, so the file still
    // parses) and the signature no longer verifies.
    const tampered = Uint8Array.from(signed);
    const at = Buffer.from(tampered).indexOf('(PDFKit)', 0, 'latin1');
    expect(at).toBeGreaterThan(0);
    tampered[at + 4] = 'k'.charCodeAt(0);
    const verdict = pdfsig(tampered);
    expect(verdict).toContain('Signature Field Name');
    expect(verdict).not.toContain('Signature is Valid');
  });

  it('fails with a typed error on a wrong passphrase', async () => {
    const { bytes } = await renderDecision(sampleDecision(awardedNominees(sampleNominees(3))), META);
    await expect(signPdf(bytes, { ...identity, passphrase: 'sai' }, info)).rejects.toMatchObject({ code: 'INVALID_SIGNING_IDENTITY' });
  });
});
