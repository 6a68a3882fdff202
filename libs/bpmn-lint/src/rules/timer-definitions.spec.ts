import { ISSUE_CODES } from '../issue-codes';
import { boundaryTimer, endEvent, sequenceFlow, startEvent, timerCatch, userTask, type Piece, type TimerValue } from '../testing/bpmn-builder';
import { lintPieces, pairs } from '../testing/report-helpers';

function withBoundary(value: TimerValue, cancelActivity = true): Piece[] {
  return [
    startEvent('start'),
    userTask('task'),
    boundaryTimer('Deadline', 'task', value, cancelActivity),
    endEvent('end'),
    endEvent('late'),
    sequenceFlow('f1', 'start', 'task'),
    sequenceFlow('f2', 'task', 'end'),
    sequenceFlow('f3', 'Deadline', 'late'),
  ];
}

describe('timer definitions', () => {
  it.each<[string, TimerValue]>([
    ['a duration', { timeDuration: 'P10D' }],
    ['a duration with time', { timeDuration: 'P1DT12H' }],
    ['a date with offset', { timeDate: '2025-06-11T08:00:00+07:00' }],
    ['an expression', { timeDuration: '${limitDuration}' }],
    ['a FEEL expression', { timeDate: '=dueDate' }],
  ])('accepts %s', async (_label, value) => {
    const report = await lintPieces(withBoundary(value));

    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it.each<[string, TimerValue]>([
    ['a duration in words', { timeDuration: '30 ngày' }],
    ['a cron expression', { timeCycle: '0 0 9 * * ?' }],
    ['an impossible date', { timeDate: '2025-13-01' }],
    ['a bare P', { timeDuration: 'P' }],
    ['a duration given as a date', { timeDate: 'P10D' }],
  ])('refuses %s, naming the event', async (_label, value) => {
    const report = await lintPieces(withBoundary(value));

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.timerInvalid}@Deadline`]);
    expect(report.errors[0].message).toContain(Object.values(value)[0]);
  });

  it('refuses a timer without a value', async () => {
    const empty = await lintPieces(withBoundary({}));
    const blank = await lintPieces(withBoundary({ timeDuration: '  ' }));

    expect(pairs(empty.errors)).toEqual([`${ISSUE_CODES.timerMissing}@Deadline`]);
    expect(pairs(blank.errors)).toEqual([`${ISSUE_CODES.timerMissing}@Deadline`]);
  });

  it('refuses a timer with two values', async () => {
    const secondValue = '<bpmn:timeDate>2030-01-01</bpmn:timeDate></bpmn:timerEventDefinition>';
    const pieces = withBoundary({ timeDuration: 'P1D' }).map((piece) =>
      piece.id === 'Deadline'
        ? { ...piece, xml: (children: string) => piece.xml(children).replace('</bpmn:timerEventDefinition>', secondValue) }
        : piece,
    );

    const report = await lintPieces(pieces);

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.timerInvalid}@Deadline`]);
  });

  it('accepts a cycle on a non-interrupting boundary, and warns that it fires once anywhere else', async () => {
    const repeating = await lintPieces(withBoundary({ timeCycle: 'R3/P5D' }, false));
    const interrupting = await lintPieces(withBoundary({ timeCycle: 'R3/P5D' }, true));
    const waiting = await lintPieces([
      startEvent('start'),
      timerCatch('Pause', { timeCycle: 'R/PT1H' }),
      endEvent('end'),
      sequenceFlow('f1', 'start', 'Pause'),
      sequenceFlow('f2', 'Pause', 'end'),
    ]);

    expect(repeating.warnings).toEqual([]);
    expect(pairs(interrupting.warnings)).toEqual([`${ISSUE_CODES.timerCycleNotRepeating}@Deadline`]);
    expect(pairs(waiting.warnings)).toEqual([`${ISSUE_CODES.timerCycleNotRepeating}@Pause`]);
    expect(interrupting.ok && waiting.ok).toBe(true);
  });
});
