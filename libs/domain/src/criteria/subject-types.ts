/**
 * Đối tượng thi đua: who a movement's criteria are written for. A list line (nominee) is
 * one of four kinds; a collective line may stand for a village, a commune, a district or a
 * department, each with its own criteria in the seed plans.
 */
export const SUBJECT_TYPES = ['household', 'village', 'commune', 'district', 'department', 'individual', 'enterprise', 'collective'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const SUBJECT_TYPE_LABELS_VI: Record<SubjectType, string> = {
  household: 'Hộ gia đình',
  village: 'Thôn, bản, tổ dân phố',
  commune: 'Xã, phường, thị trấn',
  district: 'Huyện, quận, thị xã, thành phố thuộc tỉnh',
  department: 'Cơ quan, ban, ngành, đoàn thể',
  individual: 'Cá nhân (cán bộ, công chức, viên chức, người lao động)',
  enterprise: 'Doanh nghiệp, hợp tác xã',
  collective: 'Tập thể',
};

/** The subject types each kind of list line may stand for; the first is the default. */
export const SUBJECT_TYPES_BY_NOMINEE_KIND: Record<string, readonly SubjectType[]> = {
  individual: ['individual'],
  household: ['household'],
  enterprise: ['enterprise'],
  collective: ['collective', 'village', 'commune', 'district', 'department'],
};

export function isSubjectType(value: unknown): value is SubjectType {
  return typeof value === 'string' && (SUBJECT_TYPES as readonly string[]).includes(value);
}

/** The subject type a line is evaluated as: the one it names, else its kind's default. */
export function subjectTypeOf(kind: string, declared?: SubjectType | null): SubjectType | undefined {
  const allowed = SUBJECT_TYPES_BY_NOMINEE_KIND[kind];
  if (!allowed) return undefined;
  if (declared) return allowed.includes(declared) ? declared : undefined;
  return allowed[0];
}
