import { MM, frame, type Doc } from '../layout/document';
import { numberText } from '../layout/format';
import type { CriterionValue } from '../model/nominee';
import type { PriorAward } from '../model/inputs';
import type { TableColumn, TableRow } from '../tables/table';

/** "≥ 3 %/năm" — the requirement as the movement's plan states it. */
export function requirementText(c: CriterionValue): string {
  if (c.kind === 'attested') return 'Được xác nhận';
  if (c.threshold === undefined) return '–';
  const sign = c.comparison === 'atMost' ? '≤' : '≥';
  return `${sign} ${numberText(c.threshold)}${c.unit ? ` ${c.unit}` : ''}`;
}

export function resultText(c: CriterionValue): string {
  if (c.kind === 'attested') return c.evidence ? `Có (${c.evidence})` : c.met ? 'Có' : 'Không';
  return `${numberText(c.value)}${c.unit ? ` ${c.unit}` : ''}`;
}

export function criteriaColumns(doc: Doc): TableColumn[] {
  const w = frame(doc).width;
  const fixed = [10 * MM, 32 * MM, 38 * MM, 20 * MM];
  return [
    { header: 'TT', width: fixed[0], align: 'center' },
    { header: 'Tiêu chuẩn', width: w - fixed.reduce((a, b) => a + b, 0) },
    { header: 'Yêu cầu', width: fixed[1], align: 'center' },
    { header: 'Kết quả', width: fixed[2], align: 'center' },
    { header: 'Đánh giá', width: fixed[3], align: 'center' },
  ];
}

export function criteriaRows(criteria: readonly CriterionValue[]): TableRow[] {
  if (criteria.length === 0) return [{ kind: 'span', text: 'Không có tiêu chuẩn nào được ghi nhận.', style: 'italic', align: 'center' }];
  return criteria.map((c, i) => ({
    kind: 'cells',
    cells: [String(i + 1), c.label, requirementText(c), resultText(c), c.met ? 'Đạt' : 'Chưa đạt'],
  }));
}

export function awardColumns(doc: Doc): TableColumn[] {
  const w = frame(doc).width;
  return [
    { header: 'Năm', width: 18 * MM, align: 'center' },
    { header: 'Hình thức khen thưởng, danh hiệu thi đua', width: 60 * MM },
    { header: 'Số, ngày, tháng, năm của quyết định; cơ quan ban hành', width: w - 78 * MM },
  ];
}

export function awardRows(awards: readonly PriorAward[]): TableRow[] {
  if (awards.length === 0) return [{ kind: 'span', text: 'Không có', style: 'italic', align: 'center' }];
  return awards.map((a) => ({ kind: 'cells', cells: [String(a.year), a.title, a.decision] }));
}
