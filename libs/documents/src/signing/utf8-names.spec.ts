import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { renderDecision } from '../kinds/decision';
import { awardedNominees, sampleDecision, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { signPdf } from './sign';

/** A self-signed identity whose names are UTF8String, as openssl and the Vietnamese CAs write them. */
function utf8Identity(commonName: string, passphrase: string): Uint8Array {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date('2020-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
  const names = [
    { name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'organizationName', value: 'UBND tỉnh Bắc Giang', valueTagClass: forge.asn1.Type.UTF8 },
  ] as unknown as forge.pki.CertificateField[];
  cert.setSubject(names);
  cert.setIssuer(names);
  cert.sign(key, forge.md.sha256.create());
  return new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' })).getBytes(), 'binary'));
}

function pdfsig(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'vd-sig-'));
  try {
    writeFileSync(join(dir, 'f.pdf'), bytes);
    try {
      return execFileSync('pdfsig', [join(dir, 'f.pdf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      return String((e as { stdout?: string }).stdout ?? '');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('signPdf with a certificate named in Vietnamese (UTF8String)', () => {
  it('writes the signer’s issuer as the certificate has it, so the signature validates', async () => {
    const { bytes } = await renderDecision(sampleDecision(awardedNominees(sampleNominees(3))), META);
    const identity = { p12: utf8Identity('Lê Ánh Dương', 'matkhau'), passphrase: 'matkhau' };
    const signed = await signPdf(bytes, identity, { name: 'Lê Ánh Dương', reason: 'Ký Quyết định khen thưởng', location: 'Bắc Giang', signingTime: new Date('2020-12-18T03:00:00Z') });
    const report = pdfsig(signed);
    expect(report).toContain('Signer Certificate Common Name: Lê Ánh Dương');
    expect(report).toContain('Signature is Valid');
  });
});
