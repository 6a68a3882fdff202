import { ISSUE_CODES } from '../issue-codes';
import type { LintReport } from '../lint-report';
import {
  boundaryTimer,
  endEvent,
  node,
  scriptTask,
  sequenceFlow,
  serviceTask,
  startEvent,
  subProcess,
  timerCatch,
  timerDefinition,
  userTask,
  type Piece,
} from '../testing/bpmn-builder';
import { issuesWith, lintPieces, pairs } from '../testing/report-helpers';

/** start → the element under test → end, so that only the element itself can be at fault. */
function around(element: Piece, extra: Piece[] = []): Piece[] {
  return [
    startEvent('start'),
    element,
    endEvent('end'),
    sequenceFlow('in', 'start', element.id),
    sequenceFlow('out', element.id, 'end'),
    ...extra,
  ];
}

const unsupported = (report: LintReport): string[] => pairs(issuesWith(report.errors, ISSUE_CODES.elementUnsupported));

describe('unsupported elements', () => {
  it('refuses a script task as a security matter, naming it', async () => {
    const report = await lintPieces(around(scriptTask('RunScript')));

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.scriptForbidden}@RunScript`]);
    expect(report.errors[0].message).toContain('JavaScript');
  });

  it.each([
    ['a service task', serviceTask('CallService')],
    ['a send task', node('sendTask', 'CallService', { name: 'Gửi' })],
    ['a business rule task', node('businessRuleTask', 'CallService', { name: 'DMN' })],
    ['a receive task', node('receiveTask', 'CallService', { name: 'Chờ' })],
    ['a call activity', node('callActivity', 'CallService', { name: 'Gọi', calledElement: 'other' })],
    ['a manual task', node('manualTask', 'CallService', { name: 'Làm tay' })],
    ['an untyped task', node('task', 'CallService', { name: 'Việc' })],
    ['an inclusive gateway', node('inclusiveGateway', 'CallService', { name: 'Hoặc' })],
    ['a complex gateway', node('complexGateway', 'CallService', { name: 'Phức' })],
    ['an intermediate throw event', node('intermediateThrowEvent', 'CallService', { name: 'Phát' })],
    ['a message catch event', node('intermediateCatchEvent', 'CallService', { name: 'Thư' }, '<bpmn:messageEventDefinition/>')],
    ['a signal catch event', node('intermediateCatchEvent', 'CallService', { name: 'Hiệu' }, '<bpmn:signalEventDefinition/>')],
    ['a conditional catch event', node('intermediateCatchEvent', 'CallService', { name: 'ĐK' }, '<bpmn:conditionalEventDefinition/>')],
    ['a transaction', node('transaction', 'CallService', { name: 'Giao dịch' })],
    ['a standard loop', node('userTask', 'CallService', { name: 'Lặp' }, '<bpmn:standardLoopCharacteristics/>')],
  ])('refuses %s, naming it and saying why', async (_label, element) => {
    const report = await lintPieces(around(element));

    expect(unsupported(report)).toEqual([`${ISSUE_CODES.elementUnsupported}@CallService`]);
    expect(report.errors.find((issue) => issue.elementId === 'CallService')?.message).toMatch(/không được hỗ trợ: \S/);
  });

  it('refuses an event-based gateway and the message events behind it', async () => {
    const report = await lintPieces([
      startEvent('start'),
      node('eventBasedGateway', 'Wait', { name: 'Chờ' }),
      node('intermediateCatchEvent', 'Letter', { name: 'Thư' }, '<bpmn:messageEventDefinition/>'),
      endEvent('end'),
      sequenceFlow('f1', 'start', 'Wait'),
      sequenceFlow('f2', 'Wait', 'Letter'),
      sequenceFlow('f3', 'Letter', 'end'),
    ]);

    expect(unsupported(report)).toEqual([`${ISSUE_CODES.elementUnsupported}@Wait`, `${ISSUE_CODES.elementUnsupported}@Letter`]);
  });

  it('refuses typed start events, message end events and signal boundaries', async () => {
    const report = await lintPieces([
      startEvent('MessageStart', '<bpmn:messageEventDefinition/>'),
      userTask('task'),
      node('boundaryEvent', 'Signal', { name: 'Tín hiệu', attachedToRef: 'task' }, '<bpmn:signalEventDefinition/>'),
      node('endEvent', 'MessageEnd', { name: 'Gửi thư' }, '<bpmn:messageEventDefinition/>'),
      endEvent('end'),
      sequenceFlow('f1', 'MessageStart', 'task'),
      sequenceFlow('f2', 'task', 'MessageEnd'),
      sequenceFlow('f3', 'Signal', 'end'),
    ]);

    expect(unsupported(report)).toEqual([
      `${ISSUE_CODES.elementUnsupported}@MessageStart`,
      `${ISSUE_CODES.elementUnsupported}@Signal`,
      `${ISSUE_CODES.elementUnsupported}@MessageEnd`,
    ]);
    expect(report.errors[0].message).toContain('"message"');
  });

  it('looks inside embedded subprocesses and refuses event subprocesses', async () => {
    const inner = [
      startEvent('innerStart'),
      serviceTask('Deep'),
      endEvent('innerEnd'),
      sequenceFlow('i1', 'innerStart', 'Deep'),
      sequenceFlow('i2', 'Deep', 'innerEnd'),
    ];
    const timerStart = startEvent('timeoutStart', timerDefinition({ timeDuration: 'P1D' }));
    const eventSub: Piece = {
      ...subProcess('OnTimeout', [timerStart, endEvent('timeoutEnd'), sequenceFlow('t1', 'timeoutStart', 'timeoutEnd')]),
      xml: (children) => `<bpmn:subProcess id="OnTimeout" name="Quá hạn" triggeredByEvent="true">${children}</bpmn:subProcess>`,
    };

    const report = await lintPieces([...around(subProcess('Sub', inner)), eventSub]);

    expect(unsupported(report)).toEqual([
      `${ISSUE_CODES.elementUnsupported}@Deep`,
      `${ISSUE_CODES.elementUnsupported}@OnTimeout`,
      `${ISSUE_CODES.elementUnsupported}@timeoutStart`,
    ]);
  });

  it('accepts every supported element: error and terminate ends, timer and error boundaries, timer catch, subprocess, multi-instance', async () => {
    const pieces: Piece[] = [
      startEvent('start'),
      node('userTask', 'Appraise', {
        name: 'Thẩm định song song',
        'camunda:candidateGroups': 'clerk',
        'vd:level': 'district',
        'vd:outcomes': 'ok',
        'vd:limitWorkingDays': '5',
        'vd:legalBasis': 'Điều 48',
      }, '<bpmn:multiInstanceLoopCharacteristics isSequential="false"><bpmn:loopCardinality>${3}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>'),
      boundaryTimer('Late', 'Appraise', { timeDuration: 'P20D' }),
      node('boundaryEvent', 'Failed', { name: 'Lỗi', attachedToRef: 'Appraise' }, '<bpmn:errorEventDefinition/>'),
      timerCatch('Wait', { timeDuration: 'PT1H' }),
      subProcess('Sub', [startEvent('s1'), endEvent('e1'), sequenceFlow('sf', 's1', 'e1')]),
      endEvent('end'),
      endEvent('Stop', 'terminate'),
      endEvent('Broken', 'error', 'Err'),
      sequenceFlow('f1', 'start', 'Appraise'),
      sequenceFlow('f2', 'Appraise', 'Wait'),
      sequenceFlow('f3', 'Wait', 'Sub'),
      sequenceFlow('f4', 'Sub', 'end'),
      sequenceFlow('f5', 'Late', 'Stop'),
      sequenceFlow('f6', 'Failed', 'Broken'),
    ];

    const report = await lintPieces(pieces, { before: '<bpmn:error id="Err" name="Lỗi" errorCode="APPRAISAL_FAILED"/>' });

    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('accepts data objects with a warning that they carry nothing at run time', async () => {
    const dataReference = node('dataObjectReference', 'Dossier', { name: 'Hồ sơ', dataObjectRef: 'DossierData' });

    const report = await lintPieces([...around(userTask('task')), dataReference, node('dataObject', 'DossierData')]);

    expect(report.ok).toBe(true);
    expect(pairs(issuesWith(report.warnings, ISSUE_CODES.elementIgnored))).toEqual([
      `${ISSUE_CODES.elementIgnored}@Dossier`,
      `${ISSUE_CODES.elementIgnored}@DossierData`,
    ]);
  });
});
