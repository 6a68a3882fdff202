import type { Level } from '../levels/level';
import { SUBJECT_TYPE_LABELS_VI, type SubjectType } from './subject-types';

/**
 * Định mức: how many lines of one subject type a unit may put forward in a movement, e.g.
 * "mỗi xã chọn 01 thôn tiêu biểu" (per commune, at most 1 village) or "toàn huyện chọn 5-10
 * hộ tiêu biểu" (per district, 5 to 10 households).
 */
export interface Quota {
  code: string;
  label: string;
  subjectType: SubjectType;
  /** The tier of the unit the count is kept for. */
  per: Exclude<Level, 'central'>;
  min?: number;
  max?: number;
  source: string;
}

/** One line counted against a quota: its subject type and the unit (at the quota's tier) it counts for. */
export interface QuotaEntry {
  subjectType: SubjectType;
  unitId: string;
}

export interface QuotaViolation {
  quota: string;
  unitId: string;
  kind: 'over' | 'under';
  count: number;
  limit: number;
  message: string;
}

export interface QuotaCheckOptions {
  /**
   * The list is the unit's own, complete list: the minimum applies too. Lists sent up from
   * below are parts of the unit's total, so only the maximum can be checked on them.
   */
  complete?: boolean;
  unitNames?: Record<string, string>;
}

/** Counts the entries of the quota's subject type per unit and reports every bound crossed. */
export function checkQuota(list: readonly QuotaEntry[], quota: Quota, options: QuotaCheckOptions = {}): QuotaViolation[] {
  const counts = new Map<string, number>();
  for (const entry of list) {
    if (entry.subjectType === quota.subjectType) counts.set(entry.unitId, (counts.get(entry.unitId) ?? 0) + 1);
  }
  const what = SUBJECT_TYPE_LABELS_VI[quota.subjectType].toLowerCase();
  const violations: QuotaViolation[] = [];
  for (const [unitId, count] of counts) {
    const unit = options.unitNames?.[unitId] ?? unitId;
    if (quota.max !== undefined && count > quota.max) {
      violations.push({ quota: quota.code, unitId, kind: 'over', count, limit: quota.max, message: `${quota.label}: ${unit} đã đề nghị ${count} (${what}), vượt định mức tối đa ${quota.max}` });
    }
    if (options.complete && quota.min !== undefined && count < quota.min) {
      violations.push({ quota: quota.code, unitId, kind: 'under', count, limit: quota.min, message: `${quota.label}: ${unit} mới đề nghị ${count} (${what}), chưa đủ định mức tối thiểu ${quota.min}` });
    }
  }
  return violations;
}
