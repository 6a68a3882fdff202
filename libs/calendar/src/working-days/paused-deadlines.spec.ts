import { addDays } from '../dates/iso-date';
import { dueDateWithPauses, workingDaysUsed } from './paused-deadlines';
import { addWorkingDays } from './working-day-arithmetic';

describe('dueDateWithPauses', () => {
  it('without pauses is addWorkingDays', () => {
    expect(dueDateWithPauses('2024-03-04', 10, [])).toBe(addWorkingDays('2024-03-04', 10));
    expect(dueDateWithPauses('2024-03-04', 10)).toBe('2024-03-18');
  });

  it('stops the clock from the day after the return until the resubmission day', () => {
    // Received Monday 4/3/2024, limit 10. Returned Thursday 7/3 (3 days used: 5, 6, 7 March);
    // resubmitted Tuesday 12/3; 7 days left from Wednesday 13/3: 13, 14, 15, 18, 19, 20, 21.
    expect(dueDateWithPauses('2024-03-04', 10, [{ from: '2024-03-07', to: '2024-03-12' }])).toBe('2024-03-21');
  });

  it('changes nothing for a dossier returned and resubmitted the same day', () => {
    expect(dueDateWithPauses('2024-03-04', 10, [{ from: '2024-03-07', to: '2024-03-07' }])).toBe('2024-03-18');
  });

  it('adds up several pauses', () => {
    const pauses = [
      { from: '2024-03-05', to: '2024-03-06' }, // 1 used, Wed 6/3 skipped
      { from: '2024-03-08', to: '2024-03-12' }, // 7, 8 used; 11, 12 skipped
    ];
    // 3 used by 8/3; 7 left from 13/3: 13, 14, 15, 18, 19, 20, 21.
    expect(dueDateWithPauses('2024-03-04', 10, pauses)).toBe('2024-03-21');
  });

  it('is null while the dossier is still out', () => {
    expect(dueDateWithPauses('2024-03-04', 10, [{ from: '2024-03-07' }])).toBeNull();
  });

  it('cannot extend a limit that ran out before the dossier was returned', () => {
    expect(dueDateWithPauses('2024-03-04', 2, [{ from: '2024-03-08', to: '2024-03-20' }])).toBe('2024-03-06');
    expect(dueDateWithPauses('2024-03-04', 2, [{ from: '2024-03-08' }])).toBe('2024-03-06');
    // Returned on the last day itself: the limit was reached that day.
    expect(dueDateWithPauses('2024-03-04', 3, [{ from: '2024-03-07', to: '2024-03-20' }])).toBe('2024-03-07');
  });

  it('skips Tết after a resubmission', () => {
    // Received Thursday 1/2/2024, returned Monday 5/2 (2 used: 2, 5 Feb), resubmitted Wednesday 7/2;
    // 3 left after 7/2: Tết 8–14/2 off → 15, 16, 19 Feb.
    expect(dueDateWithPauses('2024-02-01', 5, [{ from: '2024-02-05', to: '2024-02-07' }])).toBe('2024-02-19');
  });

  it('rejects pauses out of order, overlapping, inverted, before the start, or open but not last', () => {
    expect(() => dueDateWithPauses('2024-03-04', 10, [{ from: '2024-03-01', to: '2024-03-05' }])).toThrow(/before the start/);
    expect(() => dueDateWithPauses('2024-03-04', 10, [{ from: '2024-03-08', to: '2024-03-06' }])).toThrow(/before it starts/);
    expect(() =>
      dueDateWithPauses('2024-03-04', 10, [
        { from: '2024-03-05', to: '2024-03-08' },
        { from: '2024-03-07', to: '2024-03-11' },
      ]),
    ).toThrow(/previous pause/);
    expect(() => dueDateWithPauses('2024-03-04', 10, [{ from: '2024-03-05' }, { from: '2024-03-07', to: '2024-03-08' }])).toThrow(
      /no end/,
    );
    expect(() => dueDateWithPauses('2024-03-04', -1, [])).toThrow(RangeError);
    expect(() => dueDateWithPauses('2024-03-04', 10, [{ from: '2024-03-32' }])).toThrow(RangeError);
  });
});

describe('workingDaysUsed', () => {
  const pauses = [{ from: '2024-03-07', to: '2024-03-12' }];

  it('counts the working days used, not counting paused days', () => {
    expect(workingDaysUsed('2024-03-04', '2024-03-04', pauses)).toBe(0);
    expect(workingDaysUsed('2024-03-04', '2024-03-07', pauses)).toBe(3);
    expect(workingDaysUsed('2024-03-04', '2024-03-11', pauses)).toBe(3); // while paused
    expect(workingDaysUsed('2024-03-04', '2024-03-12', pauses)).toBe(3); // resubmission day
    expect(workingDaysUsed('2024-03-04', '2024-03-13', pauses)).toBe(4);
    expect(workingDaysUsed('2024-03-04', '2024-03-01', pauses)).toBe(0);
    expect(workingDaysUsed('2024-03-04', '2024-03-20', [{ from: '2024-03-07' }])).toBe(3);
  });

  it('reaches the limit exactly on the due date, and not the day before', () => {
    const cases = [
      { startedOn: '2024-02-01', limit: 5, pauses: [{ from: '2024-02-05', to: '2024-02-07' }] },
      { startedOn: '2025-04-22', limit: 25, pauses: [{ from: '2025-04-25', to: '2025-05-06' }] },
      { startedOn: '2026-01-30', limit: 20, pauses: [{ from: '2026-02-05', to: '2026-02-06' }, { from: '2026-02-10', to: '2026-02-24' }] },
    ];
    for (const { startedOn, limit, pauses: casePauses } of cases) {
      const due = dueDateWithPauses(startedOn, limit, casePauses)!;
      expect(workingDaysUsed(startedOn, due, casePauses)).toBe(limit);
      expect(workingDaysUsed(startedOn, addDays(due, -1), casePauses)).toBe(limit - 1);
    }
  });
});
