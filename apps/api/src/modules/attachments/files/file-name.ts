const MAX_NAME_CHARS = 255;

/**
 * The name an uploaded file is kept and offered under: its last path segment only (a client
 * may send `../../etc/passwd` or `C:\Users\x\y.pdf`), in NFC, without control or bidi
 * formatting characters (U+202E can make `hồ sơ‮fdp.exe` look like a PDF), without the
 * characters Windows refuses, and with no leading or trailing dots or spaces. Vietnamese
 * letters stay as they are. May return '' when nothing usable is left.
 */
export function sanitizeFileName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(/\s+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  return truncateKeepingExtension(cleaned, MAX_NAME_CHARS);
}

/** Lower-case extension without the dot, or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * `Content-Disposition: attachment` with the UTF-8 name (RFC 6266 / RFC 8187) and a plain
 * ASCII fallback for old clients, so "Báo cáo thành tích.pdf" arrives with its diacritics.
 */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

function asciiFallback(fileName: string): string {
  const unmarked = fileName.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return unmarked.replace(/[^A-Za-z0-9 ._()-]/g, '_') || 'tep-dinh-kem';
}

function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function truncateKeepingExtension(name: string, maxChars: number): string {
  const chars = [...name];
  if (chars.length <= maxChars) return name;
  const extension = extensionOf(name);
  const suffix = extension && extension.length <= 10 ? `.${[...name].slice(-extension.length).join('')}` : '';
  return chars.slice(0, maxChars - [...suffix].length).join('').replace(/[\s.]+$/u, '') + suffix;
}
