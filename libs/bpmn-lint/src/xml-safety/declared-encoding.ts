import { ISSUE_CODES } from '../issue-codes';
import type { LintIssue } from '../lint-report';

const DECLARATION = /^\s*<\?xml\s[^>]*?\?>/;
const ENCODING = /\sencoding\s*=\s*(["'])([^"']*)\1/;
const UTF8 = /^utf-?8$/i;
/** Encodings whose first 128 code points are ASCII, byte for byte. */
const ASCII_COMPATIBLE = /^(?:us-ascii|ascii|iso-8859-\d+|iso_8859-\d+|latin-?1|windows-125\d|cp125\d)$/i;
const NON_ASCII = /[\u0080-\uFFFF]/;

/**
 * The text was decoded as UTF-8 whatever the declaration says (bpmn-moddle does the same).
 * A declaration of another encoding is harmless when the document is plain ASCII, as many
 * exports from other tools are ("ISO-8859-1" with ASCII content); otherwise the bytes would
 * mean different characters, so the upload is refused rather than silently misread.
 */
export function findEncodingConflict(text: string): LintIssue | undefined {
  const declaration = DECLARATION.exec(text)?.[0];
  const encoding = declaration ? ENCODING.exec(declaration)?.[2] : undefined;
  if (encoding === undefined || UTF8.test(encoding)) return undefined;
  if (ASCII_COMPATIBLE.test(encoding) && !NON_ASCII.test(text)) return undefined;
  return {
    code: ISSUE_CODES.xmlNotUtf8,
    message: `Tệp khai báo mã hoá "${encoding}"; chỉ chấp nhận UTF-8 (only UTF-8 is accepted)`,
  };
}
