import forge from 'node-forge';
import { SigningCertificateInvalidError } from '../documents.errors';

export interface SigningCertificate {
  /** "CN=Nguyễn Văn A, O=UBND tỉnh Bắc Giang, C=VN". */
  subject: string;
  commonName: string;
  notBefore: Date;
  notAfter: Date;
}

const MAX_P12_BYTES = 64 * 1024;

/**
 * Opens a PKCS#12 file with its passphrase and returns the certificate that belongs to its
 * private key. The passphrase is used here and by the signer only: it is never stored,
 * logged or echoed back, and no error message quotes it.
 */
export function readSigningCertificate(p12: Buffer, passphrase: string, now: Date): SigningCertificate {
  if (p12.length === 0) throw new SigningCertificateInvalidError('chưa gửi tệp chứng thư số (.p12, .pfx)');
  if (p12.length > MAX_P12_BYTES) throw new SigningCertificateInvalidError('tệp quá lớn, không phải một tệp PKCS#12');
  let store: forge.pkcs12.Pkcs12Pfx;
  try {
    store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), passphrase);
  } catch (error) {
    const wrongPassphrase = /MAC could not be verified|Invalid password|decrypt/i.test(error instanceof Error ? error.message : '');
    throw new SigningCertificateInvalidError(wrongPassphrase ? 'sai mật khẩu của tệp chứng thư số' : 'tệp không phải chứng thư số PKCS#12 (.p12, .pfx)');
  }
  const keys = [
    ...(store.getBags({ bagType: forge.pki.oids['pkcs8ShroudedKeyBag'] })[forge.pki.oids['pkcs8ShroudedKeyBag'] as string] ?? []),
    ...(store.getBags({ bagType: forge.pki.oids['keyBag'] })[forge.pki.oids['keyBag'] as string] ?? []),
  ];
  const key = keys.find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new SigningCertificateInvalidError('tệp không chứa khóa bí mật để ký');
  const certificates = (store.getBags({ bagType: forge.pki.oids['certBag'] })[forge.pki.oids['certBag'] as string] ?? []).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const own = certificates.find((cert) => (cert.publicKey as forge.pki.rsa.PublicKey).n?.equals(key.n));
  if (!own) throw new SigningCertificateInvalidError('tệp không chứa chứng thư của khóa bí mật');
  if (now < own.validity.notBefore || now > own.validity.notAfter) throw new SigningCertificateInvalidError('chứng thư số chưa có hiệu lực hoặc đã hết hạn');
  const attributes = own.subject.attributes.map((attribute) => ({ name: attribute.shortName ?? attribute.name ?? attribute.type, value: decode(String(attribute.value)) }));
  return {
    subject: attributes.map((attribute) => `${attribute.name}=${attribute.value}`).join(', '),
    commonName: attributes.find((attribute) => attribute.name === 'CN')?.value ?? '',
    notBefore: own.validity.notBefore,
    notAfter: own.validity.notAfter,
  };
}

/** Subject values come as UTF-8 bytes in a binary string (forge's convention). */
function decode(value: string): string {
  try {
    return forge.util.decodeUtf8(value).normalize('NFC');
  } catch {
    return value;
  }
}
