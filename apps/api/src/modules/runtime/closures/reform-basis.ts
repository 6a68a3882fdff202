import type { Level } from '@vinh-danh/domain';
import type { LocalityEntity } from '../../localities/entities/locality.entity';

/**
 * Why work moved when a unit ended, for the history. The 2025 texts are cited only for the
 * units the 2025 reform ended (their last day is 30/6/2025); other endings are described,
 * not cited, since the resolution behind each older merger is not recorded here.
 */
const REFORM_LAST_DAY = '2025-06-30';

/** Checked: the law's number and its entry into force on 1/7/2025; the article is not cited (not verified). */
const DISTRICTS_ENDED =
  'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (hiệu lực từ ngày 01/7/2025): chính quyền địa phương tổ chức ở cấp tỉnh và cấp xã, ' +
  'đơn vị hành chính cấp huyện kết thúc hoạt động';
const PROVINCES_MERGED = 'Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025';
const COMMUNES_MERGED = 'Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã năm 2025 của tỉnh, thành phố';

/** The legal basis (or, for older endings, the plain fact) of a unit's end. */
export function endingBasis(unit: Pick<LocalityEntity, 'level' | 'name' | 'validTo'>): string {
  if (unit.validTo === REFORM_LAST_DAY) return REFORM_BASIS[unit.level] ?? DISTRICTS_ENDED;
  return `${unit.name} kết thúc hoạt động sau ngày ${unit.validTo ?? '(không rõ)'} theo quyết định sắp xếp đơn vị hành chính`;
}

const REFORM_BASIS: Partial<Record<Level, string>> = {
  district: DISTRICTS_ENDED,
  province: PROVINCES_MERGED,
  commune: COMMUNES_MERGED,
};

/** Vietnamese wording of why a task's office changed. */
export const REASON_TEXTS = {
  successor: 'Đơn vị đã kết thúc hoạt động; đơn vị kế thừa tiếp nhận công việc',
  'level-closed': 'Cấp hành chính đã kết thúc hoạt động, không có đơn vị kế thừa cùng cấp; đơn vị cấp dưới trên chuỗi của hồ sơ tiếp nhận công việc',
  skipped: 'Cấp hành chính đã kết thúc hoạt động; bước này không còn được thực hiện, hồ sơ chuyển lên cấp trên',
  stranded:
    'Đơn vị thực hiện bước này đã kết thúc hoạt động, không có đơn vị kế thừa và không còn đơn vị nào trên chuỗi của hồ sơ tiếp nhận công việc; ' +
    'cần quản trị hoặc giám sát xem xét, xử lý hồ sơ',
} as const;
