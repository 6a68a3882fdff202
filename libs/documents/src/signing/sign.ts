import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { DocumentDataError } from '../model/errors';
import { Utf8SafeP12Signer } from './p12-signer';

/** The signer's key and certificate chain as a PKCS#12 (.p12/.pfx) file, as CAs issue them. */
export interface SigningIdentity {
  p12: Uint8Array;
  passphrase?: string;
}

export interface SignatureInfo {
  /** Who signs: "Nguyễn Ngọc Sơn". */
  name: string;
  /** "Phê duyệt Quyết định khen thưởng". */
  reason: string;
  /** "Yên Thế, Bắc Giang". */
  location: string;
  contactInfo?: string;
  /** Written into the signature dictionary and the CMS signed attributes; no clock is read. */
  signingTime: Date;
}

/**
 * Signs a rendered PDF (any kind, or the bundle) with an invisible signature: a placeholder
 * is added by pdf-lib, then @signpdf computes the CMS over the byte range. The sub-filter is
 * ETSI.CAdES.detached, the PAdES one. With RSA PKCS#1 v1.5 and a fixed signing time the output
 * is reproducible, like every render here.
 */
export async function signPdf(pdf: Uint8Array, identity: SigningIdentity, info: SignatureInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: info.reason.normalize('NFC'),
    name: info.name.normalize('NFC'),
    location: info.location.normalize('NFC'),
    contactInfo: info.contactInfo ?? '',
    signingTime: info.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Vinh Danh',
  });
  // The byte range is found by scanning the file, which object streams would hide.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  try {
    const signer = new Utf8SafeP12Signer(Buffer.from(identity.p12), identity.passphrase ?? '');
    return new Uint8Array(await new SignPdf().sign(prepared, signer, info.signingTime));
  } catch (e) {
    throw new DocumentDataError('INVALID_SIGNING_IDENTITY', `Không ký được văn bản: ${(e as Error).message}`);
  }
}
