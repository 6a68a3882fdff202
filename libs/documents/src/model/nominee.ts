/** Dossier and nominee data as the documents need it (the api maps its entities onto these). */

/** Đối tượng được đề nghị. Lists are grouped in this order. */
export type SubjectKind = 'collective' | 'individual' | 'household' | 'enterprise';

export const SUBJECT_KINDS: readonly SubjectKind[] = ['collective', 'individual', 'household', 'enterprise'];

/** A yes/no criterion backed by evidence (tiêu chuẩn được xác nhận). */
export interface AttestedCriterionValue {
  kind: 'attested';
  label: string;
  met: boolean;
  evidence?: string;
}

/**
 * A measured criterion. The threshold may depend on the locality's area class, so the domain
 * decides `met`; the document only shows the figures and the verdict it was given.
 */
export interface MeasuredCriterionValue {
  kind: 'measured';
  label: string;
  value: number;
  unit?: string;
  threshold?: number;
  comparison?: 'atLeast' | 'atMost';
  met: boolean;
}

export type CriterionValue = AttestedCriterionValue | MeasuredCriterionValue;

/** What one level (xã, huyện, tỉnh...) decided about a nominee. */
export type LevelOutcome =
  | { level: string; status: 'approved'; note?: string }
  | { level: string; status: 'dropped'; reason: string }
  | { level: string; status: 'lifted'; toAward: string; note?: string }
  | { level: string; status: 'pending' };

export interface Nominee {
  /** Stable id; council votes refer to it. */
  id: string;
  kind: SubjectKind;
  /** Họ và tên, or the name of the collective / household head / enterprise. */
  name: string;
  /** Chức vụ, đơn vị công tác for a person; địa chỉ for a household, collective or enterprise. */
  positionOrAddress?: string;
  /** Tóm tắt thành tích, one or two sentences for the list; the report has the long form. */
  achievements: string;
  criteria: CriterionValue[];
  /** In the order the dossier went up: the lowest level first. */
  outcomes: LevelOutcome[];
}

export interface Dossier {
  /** The api's dossier code, printed in the bundle and encoded in its QR code. */
  code: string;
  title: string;
  /** Hình thức khen thưởng, e.g. "Bằng khen của Chủ tịch UBND tỉnh". */
  awardTypeName: string;
  /** Phong trào thi đua, e.g. "Bắc Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau". */
  movementName?: string;
}
