import { ISSUE_CODES } from '../issue-codes';
import { findMalformation } from './well-formedness';

describe('findMalformation', () => {
  it('accepts well-formed XML, including the predeclared xml: prefix', () => {
    expect(findMalformation('<?xml version="1.0"?>\n<a xmlns:b="urn:b"><b:c xml:lang="vi">x</b:c><!-- c --></a>')).toBeUndefined();
  });

  it('reports a mismatched closing tag with a 1-based line and column', () => {
    expect(findMalformation('<a>\n  <b></c>\n</a>')).toEqual({
      code: ISSUE_CODES.xmlMalformed,
      message: 'Tệp XML bị lỗi cú pháp tại dòng 2, cột 6 (closing tag mismatch)',
      line: 2,
      column: 6,
    });
  });

  it.each([
    ['an unclosed element', '<a><b></b>', 'unexpected end of file'],
    ['two root elements', '<a/><b/>', 'more than one root element'],
    ['text after the root', '<a/>garbage', 'non-whitespace outside of root node'],
    ['a duplicate attribute', '<a id="1" id="2"/>', 'attribute <id> already defined'],
    ['an attribute value without quotes', '<a id=1/>', 'missing attribute value quotes'],
    ['an undeclared element prefix', '<x:a/>', 'missing namespace on <x:a>'],
    ['an undeclared attribute prefix', '<a y:b="1"/>', 'missing namespace for prefix <y>'],
    ['no element at all', '<!-- only a comment -->', 'no root element'],
  ])('reports %s', (_label, xml, reason) => {
    const issue = findMalformation(xml);
    expect(issue?.code).toBe(ISSUE_CODES.xmlMalformed);
    expect(issue?.message).toContain(reason);
  });
});
