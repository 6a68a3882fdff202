import { fromBuffer } from 'file-type';

/** What may be attached: scans and documents an office exchanges. Keyed by extension. */
const ALLOWED: Record<string, { canonical: string; contentType: string }> = {
  pdf: { canonical: 'pdf', contentType: 'application/pdf' },
  jpg: { canonical: 'jpg', contentType: 'image/jpeg' },
  jpeg: { canonical: 'jpg', contentType: 'image/jpeg' },
  png: { canonical: 'png', contentType: 'image/png' },
  docx: { canonical: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { canonical: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

export const ALLOWED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'docx', 'xlsx'] as const;

export type ContentCheck =
  | { ok: true; contentType: string }
  | { ok: false; reason: 'type-not-allowed'; extension: string }
  | { ok: false; reason: 'content-mismatch'; extension: string; detected: string | null };

/**
 * Decides the type from the bytes (magic numbers, and the part names inside an Office zip)
 * and requires the name's extension to say the same: an `.exe` renamed `.pdf` or an HTML
 * page renamed `.png` is refused. The stored content type is the one of the detected type.
 */
export async function checkContent(extension: string, content: Buffer): Promise<ContentCheck> {
  const allowed = ALLOWED[extension];
  if (!allowed) return { ok: false, reason: 'type-not-allowed', extension };
  const detected = await fromBuffer(content);
  if (!detected || detected.ext !== allowed.canonical) return { ok: false, reason: 'content-mismatch', extension, detected: detected?.ext ?? null };
  return { ok: true, contentType: allowed.contentType };
}

