import { ISSUE_CODES } from '../issue-codes';
import type { LintIssue } from '../lint-report';
import { createLintModdle } from './create-moddle';
import { isModdleElement, type ModdleElement } from './moddle-element';

/** A warning from moddle-xml while reading the tree. */
export interface ParseWarning {
  message: string;
  /** The element the warning is about (unknown attributes, unresolved references). */
  element?: ModdleElement;
  kind: 'unresolved-reference' | 'unknown-attribute' | 'unparsable-content' | 'encoding' | 'other';
  line?: number;
  column?: number;
}

export type ParseResult =
  | { ok: true; definitions: ModdleElement; warnings: ParseWarning[] }
  | { ok: false; issue: LintIssue };

/** moddle-xml reports 0-based positions inside its messages ("line: 3\n\tcolumn: 12"). */
const POSITION = /line: (\d+)\s+column: (\d+)/;

/** Stage 2: read the (already safe, well-formed) text as a bpmn:Definitions tree. */
export async function parseDefinitions(text: string): Promise<ParseResult> {
  let rootElement: unknown;
  let rawWarnings: unknown[];
  try {
    ({ rootElement, warnings: rawWarnings } = await createLintModdle().fromXML(text, 'bpmn:Definitions'));
  } catch (error) {
    return { ok: false, issue: describeFailure(error) };
  }
  if (!isModdleElement(rootElement) || rootElement.$type !== 'bpmn:Definitions') {
    return { ok: false, issue: notDefinitions() };
  }
  return { ok: true, definitions: rootElement, warnings: rawWarnings.map(toParseWarning) };
}

function describeFailure(error: unknown): LintIssue {
  const message = error instanceof Error ? error.message : String(error);
  // moddle-xml's wording when the root element is not bpmn:definitions in the BPMN 2.0 namespace.
  if (message.startsWith('failed to parse document as <bpmn:Definitions>')) return notDefinitions();
  const position = positionIn(message);
  const where = position ? ` tại dòng ${position.line}, cột ${position.column}` : '';
  return {
    code: ISSUE_CODES.xmlMalformed,
    message: `Không đọc được tệp BPMN${where} (${conciseMessage(message)})`,
    ...position,
  };
}

function notDefinitions(): LintIssue {
  return {
    code: ISSUE_CODES.bpmnNotDefinitions,
    message:
      'Phần tử gốc phải là <definitions> của BPMN 2.0 (namespace http://www.omg.org/spec/BPMN/20100524/MODEL)',
  };
}

function toParseWarning(raw: unknown): ParseWarning {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const message = typeof record['message'] === 'string' ? record['message'] : String(raw);
  const element = isModdleElement(record['element']) ? record['element'] : undefined;
  return { message: conciseMessage(message), kind: kindOf(message), ...(element ? { element } : {}), ...positionIn(message) };
}

function kindOf(message: string): ParseWarning['kind'] {
  if (message.startsWith('unresolved reference')) return 'unresolved-reference';
  if (message.startsWith('unknown attribute')) return 'unknown-attribute';
  if (message.startsWith('unparsable content')) return 'unparsable-content';
  if (message.startsWith('unsupported document encoding')) return 'encoding';
  return 'other';
}

function positionIn(message: string): { line: number; column: number } | undefined {
  const match = POSITION.exec(message);
  return match ? { line: Number(match[1]) + 1, column: Number(match[2]) + 1 } : undefined;
}

/** The useful part of a moddle-xml message is its first line plus the nested error. */
function conciseMessage(message: string): string {
  const [first, ...rest] = message.split('\n');
  const nested = rest.find((line) => line.includes('nested error:'));
  return nested ? `${first.trim()}: ${nested.replace(/^\s*nested error:\s*/, '')}` : (first ?? message).trim();
}
