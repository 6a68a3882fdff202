/**
 * The two astronomical quantities the Vietnamese lunisolar calendar needs: when each new moon
 * (điểm Sóc) happens, and where the sun stands on the ecliptic (for the major solar terms,
 * Trung khí, which decide month 11 and the leap month).
 *
 * Both are the truncated series of Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998),
 * chapters 25 and 49, as used by Hồ Ngọc Đức in his published Vietnamese calendar algorithm
 * ("Thuật toán tính âm lịch", informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html).
 * They are accurate to minutes, which is enough for dates in roughly 1800–2199; a new moon
 * within minutes of local midnight could still be placed on the wrong day, which is why the
 * holiday schedules also exist as editable data.
 */

const DEGREE = Math.PI / 180;

/** Mean length of a synodic month (new moon to new moon), in days. */
export const SYNODIC_MONTH_DAYS = 29.530588853;

/** Julian day of the new moon Meeus numbers k = 0 (1900-01-01 ~13:51 UT), the origin of k. */
export const NEW_MOON_ZERO_JULIAN_DAY = 2415021.076998695;

const sin = (degrees: number): number => Math.sin(degrees * DEGREE);

/**
 * Julian day (a fractional day count, UT) of the k-th new moon after the one of 1900-01-01.
 * Mean lunation plus the largest periodic corrections (the sun's and moon's anomalies and
 * the moon's argument of latitude), minus ΔT to turn dynamical time into universal time.
 */
export function newMoonJulianDay(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900 January 0.5
  const t2 = t * t;
  const t3 = t2 * t;

  const meanNewMoon =
    2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
  const sunMeanAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonMeanAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const moonLatitudeArgument = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;

  const m = sunMeanAnomaly;
  const mp = moonMeanAnomaly;
  const f = moonLatitudeArgument;
  const periodicCorrection =
    (0.1734 - 0.000393 * t) * sin(m) +
    0.0021 * sin(2 * m) -
    0.4068 * sin(mp) +
    0.0161 * sin(2 * mp) -
    0.0004 * sin(3 * mp) +
    0.0104 * sin(2 * f) -
    0.0051 * sin(m + mp) -
    0.0074 * sin(m - mp) +
    0.0004 * sin(2 * f + m) -
    0.0004 * sin(2 * f - m) -
    0.0006 * sin(2 * f + mp) +
    0.001 * sin(2 * f - mp) +
    0.0005 * sin(2 * mp + m);

  // ΔT (TT − UT) in days: a polynomial fit, with a different one for the 18th century.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;

  return meanNewMoon + periodicCorrection - deltaT;
}

/**
 * Apparent-enough ecliptic longitude of the sun, in radians within [0, 2π), at a Julian day
 * (UT). Mean longitude plus the equation of the centre; nutation and aberration (< 0.01°)
 * are left out as in the published algorithm.
 */
export function sunLongitudeRadians(julianDay: number): number {
  const t = (julianDay - 2451545.0) / 36525; // Julian centuries since J2000.0
  const t2 = t * t;
  const meanAnomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const equationOfCentre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) +
    0.00029 * sin(3 * meanAnomaly);
  const longitude = (meanLongitude + equationOfCentre) * DEGREE;
  const fullTurn = 2 * Math.PI;
  return longitude - fullTurn * Math.floor(longitude / fullTurn);
}
