import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler's pdfsig: lists the signatures and checks each one's digest over its byte range. */
export function pdfsig(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'vd-sig-'));
  try {
    writeFileSync(join(dir, 'f.pdf'), bytes);
    // Exit code 2 means "untrusted certificate", expected for a self-signed test identity.
    try {
      return execFileSync('pdfsig', [join(dir, 'f.pdf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      return String((e as { stdout?: string }).stdout ?? '');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
