import { POVERTY_MOVEMENT_2016_2020 } from './catalogue/poverty-movement-2016-2020';
import { POVERTY_MOVEMENT_2021_2025 } from './catalogue/poverty-movement-2021-2025';
import { criteriaValueProblems, movementDefinitionProblems } from './definition-problems';

describe('movementDefinitionProblems', () => {
  it('finds nothing wrong with the seeded movements, whose sources all cite a seed plan and section', () => {
    for (const movement of [POVERTY_MOVEMENT_2016_2020, POVERTY_MOVEMENT_2021_2025]) {
      expect(movementDefinitionProblems(movement.criteria, movement.quotas)).toEqual([]);
      for (const item of [...movement.criteria, ...movement.quotas]) expect(item.source).toMatch(/^seeds\/00\d_[0-9a-f]{16}\.txt \(.+\), mục .+/);
    }
  });

  it.each([
    ['not a list', 'x', [], 'criteria: phải là một danh sách'],
    ['a lower-case code', [{ code: 'abc', label: 'x', subjectType: 'household', kind: 'attested', source: 's' }], [], 'criteria[0].code: mã gồm chữ in hoa, chữ số và dấu gạch dưới (2-60 ký tự)'],
    ['an unknown subject type', [{ code: 'A1', label: 'x', subjectType: 'ward', kind: 'attested', source: 's' }], [], 'criteria[0].subjectType: đối tượng không hợp lệ'],
    ['a measured criterion with no threshold', [{ code: 'A1', label: 'x', subjectType: 'commune', kind: 'measured', source: 's' }], [], 'criteria[0].threshold: tiêu chuẩn đo đếm cần có ngưỡng (min, max hoặc theo khu vực)'],
    ['a threshold that is text', [{ code: 'A1', label: 'x', subjectType: 'commune', kind: 'measured', threshold: { min: '3' }, source: 's' }], [], 'criteria[0].threshold.min: phải là số'],
    ['an unknown area class', [{ code: 'A1', label: 'x', subjectType: 'commune', kind: 'measured', threshold: { byAreaClass: { IV: { min: 1 } } }, source: 's' }], [], 'criteria[0].threshold.byAreaClass.IV: trường không được hỗ trợ'],
    ['min above max', [{ code: 'A1', label: 'x', subjectType: 'commune', kind: 'measured', threshold: { min: 5, max: 3 }, source: 's' }], [], 'criteria[0].threshold: min lớn hơn max'],
    ['a lone alternative', [{ code: 'A1', label: 'x', subjectType: 'enterprise', kind: 'measured', threshold: { min: 1 }, anyOfGroup: 'G1', source: 's' }], [], 'criteria: nhóm lựa chọn G1 cần ít nhất 2 tiêu chuẩn'],
    ['a duplicate code', [{ code: 'A1', label: 'x', subjectType: 'household', kind: 'attested', source: 's' }, { code: 'A1', label: 'y', subjectType: 'household', kind: 'attested', source: 's' }], [], 'criteria[1].code: mã A1 bị trùng'],
    ['an unknown field', [{ code: 'A1', label: 'x', subjectType: 'household', kind: 'attested', source: 's', weight: 2 }], [], 'criteria[0].weight: trường không được hỗ trợ'],
    ['a quota with no bound', [], [{ code: 'Q1', label: 'x', subjectType: 'village', per: 'commune', source: 's' }], 'quotas[0]: cần min hoặc max'],
    ['a quota per hamlet', [], [{ code: 'Q1', label: 'x', subjectType: 'village', per: 'village', max: 1, source: 's' }], 'quotas[0].per: chỉ nhận province, district hoặc commune'],
    ['a fractional quota', [], [{ code: 'Q1', label: 'x', subjectType: 'village', per: 'commune', max: 1.5, source: 's' }], 'quotas[0].max: phải là số nguyên không âm'],
  ])('reports %s', (_what, criteria, quotas, problem) => {
    expect(movementDefinitionProblems(criteria, quotas)).toContain(problem);
  });
});

describe('criteriaValueProblems', () => {
  const criteria = POVERTY_MOVEMENT_2016_2020.criteria;

  it('accepts known codes with values of the right type, and blanks', () => {
    expect(criteriaValueProblems({ XA_GIAM_TY_LE_HO_NGHEO: { value: 2 }, XA_MO_HINH_DIEM: { value: true }, XA_KE_HOACH_GIAM_NGHEO: {} }, criteria, 'commune')).toEqual([]);
  });

  it('refuses codes of another subject type and values of the wrong type', () => {
    expect(criteriaValueProblems({ HGD_THU_NHAP_SAU_2_NAM: { value: 2 }, XA_GIAM_TY_LE_HO_NGHEO: { value: true }, XA_MO_HINH_DIEM: { value: 1 } }, criteria, 'commune')).toEqual([
      { criterion: 'HGD_THU_NHAP_SAU_2_NAM', code: 'UNKNOWN_CRITERION', message: 'Phong trào không có tiêu chuẩn HGD_THU_NHAP_SAU_2_NAM cho đối tượng này' },
      { criterion: 'XA_GIAM_TY_LE_HO_NGHEO', code: 'WRONG_TYPE', message: 'Mức giảm tỷ lệ hộ nghèo bình quân: phải nhập một số' },
      { criterion: 'XA_MO_HINH_DIEM', code: 'WRONG_TYPE', message: 'Chọn 01 thôn, xóm, khối phố xây dựng mô hình điểm về giảm nghèo: cần trả lời có hoặc không' },
    ]);
  });
});
