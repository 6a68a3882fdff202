import { toJulianDayNumber } from '../dates/iso-date';
import { NEW_MOON_ZERO_JULIAN_DAY, SYNODIC_MONTH_DAYS, newMoonJulianDay, sunLongitudeRadians } from './astronomy';

/** Julian day (fractional, UT) of a UTC date and time. */
function julianDay(date: string, hours: number, minutes: number): number {
  return toJulianDayNumber(date) - 0.5 + (hours + minutes / 60) / 24;
}

const MINUTE = 1 / (24 * 60);
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

describe('astronomy', () => {
  // Published instants (UTC) of the 2024 equinox/solstice and of the new moons before Tết 2024.
  it('puts the sun at 0° at the March equinox 2024 (20 March, 03:06 UT) and 270° at the December solstice (21 December, 09:20 UT)', () => {
    const atEquinox = toDegrees(sunLongitudeRadians(julianDay('2024-03-20', 3, 6)));
    expect(Math.min(atEquinox, 360 - atEquinox)).toBeLessThan(0.02); // the sun moves ~0.04° an hour
    expect(toDegrees(sunLongitudeRadians(julianDay('2024-12-21', 9, 20)))).toBeCloseTo(270, 1);
  });

  it('finds the new moons of 11 January 2024 (11:57 UT) and 9 February 2024 (22:59 UT) within 15 minutes', () => {
    const kJanuary = Math.round((julianDay('2024-01-11', 12, 0) - NEW_MOON_ZERO_JULIAN_DAY) / SYNODIC_MONTH_DAYS);
    expect(Math.abs(newMoonJulianDay(kJanuary) - julianDay('2024-01-11', 11, 57))).toBeLessThan(15 * MINUTE);
    expect(Math.abs(newMoonJulianDay(kJanuary + 1) - julianDay('2024-02-09', 22, 59))).toBeLessThan(15 * MINUTE);
  });

  it('spaces new moons by one synodic month on average', () => {
    // Over 1,200 lunations the periodic terms (< 0.6 day) average out to under 0.001 day.
    const span = newMoonJulianDay(2200) - newMoonJulianDay(1000);
    expect(Math.abs(span / 1200 - SYNODIC_MONTH_DAYS)).toBeLessThan(0.001);
  });
});
