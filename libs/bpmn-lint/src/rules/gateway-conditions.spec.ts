import { ISSUE_CODES } from '../issue-codes';
import { endEvent, exclusiveGateway, sequenceFlow, startEvent, userTask, type FlowOptions } from '../testing/bpmn-builder';
import { lintPieces, pairs } from '../testing/report-helpers';

/** task → gateway → three ends, with the flows' conditions and the default chosen per test. */
function decision(flows: { approve?: FlowOptions; reject?: FlowOptions; back?: FlowOptions }, defaultFlow?: string) {
  return [
    startEvent('start'),
    userTask('task', { outcomes: 'approve,reject,back' }),
    exclusiveGateway('Decide', defaultFlow),
    endEvent('approved'),
    endEvent('rejected'),
    endEvent('returned'),
    sequenceFlow('f1', 'start', 'task'),
    sequenceFlow('f2', 'task', 'Decide'),
    sequenceFlow('Approve', 'Decide', 'approved', { name: 'Đồng ý', ...flows.approve }),
    sequenceFlow('Reject', 'Decide', 'rejected', { name: 'Từ chối', ...flows.reject }),
    sequenceFlow('Back', 'Decide', 'returned', { name: 'Trả lại', ...flows.back }),
  ];
}

const when = (outcome: string): FlowOptions => ({ condition: `\${outcome == '${outcome}'}` });

describe('exclusive gateway conditions', () => {
  it('passes when every flow has a condition except the default', async () => {
    const report = await lintPieces(decision({ approve: when('approve'), reject: { condition: "=outcome = 'reject'" } }, 'Back'));

    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('names each flow that has neither a condition nor the default role', async () => {
    const report = await lintPieces(decision({ approve: when('approve') }, 'Back'));

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.gatewayMissingCondition}@Reject`]);
    expect(report.errors[0].message).toContain('Decide');
  });

  it('warns when no flow is the default, and reports nothing twice through bpmnlint', async () => {
    const report = await lintPieces(decision({ approve: when('approve'), reject: when('reject') }));

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.gatewayMissingCondition}@Back`]);
    expect(pairs(report.warnings)).toEqual([`${ISSUE_CODES.gatewayNoDefault}@Decide`]);
  });

  it('refuses conditions the engine would read as always true or cannot evaluate', async () => {
    const report = await lintPieces(decision({ approve: { condition: "outcome == 'approve'" }, reject: { condition: '  ' } }, 'Back'));

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.conditionNotExpression}@Approve`, `${ISSUE_CODES.conditionEmpty}@Reject`]);
    expect(report.errors[0].message).toContain('luôn đúng');
  });

  it('warns that a condition on the default flow is ignored', async () => {
    const report = await lintPieces(decision({ approve: when('approve'), reject: when('reject'), back: when('back') }, 'Back'));

    expect(report.errors).toEqual([]);
    expect(pairs(report.warnings)).toEqual([`${ISSUE_CODES.conditionIgnored}@Back`]);
  });
});
