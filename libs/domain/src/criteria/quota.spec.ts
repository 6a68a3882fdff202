import { POVERTY_MOVEMENT_2016_2020 } from './catalogue/poverty-movement-2016-2020';
import { checkQuota, type Quota, type QuotaEntry } from './quota';

function quota(code: string): Quota {
  const found = POVERTY_MOVEMENT_2016_2020.quotas.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no quota ${code}`);
  return found;
}

const lines = (subjectType: QuotaEntry['subjectType'], unitId: string, count: number): QuotaEntry[] => Array.from({ length: count }, () => ({ subjectType, unitId }));

describe('checkQuota: one village per commune (Yên Thế III.2)', () => {
  const perCommune = quota('MOI_XA_MOT_THON');

  it('allows one village per commune, however many communes', () => {
    expect(checkQuota([...lines('village', 'canh-nau', 1), ...lines('village', 'cau-go', 1), ...lines('household', 'canh-nau', 4)], perCommune)).toEqual([]);
  });

  it('refuses a second village of the same commune, naming the commune', () => {
    const violations = checkQuota([...lines('village', 'canh-nau', 2), ...lines('village', 'cau-go', 1)], perCommune, { unitNames: { 'canh-nau': 'Xã Canh Nậu' } });
    expect(violations).toEqual([
      {
        quota: 'MOI_XA_MOT_THON',
        unitId: 'canh-nau',
        kind: 'over',
        count: 2,
        limit: 1,
        message: 'Mỗi xã, thị trấn chọn 01 thôn tiêu biểu: Xã Canh Nậu đã đề nghị 2 (thôn, bản, tổ dân phố), vượt định mức tối đa 1',
      },
    ]);
  });
});

describe('checkQuota: 5 to 10 households per district (Yên Thế III.2)', () => {
  const perDistrict = quota('MOI_HUYEN_5_DEN_10_HO');

  it('accepts 5 and 10 households on the district list', () => {
    expect(checkQuota(lines('household', 'yen-the', 5), perDistrict, { complete: true })).toEqual([]);
    expect(checkQuota(lines('household', 'yen-the', 10), perDistrict, { complete: true })).toEqual([]);
  });

  it('refuses 11 households, whether the list is complete or a part', () => {
    expect(checkQuota(lines('household', 'yen-the', 11), perDistrict).map((v) => [v.kind, v.count, v.limit])).toEqual([['over', 11, 10]]);
    expect(checkQuota(lines('household', 'yen-the', 11), perDistrict, { complete: true }).map((v) => [v.kind, v.count, v.limit])).toEqual([['over', 11, 10]]);
  });

  it('holds a complete list to the minimum, but not a part sent up from a commune', () => {
    expect(checkQuota(lines('household', 'yen-the', 4), perDistrict, { complete: true }).map((v) => [v.kind, v.count, v.limit])).toEqual([['under', 4, 5]]);
    expect(checkQuota(lines('household', 'yen-the', 4), perDistrict)).toEqual([]);
  });

  it('counts each district apart and ignores other subject types', () => {
    const list = [...lines('household', 'yen-the', 10), ...lines('household', 'can-loc', 11), ...lines('village', 'yen-the', 3)];
    expect(checkQuota(list, perDistrict).map((v) => v.unitId)).toEqual(['can-loc']);
  });
});
