import type { AreaClass, Bounds, CriteriaValues, Criterion, CriterionIssue, EvaluationContext, EvaluationResult } from './criterion';

/**
 * Checks one list line against its criteria. Errors block a submission: a measured value
 * missing, not a number or outside its threshold, an attested standard answered "no", a
 * value of the wrong type. Warnings never block: a "yes" or a number without the evidence
 * it needs, a standard not yet answered, a threshold that needs an unknown area class.
 */
export function evaluateNominee(values: CriteriaValues | null | undefined, criteria: readonly Criterion[], context: EvaluationContext = {}): EvaluationResult {
  const given = values ?? {};
  const applicable = criteria.filter(
    (criterion) => (!context.subjectType || criterion.subjectType === context.subjectType) && (context.atFinalReview !== false || !criterion.finalReviewOnly),
  );
  const errors: CriterionIssue[] = [];
  const warnings: CriterionIssue[] = [];
  const groups = new Map<string, Array<{ criterion: Criterion; met: boolean }>>();

  for (const criterion of applicable) {
    const entry = given[criterion.code];
    const evidenced = hasEvidence(entry?.evidence);
    if (criterion.kind === 'attested') {
      checkAttested(criterion, entry?.value, evidenced, errors, warnings);
      continue;
    }
    const outcome = checkMeasured(criterion, entry?.value, context.areaClass ?? null);
    if (outcome.invalid) errors.push(outcome.invalid);
    if (outcome.unknownArea) warnings.push(outcome.unknownArea);
    if (outcome.provided && criterion.evidenceRequired === true && !evidenced) {
      warnings.push(issue(criterion.code, 'EVIDENCE_MISSING', `${criterion.label}: chưa có minh chứng cho số liệu đã nhập`));
    }
    if (criterion.anyOfGroup) {
      groups.set(criterion.anyOfGroup, [...(groups.get(criterion.anyOfGroup) ?? []), { criterion, met: outcome.met }]);
    } else if (outcome.shortfall) {
      errors.push(outcome.shortfall);
    }
  }

  for (const [group, members] of groups) {
    if (members.some((member) => member.met)) continue;
    const alternatives = members.map(({ criterion }) => `${criterion.label} ${describeBounds(boundsFor(criterion, context.areaClass ?? null) ?? {}, criterion.unit)}`.trim());
    errors.push(issue(group, 'NO_ALTERNATIVE_MET', `Chưa đạt tiêu chuẩn nào trong các lựa chọn: ${alternatives.join('; hoặc ')}`));
  }

  const known = new Set(applicable.map((criterion) => criterion.code));
  // Values kept for a criterion that waits for the final review are not unknown, just early.
  const waiting = new Set(criteria.filter((criterion) => criterion.finalReviewOnly && (!context.subjectType || criterion.subjectType === context.subjectType)).map((criterion) => criterion.code));
  for (const code of Object.keys(given)) {
    if (!known.has(code) && !waiting.has(code)) warnings.push(issue(code, 'UNKNOWN_CRITERION', `Tiêu chuẩn ${code} không thuộc phong trào hoặc đối tượng này; số liệu được bỏ qua`));
  }
  return { errors, warnings };
}

function checkAttested(criterion: Criterion, value: unknown, evidenced: boolean, errors: CriterionIssue[], warnings: CriterionIssue[]): void {
  if (value === undefined || value === null) {
    warnings.push(issue(criterion.code, 'NOT_ATTESTED', `${criterion.label}: chưa xác nhận đạt hay không đạt`));
  } else if (typeof value !== 'boolean') {
    errors.push(issue(criterion.code, 'NOT_A_BOOLEAN', `${criterion.label}: cần trả lời có hoặc không`));
  } else if (!value) {
    errors.push(issue(criterion.code, 'NOT_MET', `${criterion.label}: không đạt`));
  } else if (criterion.evidenceRequired !== false && !evidenced) {
    warnings.push(issue(criterion.code, 'EVIDENCE_MISSING', `${criterion.label}: đã xác nhận đạt nhưng chưa có minh chứng`));
  }
}

interface MeasuredOutcome {
  provided: boolean;
  met: boolean;
  invalid?: CriterionIssue;
  shortfall?: CriterionIssue;
  unknownArea?: CriterionIssue;
}

function checkMeasured(criterion: Criterion, value: unknown, areaClass: AreaClass | null): MeasuredOutcome {
  if (value === undefined || value === null) {
    return { provided: false, met: false, shortfall: issue(criterion.code, 'MISSING_VALUE', `${criterion.label}: chưa nhập số liệu`) };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const invalid = issue(criterion.code, 'NOT_A_NUMBER', `${criterion.label}: giá trị "${String(value).slice(0, 50)}" không phải là số`);
    return { provided: true, met: false, invalid };
  }
  const bounds = boundsFor(criterion, areaClass);
  if (!bounds) {
    const unknownArea = issue(criterion.code, 'AREA_CLASS_UNKNOWN', `${criterion.label}: đơn vị chưa được xác định khu vực (I, II, III) nên chưa đối chiếu được ngưỡng`);
    return { provided: true, met: true, unknownArea };
  }
  const where = areaClass && criterion.threshold?.byAreaClass?.[areaClass] ? ` (khu vực ${areaClass})` : '';
  if (bounds.min !== undefined && value < bounds.min) {
    const shortfall = issue(criterion.code, 'BELOW_MIN', `${criterion.label}: ${formatNumber(value, criterion.unit)}, chưa đạt mức tối thiểu ${formatNumber(bounds.min, criterion.unit)}${where}`);
    return { provided: true, met: false, shortfall };
  }
  if (bounds.max !== undefined && value > bounds.max) {
    const shortfall = issue(criterion.code, 'ABOVE_MAX', `${criterion.label}: ${formatNumber(value, criterion.unit)}, vượt mức tối đa ${formatNumber(bounds.max, criterion.unit)}${where}`);
    return { provided: true, met: false, shortfall };
  }
  return { provided: true, met: true };
}

/**
 * The bounds that apply to a unit: its area class's when the criterion has them, else the
 * general ones; undefined when only per-area bounds exist and the area class is unknown.
 */
export function boundsFor(criterion: Criterion, areaClass: AreaClass | null): Bounds | undefined {
  const threshold = criterion.threshold ?? {};
  const byArea = threshold.byAreaClass;
  if (areaClass && byArea?.[areaClass]) return byArea[areaClass];
  const general: Bounds = {};
  if (threshold.min !== undefined) general.min = threshold.min;
  if (threshold.max !== undefined) general.max = threshold.max;
  if (general.min === undefined && general.max === undefined && byArea && Object.keys(byArea).length > 0 && !areaClass) return undefined;
  return general;
}

function describeBounds(bounds: Bounds, unit?: string): string {
  if (bounds.min !== undefined && bounds.max !== undefined) return `từ ${formatNumber(bounds.min, unit)} đến ${formatNumber(bounds.max, unit)}`;
  if (bounds.min !== undefined) return `từ ${formatNumber(bounds.min, unit)} trở lên`;
  if (bounds.max !== undefined) return `không quá ${formatNumber(bounds.max, unit)}`;
  return '';
}

/** Vietnamese number style: 2,5 and 200.000. */
export function formatNumber(value: number, unit?: string): string {
  const text = value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}

function hasEvidence(evidence: unknown): boolean {
  return Array.isArray(evidence) && evidence.some((item) => typeof item === 'string' && item.trim().length > 0);
}

function issue(criterion: string, code: string, message: string): CriterionIssue {
  return { criterion, code, message };
}
