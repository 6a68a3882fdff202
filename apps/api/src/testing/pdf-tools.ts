import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reading downloaded PDFs back with poppler, as a person or a search index would: the text
 * (pdftotext), the page count (pdfinfo), the signatures (pdfsig), and a throwaway signing
 * identity made by openssl at test time (no key is ever committed).
 */
function withFile<T>(bytes: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'vd-api-pdf-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, bytes);
  try {
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with every run of white space collapsed, so phrases that wrap still match. */
export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 })).replace(/\s+/g, ' ');
}

export function pdfPageCount(bytes: Uint8Array): number {
  const info = withFile(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** pdfsig's report; exit code 2 (certificate not trusted) is expected for a self-signed identity. */
export function pdfsig(bytes: Uint8Array): string {
  return withFile(bytes, (file) => {
    try {
      return execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? '');
    }
  });
}

/** A self-signed RSA certificate and its key as a PKCS#12 file, made by openssl now. */
export function opensslIdentity(commonName: string, passphrase: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'vd-p12-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    const p12 = join(dir, 'identity.p12');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-utf8', '-subj', `/CN=${commonName}/O=Vinh Danh test/C=VN`], { stdio: 'ignore' });
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', `pass:${passphrase}`], { stdio: 'ignore' });
    return readFileSync(p12);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
