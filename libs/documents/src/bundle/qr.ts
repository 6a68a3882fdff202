import { createHash } from 'node:crypto';
import { create } from 'qrcode';
import type { Doc } from '../layout/document';

/**
 * What the cover's QR code says: the dossier code and the SHA-256 of the bundle's content.
 * Plain text with a version tag, so any phone reader shows it and a verifier can parse it.
 */
export function qrPayload(dossierCode: string, sha256: string): string {
  return `VINHDANH:1;HS=${dossierCode};SHA256=${sha256}`;
}

export interface HashedPart {
  name: string;
  bytes: Uint8Array;
}

/**
 * SHA-256 over the parts as they went into the bundle (each rendered document, then each merged
 * attachment), each framed by its name and length so that moving bytes from one part to the next
 * changes the hash. The cover that carries the QR code is not part of what it hashes — it cannot
 * be — so a verifier recomputes this from the stored parts, not from the bundle file.
 */
export function bundleContentHash(parts: readonly HashedPart[]): string {
  const hash = createHash('sha256');
  for (const p of parts) {
    hash.update(`${p.name.normalize('NFC')}\n${p.bytes.length}\n`);
    hash.update(p.bytes);
  }
  return hash.digest('hex');
}

/**
 * Draws a QR code as vector squares (crisp at any zoom, no image codec, identical bytes every
 * time). Adjacent dark modules in a row are merged into one rectangle to keep the path short.
 */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('white');
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      doc.rect(x + (start + quiet) * cell, y + (row + quiet) * cell, (col - start) * cell, cell);
    }
  }
  doc.fill('black').restore();
}
