import { Parser } from 'saxen';
import { ISSUE_CODES } from './issue-codes';
import { lintBpmn } from './lint-bpmn';
import { elementsProp, stringProp } from './moddle/moddle-element';
import { parseDefinitions, type ParseResult } from './moddle/parse-definitions';
import { billionLaughs, externalEntity } from './testing/payloads';
import { minimalValidModel } from './testing/models';

// Spies around the two parsers: a hostile document must be refused before either runs.
jest.mock('saxen', () => {
  const actual = jest.requireActual<typeof import('saxen')>('saxen');
  return { ...actual, Parser: jest.fn((options?: { proxy?: boolean }) => new actual.Parser(options)) };
});
jest.mock('./moddle/parse-definitions', () => {
  const actual = jest.requireActual<typeof import('./moddle/parse-definitions')>('./moddle/parse-definitions');
  return { ...actual, parseDefinitions: jest.fn(actual.parseDefinitions) };
});

const saxenParser = jest.mocked(Parser);
const parse = jest.mocked(parseDefinitions);

beforeEach(() => {
  saxenParser.mockClear();
  parse.mockClear();
});

describe('lintBpmn against hostile XML', () => {
  it.each([
    ['billion laughs', billionLaughs()],
    ['an external entity (XXE)', externalEntity()],
    ['a doctype behind a byte order mark', `\uFEFF${externalEntity()}`],
    ['a lower-case doctype', externalEntity('<!doctype foo [<!entity xxe SYSTEM "file:///etc/passwd">]>')],
  ])('refuses %s before any parser sees it', async (_label, xml) => {
    const report = await lintBpmn(Buffer.from(xml, 'utf8'));

    expect(report).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: ISSUE_CODES.xmlDoctypeForbidden, line: 2, column: 1 })],
      warnings: [],
    });
    expect(saxenParser).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
  });

  it('runs both parsers on a harmless model (so the spies above can see them)', async () => {
    const report = await lintBpmn(minimalValidModel());

    expect(report.ok).toBe(true);
    expect(saxenParser).toHaveBeenCalled();
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('refuses a processing instruction before any parser sees it', async () => {
    const report = await lintBpmn(minimalValidModel().replace('?>', '?>\n<?xml-stylesheet href="evil.xsl"?>'));

    expect(report.errors.map((issue) => issue.code)).toEqual([ISSUE_CODES.xmlProcessingInstructionForbidden]);
    expect(saxenParser).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('defence in depth: the parser below never expands entities either', () => {
  // Stage 1 is bypassed on purpose here, to show what would happen if it ever let a DTD by.
  const parseUnchecked = (xml: string): Promise<ParseResult> =>
    jest.requireActual<typeof import('./moddle/parse-definitions')>('./moddle/parse-definitions').parseDefinitions(xml);
  const processName = (result: ParseResult): string | undefined => {
    const [process] = result.ok ? elementsProp(result.definitions, 'rootElements') : [];
    return process ? stringProp(process, 'name') : undefined;
  };

  it('keeps &lol9; as literal text instead of a billion "lol"s', async () => {
    const started = Date.now();
    const result = await parseUnchecked(billionLaughs());

    expect(result.ok).toBe(true);
    expect(processName(result)).toBe('&lol9;');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps &xxe; as literal text instead of a file of the server', async () => {
    const result = await parseUnchecked(externalEntity());

    expect(processName(result)).toBe('&xxe;');
  });
});
