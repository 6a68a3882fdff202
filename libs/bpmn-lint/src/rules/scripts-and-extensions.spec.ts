import { ISSUE_CODES } from '../issue-codes';
import { endEvent, exclusiveGateway, node, sequenceFlow, startEvent, userTask } from '../testing/bpmn-builder';
import { issuesWith, lintPieces, pairs } from '../testing/report-helpers';

function branching(condition: { condition: string; language?: string }) {
  return [
    startEvent('start'),
    userTask('task'),
    exclusiveGateway('decide', 'otherwise'),
    endEvent('end'),
    endEvent('end2'),
    sequenceFlow('f1', 'start', 'task'),
    sequenceFlow('f2', 'task', 'decide'),
    sequenceFlow('Conditional', 'decide', 'end', { ...condition, name: 'Đạt' }),
    sequenceFlow('otherwise', 'decide', 'end2'),
  ];
}

describe('scripts and extensions', () => {
  it.each(['javascript', 'JavaScript', 'groovy', 'https://www.omg.org/spec/DMN/20191111/FEEL/'])(
    'refuses a condition in language "%s", naming the flow',
    async (language) => {
      const report = await lintPieces(branching({ condition: 'next(null, process.exit(1))', language }));

      expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.scriptForbidden}@Conditional`]);
      expect(report.errors[0].message).toContain(language);
    },
  );

  it.each(['feel', 'JUEL'])('accepts a condition in language "%s", which the engine evaluates safely', async (language) => {
    const report = await lintPieces(branching({ condition: "outcome = 'approve'", language }));

    expect(report.errors).toEqual([]);
  });

  it('refuses multi-instance expressions written as scripts, naming the activity', async () => {
    const loop =
      '<bpmn:multiInstanceLoopCharacteristics>' +
      '<bpmn:loopCardinality xsi:type="bpmn:tFormalExpression" language="javascript">require("fs").readdirSync("/").length</bpmn:loopCardinality>' +
      '<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${nrOfCompletedInstances == 2}</bpmn:completionCondition>' +
      '</bpmn:multiInstanceLoopCharacteristics>';
    const task = node('userTask', 'Many', {
      name: 'Nhiều người',
      'camunda:candidateGroups': 'clerk',
      'vd:level': 'commune',
      'vd:outcomes': 'ok',
      'vd:limitWorkingDays': '3',
      'vd:legalBasis': 'x',
    }, loop);

    const report = await lintPieces([startEvent('start'), task, endEvent('end'), sequenceFlow('f1', 'start', 'Many'), sequenceFlow('f2', 'Many', 'end')]);

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.scriptForbidden}@Many`]);
  });

  it('refuses camunda scripts in listeners and warns that listeners are not run', async () => {
    const extensions =
      '<bpmn:extensionElements>' +
      '<camunda:executionListener event="start">' +
      '<camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script>' +
      '</camunda:executionListener>' +
      '<camunda:taskListener event="create" class="com.example.Listener"/>' +
      '</bpmn:extensionElements>';
    const task = node('userTask', 'Listened', {
      name: 'Có listener',
      'camunda:candidateGroups': 'clerk',
      'vd:level': 'commune',
      'vd:outcomes': 'ok',
      'vd:limitWorkingDays': '3',
      'vd:legalBasis': 'x',
    }, extensions);

    const report = await lintPieces([startEvent('start'), task, endEvent('end'), sequenceFlow('f1', 'start', 'Listened'), sequenceFlow('f2', 'Listened', 'end')]);

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.scriptForbidden}@Listened`]);
    expect(pairs(issuesWith(report.warnings, ISSUE_CODES.extensionIgnored))).toEqual([
      `${ISSUE_CODES.extensionIgnored}@Listened`,
      `${ISSUE_CODES.extensionIgnored}@Listened`,
    ]);
    expect(issuesWith(report.warnings, ISSUE_CODES.extensionIgnored).map((issue) => issue.message)).toEqual([
      expect.stringContaining('camunda:ExecutionListener'),
      expect.stringContaining('camunda:TaskListener'),
    ]);
  });
});
