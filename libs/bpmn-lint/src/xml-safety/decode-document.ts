import { ISSUE_CODES } from '../issue-codes';
import type { LintIssue } from '../lint-report';
import { positionAt } from './text-position';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; issue: LintIssue };

const BYTE_ORDER_MARK = '\uFEFF';

/** Characters XML 1.0 forbids anywhere; their presence means binary or UTF-16/32 data. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** A surrogate half without its partner cannot be written as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const notUtf8 = (detail: string): DecodeResult => ({
  ok: false,
  issue: { code: ISSUE_CODES.xmlNotUtf8, message: `Tệp BPMN phải là văn bản mã hoá UTF-8 (${detail})` },
});

/**
 * Turns the upload into text: size limit first (before any work proportional to the
 * content), then strict UTF-8, then the characters XML forbids. Works on Uint8Array so the
 * modeler can run it in a browser too; a Node Buffer is a Uint8Array.
 */
export function decodeDocument(input: string | Uint8Array, maxBytes: number): DecodeResult {
  const decoded = typeof input === 'string' ? checkString(input, maxBytes) : decodeBytes(input, maxBytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text.startsWith(BYTE_ORDER_MARK) ? decoded.text.slice(1) : decoded.text;

  if (text.trim() === '') {
    return { ok: false, issue: { code: ISSUE_CODES.xmlEmpty, message: 'Tệp BPMN rỗng (empty document)' } };
  }
  const forbidden = FORBIDDEN_CHARACTER.exec(text);
  if (forbidden) {
    const code = forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      ok: false,
      issue: {
        code: ISSUE_CODES.xmlInvalidCharacter,
        message: `Tệp chứa ký tự U+${code} không được phép trong XML (tệp nhị phân hoặc mã hoá UTF-16?)`,
        ...positionAt(text, forbidden.index),
      },
    };
  }
  if (!text.trimStart().startsWith('<')) {
    return { ok: false, issue: { code: ISSUE_CODES.xmlNotXml, message: 'Tệp không phải XML (not an XML document)' } };
  }
  return { ok: true, text };
}

function tooLarge(maxBytes: number): DecodeResult {
  return {
    ok: false,
    issue: {
      code: ISSUE_CODES.xmlTooLarge,
      message: `Tệp BPMN vượt quá giới hạn ${maxBytes} byte (file too large)`,
    },
  };
}

function checkString(text: string, maxBytes: number): DecodeResult {
  // Every UTF-16 unit takes at least one UTF-8 byte: a long string is rejected without encoding it.
  if (text.length > maxBytes) return tooLarge(maxBytes);
  if (LONE_SURROGATE.test(text)) return notUtf8('chuỗi chứa ký tự thay thế lẻ / lone surrogate');
  if (new TextEncoder().encode(text).length > maxBytes) return tooLarge(maxBytes);
  return { ok: true, text };
}

function decodeBytes(bytes: Uint8Array, maxBytes: number): DecodeResult {
  if (bytes.length > maxBytes) return tooLarge(maxBytes);
  const bom = utf16Or32ByteOrderMark(bytes);
  if (bom) return notUtf8(`tệp được mã hoá ${bom}`);
  try {
    // fatal: an invalid sequence must fail, not become U+FFFD and slip through the scans.
    // ignoreBOM: keep the BOM in the text so that both input kinds strip it in one place.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return notUtf8('có chuỗi byte không hợp lệ / invalid UTF-8 byte sequence');
  }
}

function utf16Or32ByteOrderMark(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'UTF-32BE';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'UTF-32LE';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16BE';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16LE';
  return undefined;
}
