import { POVERTY_MOVEMENT_2016_2020 } from './catalogue/poverty-movement-2016-2020';
import { POVERTY_MOVEMENT_2021_2025 } from './catalogue/poverty-movement-2021-2025';
import type { CriteriaValues, Criterion, EvaluationContext } from './criterion';
import { evaluateNominee } from './evaluate-nominee';
import type { SubjectType } from './subject-types';

const MOVEMENT = POVERTY_MOVEMENT_2016_2020.criteria;
const proof = ['Biên bản xác minh của UBND xã'];

/** Every criterion of the subject type met, with evidence, then the given overrides. */
function complete(subjectType: SubjectType, overrides: CriteriaValues = {}, criteria: readonly Criterion[] = MOVEMENT): CriteriaValues {
  const values: CriteriaValues = {};
  for (const criterion of criteria.filter((c) => c.subjectType === subjectType)) {
    const bounds = criterion.threshold?.byAreaClass?.III ?? criterion.threshold ?? {};
    values[criterion.code] = { value: criterion.kind === 'attested' ? true : (bounds.min ?? bounds.max ?? 0), evidence: proof };
  }
  return { ...values, ...overrides };
}

function evaluate(subjectType: SubjectType, values: CriteriaValues, context: Omit<EvaluationContext, 'subjectType'> = {}, criteria: readonly Criterion[] = MOVEMENT) {
  return evaluateNominee(values, criteria, { subjectType, atFinalReview: true, ...context });
}

const codes = (issues: Array<{ criterion: string; code: string }>) => issues.map((issue) => `${issue.criterion}:${issue.code}`);

describe('evaluateNominee on the 2016-2020 movement', () => {
  it.each<[SubjectType, EvaluationContext]>([
    ['household', {}],
    ['village', {}],
    ['commune', { areaClass: 'III' }],
    ['district', {}],
    ['department', {}],
    ['individual', {}],
    ['enterprise', {}],
    ['collective', {}],
  ])('accepts a %s that meets every criterion with evidence', (subjectType, context) => {
    expect(MOVEMENT.some((criterion) => criterion.subjectType === subjectType)).toBe(true);
    expect(evaluate(subjectType, complete(subjectType), context)).toEqual({ errors: [], warnings: [] });
  });

  describe('commune poverty-rate reduction (Yên Thế III.1.2): ≥3%/yr in area II, ≥5%/yr in area III', () => {
    const at = (value: unknown, areaClass: 'I' | 'II' | 'III' | null) => evaluate('commune', complete('commune', { XA_GIAM_TY_LE_HO_NGHEO: { value, evidence: proof } }), { areaClass });

    it('holds an area II commune to 3%', () => {
      expect(at(3, 'II').errors).toEqual([]);
      expect(at(2.9, 'II').errors).toEqual([
        { criterion: 'XA_GIAM_TY_LE_HO_NGHEO', code: 'BELOW_MIN', message: 'Mức giảm tỷ lệ hộ nghèo bình quân: 2,9 %/năm, chưa đạt mức tối thiểu 3 %/năm (khu vực II)' },
      ]);
    });

    it('holds an area III commune to 5%, so 4% passes in II but not in III', () => {
      expect(at(5, 'III').errors).toEqual([]);
      expect(at(4, 'II').errors).toEqual([]);
      expect(codes(at(4, 'III').errors)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:BELOW_MIN']);
    });

    it('sets no bound for area I, and warns when the area class is unknown', () => {
      expect(at(0.5, 'I')).toEqual({ errors: [], warnings: [] });
      const unknown = at(0.5, null);
      expect(unknown.errors).toEqual([]);
      expect(codes(unknown.warnings)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:AREA_CLASS_UNKNOWN']);
    });

    it('refuses a value that is not a number, and a missing one', () => {
      expect(codes(at('5%', 'III').errors)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:NOT_A_NUMBER']);
      expect(codes(at(true, 'III').errors)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:NOT_A_NUMBER']);
      expect(codes(at(Number.NaN, 'III').errors)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:NOT_A_NUMBER']);
      expect(codes(at(undefined, 'III').errors)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:MISSING_VALUE']);
    });

    it('warns when the number comes without evidence', () => {
      const result = evaluate('commune', complete('commune', { XA_GIAM_TY_LE_HO_NGHEO: { value: 6 } }), { areaClass: 'III' });
      expect(result.errors).toEqual([]);
      expect(codes(result.warnings)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:EVIDENCE_MISSING']);
    });
  });

  describe('household income (Can Lộc IV.2.1): ×2 after two years, ×3 over the period', () => {
    const household = (after2: number, period: number) =>
      complete('household', { HGD_THU_NHAP_SAU_2_NAM: { value: after2, evidence: proof }, HGD_THU_NHAP_CA_GIAI_DOAN: { value: period, evidence: proof } });

    it('needs both ratios at the final review', () => {
      expect(evaluate('household', household(2, 3)).errors).toEqual([]);
      expect(codes(evaluate('household', household(1.8, 3)).errors)).toEqual(['HGD_THU_NHAP_SAU_2_NAM:BELOW_MIN']);
      expect(codes(evaluate('household', household(2.5, 2.9)).errors)).toEqual(['HGD_THU_NHAP_CA_GIAI_DOAN:BELOW_MIN']);
    });

    it('checks only the two-year ratio before the final review, keeping an early period value without complaint', () => {
      expect(evaluate('household', household(2, 1), { atFinalReview: false })).toEqual({ errors: [], warnings: [] });
      expect(codes(evaluate('household', household(1.5, 1), { atFinalReview: false }).errors)).toEqual(['HGD_THU_NHAP_SAU_2_NAM:BELOW_MIN']);
    });
  });

  describe('enterprise support (Can Lộc IV.2.6): ≥200 million VND or ≥10 households a year', () => {
    const enterprise = (money: unknown, households: unknown) =>
      evaluate('enterprise', complete('enterprise', { DN_GIA_TRI_HO_TRO: money === undefined ? undefined : { value: money }, DN_SO_HO_THOAT_NGHEO: households === undefined ? undefined : { value: households } }));

    it('is met by either alternative alone', () => {
      expect(enterprise(200, undefined).errors).toEqual([]);
      expect(enterprise(undefined, 10).errors).toEqual([]);
      expect(enterprise(50, 12).errors).toEqual([]);
    });

    it('fails with one error for the group when neither is met', () => {
      const result = enterprise(199, 9);
      expect(codes(result.errors)).toEqual(['DN_HO_TRO_GIAM_NGHEO:NO_ALTERNATIVE_MET']);
      expect(result.errors[0]?.message).toContain('từ 200 triệu đồng trở lên; hoặc');
      expect(codes(enterprise(undefined, undefined).errors)).toEqual(['DN_HO_TRO_GIAM_NGHEO:NO_ALTERNATIVE_MET']);
    });

    it('still refuses a non-number even when the other alternative is met', () => {
      expect(codes(enterprise('hai trăm triệu', 15).errors)).toEqual(['DN_GIA_TRI_HO_TRO:NOT_A_NUMBER']);
    });
  });

  describe('official (Can Lộc IV.1): at least 2 years "hoàn thành xuất sắc nhiệm vụ"', () => {
    it('passes 2 years and fails 1', () => {
      expect(evaluate('individual', complete('individual', { CB_NAM_HOAN_THANH_XUAT_SAC: { value: 2, evidence: proof } })).errors).toEqual([]);
      expect(codes(evaluate('individual', complete('individual', { CB_NAM_HOAN_THANH_XUAT_SAC: { value: 1, evidence: proof } })).errors)).toEqual([
        'CB_NAM_HOAN_THANH_XUAT_SAC:BELOW_MIN',
      ]);
    });
  });

  describe('village: no household falling back into poverty (Yên Thế III.1.3)', () => {
    it('allows 0 and refuses 1', () => {
      expect(evaluate('village', complete('village', { THON_HO_TAI_NGHEO: { value: 0 } })).errors).toEqual([]);
      const result = evaluate('village', complete('village', { THON_HO_TAI_NGHEO: { value: 1 } }));
      expect(result.errors).toEqual([{ criterion: 'THON_HO_TAI_NGHEO', code: 'ABOVE_MAX', message: 'Số hộ tái nghèo trong năm: 1 hộ, vượt mức tối đa 0 hộ' }]);
    });
  });

  describe('attested criteria', () => {
    it('warns on a "yes" without evidence and on no answer, and errs on a "no" or a non-boolean', () => {
      const base = complete('district');
      const noEvidence = evaluate('district', { ...base, HUYEN_VAN_BAN_CHI_DAO: { value: true } });
      expect(noEvidence.errors).toEqual([]);
      expect(codes(noEvidence.warnings)).toEqual(['HUYEN_VAN_BAN_CHI_DAO:EVIDENCE_MISSING']);
      expect(codes(evaluate('district', { ...base, HUYEN_VAN_BAN_CHI_DAO: { value: true, evidence: ['  '] } }).warnings)).toEqual(['HUYEN_VAN_BAN_CHI_DAO:EVIDENCE_MISSING']);
      expect(codes(evaluate('district', { ...base, HUYEN_VAN_BAN_CHI_DAO: undefined }).warnings)).toEqual(['HUYEN_VAN_BAN_CHI_DAO:NOT_ATTESTED']);
      expect(codes(evaluate('district', { ...base, HUYEN_VAN_BAN_CHI_DAO: { value: false, evidence: proof } }).errors)).toEqual(['HUYEN_VAN_BAN_CHI_DAO:NOT_MET']);
      expect(codes(evaluate('district', { ...base, HUYEN_VAN_BAN_CHI_DAO: { value: 'có' } }).errors)).toEqual(['HUYEN_VAN_BAN_CHI_DAO:NOT_A_BOOLEAN']);
    });
  });

  it('warns about values for criteria the subject type does not have', () => {
    const result = evaluate('district', complete('district', { XA_GIAM_TY_LE_HO_NGHEO: { value: 4 }, KHONG_CO: { value: 1 } }));
    expect(result.errors).toEqual([]);
    expect(codes(result.warnings)).toEqual(['XA_GIAM_TY_LE_HO_NGHEO:UNKNOWN_CRITERION', 'KHONG_CO:UNKNOWN_CRITERION']);
  });

  it('reports every problem of a line at once', () => {
    const result = evaluate('household', { HGD_THU_NHAP_SAU_2_NAM: { value: 1 }, HGD_VON_VAY_DUNG_MUC_DICH: { value: false } });
    expect(codes(result.errors).sort()).toEqual(['HGD_THU_NHAP_CA_GIAI_DOAN:MISSING_VALUE', 'HGD_THU_NHAP_SAU_2_NAM:BELOW_MIN', 'HGD_VON_VAY_DUNG_MUC_DICH:NOT_MET']);
    expect(codes(result.warnings).sort()).toEqual(['HGD_SANG_KIEN_SAN_XUAT:NOT_ATTESTED', 'HGD_THU_NHAP_SAU_2_NAM:EVIDENCE_MISSING', 'HGD_TU_NGUYEN_THOAT_NGHEO:NOT_ATTESTED']);
  });
});

describe('evaluateNominee on the 2021-2025 movement (Thanh Xuân)', () => {
  const criteria = POVERTY_MOVEMENT_2021_2025.criteria;

  it('accepts a ward with no poor household and no near-poor household left at the final review', () => {
    expect(evaluate('commune', complete('commune', {}, criteria), {}, criteria)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a ward that still counts a poor household, or near-poor ones at the final review only', () => {
    const poor = evaluate('commune', complete('commune', { PHUONG_SO_HO_NGHEO: { value: 1, evidence: proof } }, criteria), {}, criteria);
    expect(codes(poor.errors)).toEqual(['PHUONG_SO_HO_NGHEO:ABOVE_MAX']);
    const nearPoor = complete('commune', { PHUONG_HO_CAN_NGHEO_CON_LAI: { value: 3 } }, criteria);
    expect(codes(evaluate('commune', nearPoor, {}, criteria).errors)).toEqual(['PHUONG_HO_CAN_NGHEO_CON_LAI:ABOVE_MAX']);
    expect(evaluate('commune', nearPoor, { atFinalReview: false }, criteria).errors).toEqual([]);
  });

  it('has criteria for every subject type it rewards', () => {
    for (const subjectType of ['commune', 'district', 'village', 'household', 'individual', 'department', 'enterprise', 'collective'] as const) {
      expect(evaluate(subjectType, complete(subjectType, {}, criteria), {}, criteria)).toEqual({ errors: [], warnings: [] });
      expect(criteria.some((criterion) => criterion.subjectType === subjectType)).toBe(true);
    }
  });
});
