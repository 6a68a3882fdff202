import type { SubjectType } from './subject-types';

/** Khu vực I, II, III: the classification of communes that some thresholds depend on. */
export const AREA_CLASSES = ['I', 'II', 'III'] as const;
export type AreaClass = (typeof AREA_CLASSES)[number];

export function isAreaClass(value: unknown): value is AreaClass {
  return typeof value === 'string' && (AREA_CLASSES as readonly string[]).includes(value);
}

/** Inclusive bounds: "từ 3%/năm trở lên" is `{min: 3}`, "không có hộ tái nghèo" is `{max: 0}`. */
export interface Bounds {
  min?: number;
  max?: number;
}

export interface Threshold extends Bounds {
  /** Bounds that replace the general ones for units of that area class. */
  byAreaClass?: Partial<Record<AreaClass, Bounds>>;
}

export type CriterionKind = 'attested' | 'measured';

/**
 * Tiêu chuẩn: one standard a nominee of a subject type must meet. Attested ones are a yes/no
 * declaration backed by evidence; measured ones are a number checked against a threshold.
 */
export interface Criterion {
  code: string;
  label: string;
  subjectType: SubjectType;
  kind: CriterionKind;
  unit?: string;
  threshold?: Threshold;
  /** Attested: defaults to true (a "yes" needs evidence). Measured: defaults to false. */
  evidenceRequired?: boolean;
  /**
   * Measured criteria sharing a group are alternatives: meeting any one of them is enough
   * (e.g. support worth ≥ 200 million VND or ≥ 10 households a year).
   */
  anyOfGroup?: string;
  /** Only checked at the final review (tổng kết), e.g. income ×3 over the whole period. */
  finalReviewOnly?: boolean;
  /** Which seed plan or legal text, and which section, the criterion comes from. */
  source: string;
}

/** What a list line declares for one criterion: a number or yes/no, and evidence (attachment ids or notes). */
export interface CriterionValue {
  value?: unknown;
  evidence?: unknown;
}

export type CriteriaValues = Record<string, CriterionValue | undefined>;

/** What is stored for a list line once its shape has been checked. */
export interface CriterionAnswer {
  value?: number | boolean;
  evidence?: string[];
}

export type CriteriaAnswers = Record<string, CriterionAnswer>;

export interface CriterionIssue {
  /** The criterion code, the alternatives group, or `awardType` for eligibility. */
  criterion: string;
  code: string;
  message: string;
}

export interface EvaluationResult {
  errors: CriterionIssue[];
  warnings: CriterionIssue[];
}

export interface EvaluationContext {
  areaClass?: AreaClass | null;
  /** Keep only the criteria of this subject type (when the list passed holds several). */
  subjectType?: SubjectType;
  /** False while the movement has not reached its final review: `finalReviewOnly` criteria wait. */
  atFinalReview?: boolean;
}
