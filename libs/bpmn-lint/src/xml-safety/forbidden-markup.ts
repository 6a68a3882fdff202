import { ISSUE_CODES } from '../issue-codes';
import type { LintIssue } from '../lint-report';
import { positionAt } from './text-position';

/**
 * `<!` opens a comment, a CDATA section, or a DTD declaration (DOCTYPE, ENTITY, ELEMENT,
 * ATTLIST, NOTATION). DTDs are how XXE and "billion laughs" payloads work, and a BPMN file
 * never needs one, so anything after `<!` that is not a comment or CDATA is refused.
 * The scan covers the whole text, comments and CDATA included: a parser's view of where a
 * comment ends must never decide whether a DOCTYPE is seen. The price is that the text
 * `<!DOCTYPE` inside a comment is refused too, which no modeler writes.
 */
const DTD_MARKUP = /<!(?!--|\[CDATA\[)/g;
const DOCTYPE_OR_ENTITY = /^<!\s*(?:doctype|entity)/i;
const PROCESSING_INSTRUCTION = /<\?/g;
/** The XML declaration: `<?xml` followed by whitespace (`<?xml-stylesheet` is another PI). */
const XML_DECLARATION = /^<\?xml[\s?]/;

export function findDtdMarkup(text: string): LintIssue | undefined {
  DTD_MARKUP.lastIndex = 0;
  const match = DTD_MARKUP.exec(text);
  if (!match) return undefined;
  const snippet = text.slice(match.index, match.index + 40);
  const isDoctype = DOCTYPE_OR_ENTITY.test(snippet);
  return {
    code: ISSUE_CODES.xmlDoctypeForbidden,
    message: isDoctype
      ? 'Tệp BPMN không được chứa khai báo DOCTYPE/ENTITY (DTD and entity declarations are forbidden)'
      : 'Tệp BPMN không được chứa khai báo DTD dạng <!… (DTD markup is forbidden)',
    ...positionAt(text, match.index),
  };
}

/**
 * Only the XML declaration may appear, and only first (leading whitespace is tolerated,
 * as saxen and most tools do). Other processing instructions mean nothing to a BPMN engine
 * and could mean something to another XML consumer down the line.
 */
export function findForbiddenProcessingInstruction(text: string): LintIssue | undefined {
  const declarationAt = text.length - text.trimStart().length;
  PROCESSING_INSTRUCTION.lastIndex = 0;
  for (let match = PROCESSING_INSTRUCTION.exec(text); match; match = PROCESSING_INSTRUCTION.exec(text)) {
    const isDeclaration = match.index === declarationAt && XML_DECLARATION.test(text.slice(match.index, match.index + 6));
    if (isDeclaration) continue;
    return {
      code: ISSUE_CODES.xmlProcessingInstructionForbidden,
      message: 'Tệp BPMN chỉ được có khai báo <?xml …?> ở đầu tệp, không được chứa chỉ thị xử lý <?…?> khác',
      ...positionAt(text, match.index),
    };
  }
  return undefined;
}
