import type { DocumentNumber, IsoDate, PlaceDate } from '../model/common';
import { DocumentDataError } from '../model/errors';
import type { LevelOutcome, SubjectKind } from '../model/nominee';

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

/** Parses 'YYYY-MM-DD' strictly: a document dated 31/2 must fail loudly, not roll over. */
export function parseIsoDate(date: IsoDate): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!m || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new DocumentDataError('INVALID_DATE', `Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  }
  return { day, month, year };
}

/**
 * "Yên Thế, ngày 05 tháng 02 năm 2024": Decree 30 pads days below 10 and months 1 and 2 with
 * a zero, so the date cannot be altered by writing a digit in front.
 */
export function placeDateLine(pd: PlaceDate): string {
  const { day, month, year } = parseIsoDate(pd.date);
  const d = day < 10 ? `0${day}` : `${day}`;
  const mo = month < 3 ? `0${month}` : `${month}`;
  return `${pd.place}, ngày ${d} tháng ${mo} năm ${year}`;
}

/** "27/9/2017", the short form used when one document cites another. */
export function shortDate(date: IsoDate): string {
  const { day, month, year } = parseIsoDate(date);
  return `${day}/${month}/${year}`;
}

/** "Số: 75/KH-UBND"; a blank number keeps room for the văn thư to write it in. */
export function numberLine(n: DocumentNumber): string {
  const num = n.number === undefined || n.number === '' ? '\u00a0'.repeat(8) : String(n.number);
  return `Số: ${num}/${n.symbol}`;
}

/** "75/KH-UBND" for citations inside text. */
export function numberRef(n: DocumentNumber): string {
  return `${n.number === undefined || n.number === '' ? '…' : String(n.number)}/${n.symbol}`;
}

/** Counts in administrative prose are written with two digits: "05 tập thể". */
export function count2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "88,9%": Vietnamese decimal comma. */
export function percentText(p: number): string {
  return `${Number.isInteger(p) ? p : p.toFixed(1).replace('.', ',')}%`;
}

/** "1.234,5": Vietnamese grouping (dot) and decimal (comma) separators. */
export function numberText(n: number): string {
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export const SUBJECT_LABEL: Record<SubjectKind, string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  household: 'hộ gia đình',
  enterprise: 'doanh nghiệp',
};

/** Roman numerals for group headings (I. TẬP THỂ, II. CÁ NHÂN ...). */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, sym] of table) {
    while (n >= value) {
      out += sym;
      n -= value;
    }
  }
  return out;
}

/** How a level's decision reads in a list cell. */
export function outcomeText(o: LevelOutcome | undefined): string {
  if (!o) return '–';
  switch (o.status) {
    case 'approved':
      return o.note ? `Đồng ý (${o.note})` : 'Đồng ý';
    case 'dropped':
      return `Không đề nghị: ${o.reason}`;
    case 'lifted':
      return `Nâng lên ${o.toAward}`;
    case 'pending':
      return 'Đang xét';
  }
}

/** Vietnamese upper case: toUpperCase keeps the diacritics (ư → Ư, đ → Đ) as NFC. */
export function upper(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('vi-VN');
}
