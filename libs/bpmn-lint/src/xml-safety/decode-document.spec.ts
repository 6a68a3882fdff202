import { ISSUE_CODES } from '../issue-codes';
import { decodeDocument } from './decode-document';

const XML = '<a/>';
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeDocument', () => {
  it('accepts a UTF-8 string and UTF-8 bytes, and strips a byte order mark', () => {
    expect(decodeDocument('\uFEFF<a>Thẩm định</a>', 100)).toEqual({ ok: true, text: '<a>Thẩm định</a>' });
    expect(decodeDocument(Buffer.from('\uFEFF<a>Thẩm định</a>', 'utf8'), 100)).toEqual({ ok: true, text: '<a>Thẩm định</a>' });
  });

  it('refuses more bytes than the limit, counting UTF-8 bytes rather than characters', () => {
    // 10 characters, 30 bytes: within the limit as a string length, over it in bytes.
    const vietnamese = `<a>${'ệ'.repeat(10)}</a>`;
    expect(vietnamese.length).toBeLessThan(25);
    expect(decodeDocument(vietnamese, 25)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlTooLarge } });
    expect(decodeDocument(Buffer.from(vietnamese), 25)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlTooLarge } });
    expect(decodeDocument(vietnamese, 40)).toMatchObject({ ok: true });
  });

  it('refuses UTF-16 and UTF-32 byte order marks', () => {
    const utf16 = Buffer.concat([bytes(0xff, 0xfe), Buffer.from(XML, 'utf16le')]);
    expect(decodeDocument(utf16, 100)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlNotUtf8 } });
    expect(decodeDocument(bytes(0xfe, 0xff, 0, 0x3c), 100)).toMatchObject({ ok: false, issue: { message: expect.stringContaining('UTF-16BE') } });
    expect(decodeDocument(bytes(0, 0, 0xfe, 0xff, 0, 0, 0, 0x3c), 100)).toMatchObject({
      ok: false,
      issue: { message: expect.stringContaining('UTF-32BE') },
    });
  });

  it('refuses invalid UTF-8 bytes instead of replacing them', () => {
    const latin1 = Buffer.from('<a>Gi\xe1m \xf0\x28</a>', 'latin1');
    expect(decodeDocument(latin1, 100)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlNotUtf8 } });
  });

  it('refuses a string with a lone surrogate, which has no UTF-8 form', () => {
    expect(decodeDocument('<a>\uD800</a>', 100)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlNotUtf8 } });
  });

  it('refuses characters XML forbids, such as the NUL bytes of UTF-16 without a BOM', () => {
    const result = decodeDocument(Buffer.from('<a/>', 'utf16le'), 100);
    expect(result).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlInvalidCharacter, line: 1, column: 2 } });
    expect(decodeDocument('<a>\n\u0007</a>', 100)).toMatchObject({ ok: false, issue: { line: 2, column: 1 } });
  });

  it('refuses empty and non-XML documents', () => {
    expect(decodeDocument(' \n\t', 100)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlEmpty } });
    expect(decodeDocument(bytes(), 100)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlEmpty } });
    expect(decodeDocument('{"bpmn": true}', 100)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlNotXml } });
    expect(decodeDocument('%PDF-1.7\n', 100)).toMatchObject({ ok: false, issue: { code: ISSUE_CODES.xmlNotXml } });
  });
});
