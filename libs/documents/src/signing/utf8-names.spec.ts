import { renderDecision } from '../kinds/decision';
import { awardedNominees, sampleDecision, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { testIdentity } from '../testing/identity';
import { pdfsig } from '../testing/pdfsig';
import { signPdf } from './sign';

describe('signPdf with a certificate named in Vietnamese (UTF8String)', () => {
  it('writes the signer’s issuer as the certificate has it, so the signature validates', async () => {
    const { bytes } = await renderDecision(sampleDecision(awardedNominees(sampleNominees(3))), META);
    const identity = { p12: testIdentity('Lê Ánh Dương', 'matkhau', { names: 'utf8', organization: 'UBND tỉnh Bắc Giang' }), passphrase: 'matkhau' };
    const signed = await signPdf(bytes, identity, { name: 'Lê Ánh Dương', reason: 'Ký Quyết định khen thưởng', location: 'Bắc Giang', signingTime: new Date('2020-12-18T03:00:00Z') });
    const report = pdfsig(signed);
    expect(report).toContain('Signer Certificate Common Name: Lê Ánh Dương');
    expect(report).toContain('Signature is Valid');
  });
});
