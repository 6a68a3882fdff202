import { daysOffOf, validateYearCalendar, type YearCalendar } from './year-calendar';

const empty2027: YearCalendar = { year: 2027, holidays: [], daysOffInLieu: [], swappedWorkingDays: [], extraDaysOff: [] };

describe('validateYearCalendar', () => {
  it('accepts an empty schedule', () => {
    expect(validateYearCalendar(empty2027)).toEqual([]);
  });

  it('reports each kind of mistake an admin can make', () => {
    const problems = validateYearCalendar({
      ...empty2027,
      holidays: [{ date: '2027-02-30', name: 'no such day' }, { date: '2027-11-24', name: 'Ngày Văn hóa' }],
      daysOffInLieu: [{ date: '2027-02-06', reason: 'a Saturday' }],
      swappedWorkingDays: [{ date: '2027-11-24', reason: 'also a holiday' }, { date: '2027-03-03', reason: 'a Wednesday' }],
      extraDaysOff: [{ date: '2030-01-02', reason: 'far away' }],
    });
    expect(problems).toEqual([
      'holidays: "2027-02-30" is not a YYYY-MM-DD date',
      'daysOffInLieu: 2027-02-06 is a weekend day, already off',
      '2027-11-24 is listed in both holidays and swappedWorkingDays',
      'swappedWorkingDays: 2027-11-24 is already a working day',
      'swappedWorkingDays: 2027-03-03 is already a working day',
      'extraDaysOff: 2030-01-02 is too far from 2027',
    ]);
  });

  it('allows a swap in the neighbouring year', () => {
    expect(validateYearCalendar({ ...empty2027, swappedWorkingDays: [{ date: '2026-12-26', reason: 'New Year swap' }] })).toEqual([]);
  });
});

describe('daysOffOf', () => {
  it('lists holidays, days in lieu and extra days off, not swapped working days', () => {
    const calendar: YearCalendar = {
      ...empty2027,
      holidays: [{ date: '2027-01-01', name: 'Tết Dương lịch' }],
      daysOffInLieu: [{ date: '2027-05-03', reason: 'bù' }],
      swappedWorkingDays: [{ date: '2027-01-09', reason: 'làm bù' }],
      extraDaysOff: [{ date: '2027-01-04', reason: 'hoán đổi' }],
    };
    expect(daysOffOf(calendar)).toEqual(['2027-01-01', '2027-05-03', '2027-01-04']);
  });
});
