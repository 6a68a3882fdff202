import { ISSUE_CODES } from '../issue-codes';
import { endEvent, sequenceFlow, startEvent, userTask } from '../testing/bpmn-builder';
import { lintPieces, pairs } from '../testing/report-helpers';

const withErrorEnd = (errorRef?: string) => [
  startEvent('start'),
  userTask('task'),
  endEvent('Refused', 'error', errorRef),
  sequenceFlow('f1', 'start', 'task'),
  sequenceFlow('f2', 'task', 'Refused'),
];

describe('error end events', () => {
  it('passes an error end event whose bpmn:error has a code', async () => {
    const report = await lintPieces(withErrorEnd('Err'), { before: '<bpmn:error id="Err" name="Từ chối" errorCode="REFUSED"/>' });

    expect(report.warnings).toEqual([]);
  });

  it('warns when the error end event has no error code to record', async () => {
    const noRef = await lintPieces(withErrorEnd());
    const noCode = await lintPieces(withErrorEnd('Err'), { before: '<bpmn:error id="Err" name="Từ chối"/>' });

    expect(pairs(noRef.warnings)).toEqual([`${ISSUE_CODES.errorEventMissingCode}@Refused`]);
    expect(pairs(noCode.warnings)).toEqual([`${ISSUE_CODES.errorEventMissingCode}@Refused`]);
    expect(noRef.ok && noCode.ok).toBe(true);
  });
});
