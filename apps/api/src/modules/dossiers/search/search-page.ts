import type { Page } from '../../../common/paging/page-query.dto';

/**
 * Searches count their matches only up to this many: past it, an exact figure costs a scan
 * of every match (tens of thousands for "khen thuong") and tells the user nothing more than
 * "more than 500". `totalCapped` says the total is that lower bound.
 */
export const SEARCH_TOTAL_CAP = 500;

export interface SearchPage<T> extends Page<T> {
  /** True when there are more matches than `total` (= SEARCH_TOTAL_CAP). */
  totalCapped: boolean;
}

/** Positional parameters for hand-written SQL: `sql.param(value)` → `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `count` rows of a `SELECT … LIMIT cap + 1`, as a total and whether it hit the cap. */
export function cappedTotal(count: number): { total: number; totalCapped: boolean } {
  return count > SEARCH_TOTAL_CAP ? { total: SEARCH_TOTAL_CAP, totalCapped: true } : { total: count, totalCapped: false };
}
