import forge from 'node-forge';
import { Signer, SignPdfError } from '@signpdf/utils';

/**
 * @signpdf's P12Signer, with one fix for Vietnamese names. node-forge keeps a UTF8String
 * value of a distinguished name as its raw UTF-8 bytes when it parses a certificate, but
 * encodes it to UTF-8 once more when it writes the signer's issuer into the CMS. A CA or a
 * self-signed certificate named "Nguyễn Văn A" thus gets an issuer that matches no
 * certificate, and readers (pdfsig, Acrobat) cannot validate the signature. Decoding those
 * values after parsing makes the round trip exact; everything else is P12Signer's logic.
 */
export class Utf8SafeP12Signer extends Signer {
  private readonly p12: forge.util.ByteStringBuffer;

  constructor(
    p12: Buffer,
    private readonly passphrase: string,
  ) {
    super();
    this.p12 = forge.util.createBuffer(p12.toString('binary'));
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(this.p12.copy()), false, this.passphrase);
    const certBags = store.getBags({ bagType: forge.pki.oids['certBag'] })[forge.pki.oids['certBag'] as string] ?? [];
    const keyBags = store.getBags({ bagType: forge.pki.oids['pkcs8ShroudedKeyBag'] })[forge.pki.oids['pkcs8ShroudedKeyBag'] as string] ?? [];
    const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
    if (!key) throw new SignPdfError('No private key in the PKCS#12 file.', SignPdfError.TYPE_INPUT);

    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    let own: forge.pki.Certificate | undefined;
    for (const bag of certBags) {
      const cert = bag.cert;
      if (!cert) continue;
      decodeUtf8Names(cert);
      p7.addCertificate(cert);
      const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
      if (key.n.compareTo(publicKey.n) === 0 && key.e.compareTo(publicKey.e) === 0) own = cert;
    }
    if (!own) throw new SignPdfError('Failed to find a certificate that matches the private key.', SignPdfError.TYPE_INPUT);
    p7.addSigner({
      key,
      certificate: own,
      digestAlgorithm: forge.pki.oids['sha256'] as string,
      // The order matters for EU (DSS) validation, as in P12Signer.
      authenticatedAttributes: [
        { type: forge.pki.oids['contentType'] as string, value: forge.pki.oids['data'] },
        { type: forge.pki.oids['signingTime'] as string, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids['messageDigest'] as string },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

/** UTF8String values as text, the form forge's writer expects (the certificate's own bytes are kept: forge re-uses them). */
function decodeUtf8Names(cert: forge.pki.Certificate): void {
  for (const name of [cert.subject, cert.issuer]) {
    for (const attribute of name.attributes) {
      // @types/node-forge types valueTagClass as a Class, but forge stores the ASN.1 type there.
      if ((attribute.valueTagClass as unknown as number) === forge.asn1.Type.UTF8 && typeof attribute.value === 'string') {
        try {
          attribute.value = forge.util.decodeUtf8(attribute.value);
        } catch {
          // not valid UTF-8: leave the bytes as they were
        }
      }
    }
  }
}
