import { foldVietnamese } from '../search/fold-vietnamese';
import type { Level } from '../levels/level';

/**
 * Reading the national statistics office's listing (danh mục đơn vị hành chính): its unit
 * kinds, its dd/mm/yyyy dates and its zero-padded numeric codes.
 */

/** A kind the listing names, mapped to our tier; `city` depends on what the unit sits under. */
export type ListingKind = Level | 'city';

const KINDS: Record<string, ListingKind> = {
  'trung uong': 'central',
  central: 'central',
  tinh: 'province',
  'thanh pho trung uong': 'province',
  'thanh pho truc thuoc trung uong': 'province',
  province: 'province',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  'thanh pho thuoc tinh': 'district',
  district: 'district',
  xa: 'commune',
  phuong: 'commune',
  'thi tran': 'commune',
  'dac khu': 'commune',
  commune: 'commune',
  // "Thành phố" alone is a centrally governed city (a province) under the centre, and a
  // provincial city (a district) under a province: the parent decides.
  'thanh pho': 'city',
};

export function parseListingKind(text: string): ListingKind | undefined {
  return KINDS[foldVietnamese(text)];
}

/** The tier of a unit of `kind` whose parent has `parentLevel` (null: no parent). */
export function resolveListingKind(kind: ListingKind, parentLevel: Level | null | undefined): Level | undefined {
  if (kind !== 'city') return kind;
  if (parentLevel === 'central') return 'province';
  if (parentLevel === 'province') return 'district';
  return undefined;
}

/** `dd/mm/yyyy` (also `-` or `.` between, one-digit day or month) → `yyyy-mm-dd`; undefined when not a real date. */
export function parseListingDate(text: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Official code widths: province 2 digits, district 3, commune 5. */
export const CODE_WIDTHS: Record<Level, number | undefined> = { central: undefined, province: 2, district: 3, commune: 5 };

/**
 * A spreadsheet that stored a code as a number lost its leading zeros ("1" for "01"); put
 * them back for the unit's tier. Codes that are not all digits are kept as written.
 */
export function padListingCode(code: string, level: Level | undefined): string {
  const width = level ? CODE_WIDTHS[level] : undefined;
  return width && /^\d+$/.test(code) && code.length < width ? code.padStart(width, '0') : code;
}
