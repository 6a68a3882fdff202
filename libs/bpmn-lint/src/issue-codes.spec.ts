import { BPMNLINT_RULES, ISSUE_CODES, SUPPORTED_ELEMENTS } from './index';
import { parseDefinitions } from './moddle/parse-definitions';
import { elementsProp } from './moddle/moddle-element';
import { bpmnDocument, node } from './testing/bpmn-builder';

describe('published lists', () => {
  it('issue codes are unique, dotted, and never clash with bpmnlint codes', () => {
    const codes = Object.values(ISSUE_CODES);

    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][A-Za-z]*\.[a-z][a-z0-9-]*$/);
    expect(codes.filter((code) => code.startsWith('bpmnlint.'))).toEqual([ISSUE_CODES.bpmnlintRuleFailed]);
    expect(BPMNLINT_RULES.map((rule) => rule.code)).not.toContain(ISSUE_CODES.bpmnlintRuleFailed);
  });

  it('every supported element type is a real BPMN type', async () => {
    const pieces = SUPPORTED_ELEMENTS.map((element, index) => node(element.type.replace('bpmn:', '').replace(/^./, (c) => c.toLowerCase()), `e${index}`));

    const parsed = await parseDefinitions(bpmnDocument(pieces, { diagram: false }));

    expect(parsed.ok && parsed.warnings).toEqual([]);
    const [process] = parsed.ok ? elementsProp(parsed.definitions, 'rootElements') : [];
    expect(process ? elementsProp(process, 'flowElements').map((element) => element.$type) : []).toEqual(
      SUPPORTED_ELEMENTS.map((element) => element.type),
    );
  });
});
