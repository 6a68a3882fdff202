import { dueClockOf, type EarlierActivation } from './due-clock';

/** 09:00 in Hà Nội on that day. */
const at = (date: string): Date => new Date(`${date}T09:00:00+07:00`);
const activation = (created: string, completed: string | null, outcome: string | null): EarlierActivation => ({
  createdAt: at(created),
  completedAt: completed ? at(completed) : null,
  outcome,
});

describe('dueClockOf', () => {
  it('starts a first activation on the day it opens (in Vietnam), with no pause', () => {
    expect(dueClockOf([], new Date('2026-03-02T18:00:00Z'))).toEqual({ startedOn: '2026-03-03', pauses: [] });
  });

  it('resumes a step reopened after a return from its first start, paused while the dossier was out', () => {
    const earlier = [activation('2026-03-02', '2026-03-05', 'return')];
    expect(dueClockOf(earlier, at('2026-03-12'))).toEqual({ startedOn: '2026-03-02', pauses: [{ from: '2026-03-05', to: '2026-03-12' }] });
  });

  it('adds up an unbroken run of returns, and ignores what came before it', () => {
    const earlier = [
      activation('2026-01-05', '2026-01-06', 'approve'),
      activation('2026-03-02', '2026-03-03', 'return'),
      activation('2026-03-09', '2026-03-10', 'return'),
    ];
    expect(dueClockOf(earlier, at('2026-03-16'))).toEqual({
      startedOn: '2026-03-02',
      pauses: [
        { from: '2026-03-03', to: '2026-03-09' },
        { from: '2026-03-10', to: '2026-03-16' },
      ],
    });
  });

  it('starts afresh when the previous activation ended any other way', () => {
    for (const previous of [activation('2026-03-02', '2026-03-03', 'approve'), activation('2026-03-02', '2026-03-03', null), activation('2026-03-02', null, 'return')]) {
      expect(dueClockOf([previous], at('2026-03-16'))).toEqual({ startedOn: '2026-03-16', pauses: [] });
    }
  });
});
