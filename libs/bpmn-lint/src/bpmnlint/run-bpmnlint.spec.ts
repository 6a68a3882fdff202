import { ISSUE_CODES } from '../issue-codes';
import { bpmnDocument, endEvent, exclusiveGateway, node, sequenceFlow, startEvent, userTask } from '../testing/bpmn-builder';
import { minimalValidModel, minimalValidPieces } from '../testing/models';
import { codes, issuesWith, lintPieces, pairs } from '../testing/report-helpers';
import { lintBpmn } from '../lint-bpmn';
import { BPMNLINT_RULES } from './bpmnlint-rules';

describe('bpmnlint findings', () => {
  it('refuses an element that nothing leads to or from', async () => {
    const report = await lintPieces([...minimalValidPieces(), userTask('Lonely')]);

    expect(pairs(report.errors)).toEqual([
      'bpmnlint.no-disconnected@Lonely',
      'bpmnlint.no-implicit-end@Lonely',
      'bpmnlint.no-implicit-start@Lonely',
    ]);
    expect(report.errors[0].message).toBe('Phần tử không được nối với luồng nào (bpmnlint: Element is not connected)');
  });

  it('refuses an implicit parallel split and a process without a start event', async () => {
    const split = await lintPieces([...minimalValidPieces(), endEvent('end2'), sequenceFlow('f3', 'task', 'end2')]);
    const noStart = await lintPieces([userTask('task'), endEvent('end'), sequenceFlow('f2', 'task', 'end')]);

    expect(pairs(split.errors)).toEqual(['bpmnlint.no-implicit-split@task']);
    expect(pairs(noStart.errors)).toEqual(['bpmnlint.no-implicit-start@task', 'bpmnlint.start-event-required@Process_1']);
  });

  it('refuses duplicate flows and warns about the fake join they make', async () => {
    const report = await lintPieces([...minimalValidPieces(), sequenceFlow('f2b', 'task', 'end')]);

    expect(codes(report.errors)).toContain('bpmnlint.no-duplicate-sequence-flows');
    expect(pairs(report.warnings)).toEqual(['bpmnlint.fake-join@end']);
  });

  it('only warns about drawing matters: a missing diagram, a missing label, a superfluous gateway', async () => {
    const noDiagram = await lintPieces(minimalValidPieces(), { diagram: false });
    const unlabelled = await lintPieces(minimalValidPieces(userTask('task', { name: undefined })));
    const superfluous = await lintPieces([
      startEvent('start'),
      node('exclusiveGateway', 'Pointless', {}, '', { width: 50, height: 50 }),
      userTask('task'),
      endEvent('end'),
      sequenceFlow('f0', 'start', 'Pointless'),
      sequenceFlow('f1', 'Pointless', 'task'),
      sequenceFlow('f2', 'task', 'end'),
    ]);

    expect(noDiagram.ok && unlabelled.ok && superfluous.ok).toBe(true);
    expect(pairs(noDiagram.warnings)).toEqual(['start', 'task', 'end', 'f1', 'f2'].map((id) => `bpmnlint.no-bpmndi@${id}`));
    expect(pairs(unlabelled.warnings)).toEqual(['bpmnlint.label-required@task']);
    expect(pairs(superfluous.warnings)).toEqual(['bpmnlint.superfluous-gateway@Pointless']);
  });

  it('reads connections from the flows, so a model without <incoming>/<outgoing> children is connected', async () => {
    const xml = minimalValidModel();

    expect(xml).not.toMatch(/<bpmn:(incoming|outgoing)>/);
    await expect(lintBpmn(xml)).resolves.toMatchObject({ ok: true, errors: [], warnings: [] });
  });

  it('leaves out findings about pools that are not executable', async () => {
    const drawing = '<bpmn:process id="Citizen" isExecutable="false"><bpmn:task id="Adrift" name="Nộp đơn"/></bpmn:process>';

    const report = await lintPieces(minimalValidPieces(), { before: drawing });

    expect(report).toMatchObject({ ok: true, errors: [], warnings: [] });
  });

  it('does not repeat what a house rule already said about the same element', async () => {
    const report = await lintPieces([
      startEvent('start'),
      userTask('task'),
      exclusiveGateway('Decide', 'yes'),
      endEvent('end'),
      endEvent('end2'),
      sequenceFlow('f1', 'start', 'task'),
      sequenceFlow('f2', 'task', 'Decide'),
      sequenceFlow('yes', 'Decide', 'end', { name: 'Có' }),
      sequenceFlow('No', 'Decide', 'end2', { name: 'Không' }),
      sequenceFlow('Maybe', 'Decide', 'end2', { name: 'Có thể', condition: '${x}' }),
    ]);

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.gatewayMissingCondition}@No`]);
  });

  it('lists every rule in use with a stable code and a Vietnamese explanation', () => {
    expect(BPMNLINT_RULES.length).toBeGreaterThanOrEqual(15);
    for (const rule of BPMNLINT_RULES) {
      expect(rule.code).toBe(`bpmnlint.${rule.rule}`);
      expect(rule.messageVi.length).toBeGreaterThan(5);
    }
    expect(BPMNLINT_RULES.find((rule) => rule.rule === 'label-required')?.severity).toBe('warning');
    expect(BPMNLINT_RULES.find((rule) => rule.rule === 'no-disconnected')?.severity).toBe('error');
  });
});

describe('a bpmnlint rule that throws', () => {
  it('costs a warning, not the lint', async () => {
    jest.resetModules();
    jest.doMock('bpmnlint/rules/label-required', () => () => ({
      check: () => {
        throw new Error('rule bug');
      },
    }));
    const { lintBpmn: lintWithBrokenRule } = jest.requireActual<typeof import('../lint-bpmn')>('../lint-bpmn');
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const report = await lintWithBrokenRule(bpmnDocument([...minimalValidPieces(), userTask('Lonely')]));

    expect(pairs(issuesWith(report.warnings, ISSUE_CODES.bpmnlintRuleFailed))).toEqual([`${ISSUE_CODES.bpmnlintRuleFailed}@-`]);
    expect(report.warnings[0].message).toContain('label-required');
    expect(codes(report.errors)).toContain('bpmnlint.no-disconnected');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    jest.dontMock('bpmnlint/rules/label-required');
  });
});
