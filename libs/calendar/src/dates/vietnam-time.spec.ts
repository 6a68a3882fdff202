import { dueInstant, vietnamDateOf } from './vietnam-time';

describe('Vietnam time', () => {
  it('ends a due date at 23:59:59 in Vietnam, i.e. 16:59:59 UTC', () => {
    expect(dueInstant('2024-02-15')).toBe('2024-02-15T16:59:59.000Z');
    expect(dueInstant('2025-01-01')).toBe('2025-01-01T16:59:59.000Z');
    expect(() => dueInstant('2025-02-30')).toThrow(RangeError);
  });

  it('the due instant is the last second of that day as seen in Vietnam', () => {
    const instant = new Date(dueInstant('2024-12-31'));
    expect(vietnamDateOf(instant)).toBe('2024-12-31');
    expect(vietnamDateOf(new Date(instant.getTime() + 1000))).toBe('2025-01-01');
  });

  it('reads the Vietnamese calendar date of an instant (UTC+7, no DST)', () => {
    expect(vietnamDateOf('2024-02-09T16:59:59Z')).toBe('2024-02-09');
    expect(vietnamDateOf('2024-02-09T17:00:00Z')).toBe('2024-02-10');
    expect(vietnamDateOf('2024-07-01T00:00:00+07:00')).toBe('2024-07-01');
    expect(() => vietnamDateOf('not a date')).toThrow(RangeError);
  });
});
