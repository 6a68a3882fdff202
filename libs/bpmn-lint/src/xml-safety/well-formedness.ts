import { Parser, type SaxenGetContext } from 'saxen';
import { ISSUE_CODES } from '../issue-codes';
import type { LintIssue } from '../lint-report';

/**
 * Checks the text is well-formed XML with saxen, the parser moddle-xml (so bpmn-moddle and
 * bpmn-engine) uses: what passes here is what the next stage reads. moddle-xml turns some
 * of saxen's findings (duplicate attributes, text after the root, an undeclared attribute
 * prefix) into warnings and carries on; here every finding is an error, because a model
 * the server accepts should not depend on how forgiving one parser is.
 */
/**
 * Prefixes that need no declaration, as moddle-xml has them (xml is reserved by the
 * Namespaces in XML spec; xsi is tolerated by moddle-xml undeclared, and tools rely on it).
 */
const PREDECLARED_NAMESPACES = {
  'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

export function findMalformation(text: string): LintIssue | undefined {
  const parser = new Parser();
  let found: LintIssue | undefined;
  let depth = 0;
  let rootSeen = false;

  const fail = (reason: string, getContext: SaxenGetContext): void => {
    if (found) return;
    const { line, column } = getContext();
    // saxen counts from 0; people and editors count from 1.
    found = malformed(reason, line + 1, column + 1);
    parser.stop();
  };

  parser
    .ns(PREDECLARED_NAMESPACES)
    .on('openTag', (_name, getAttrs, _decode, _selfClosing, getContext) => {
      if (depth === 0 && rootSeen) fail('more than one root element', getContext);
      rootSeen = true;
      depth += 1;
      // Attributes are parsed lazily; reading them makes saxen report their errors.
      getAttrs();
    })
    .on('closeTag', () => {
      depth -= 1;
    })
    .on('error', (error, getContext) => fail(error.message, getContext))
    .on('warn', (error, getContext) => fail(error.message, getContext));

  parser.parse(text);
  if (!found && !rootSeen) found = malformed('no root element');
  return found;
}

function malformed(reason: string, line?: number, column?: number): LintIssue {
  const where = line === undefined ? '' : ` tại dòng ${line}, cột ${column}`;
  return {
    code: ISSUE_CODES.xmlMalformed,
    message: `Tệp XML bị lỗi cú pháp${where} (${reason})`,
    ...(line === undefined ? {} : { line, column }),
  };
}
