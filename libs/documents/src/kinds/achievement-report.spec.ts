import { numberText } from '../layout/format';
import type { Nominee } from '../model/nominee';
import { sampleNominees, sampleReport } from '../samples';
import { META } from '../testing/fixtures';
import { flat, missing, pdfPages } from '../testing/pdf';
import { renderAchievementReport } from './achievement-report';

const nominees = sampleNominees(40);
const of = (kind: Nominee['kind']) => nominees.find((n) => n.kind === kind)!;

async function text(nominee: Nominee, patch: Partial<Nominee> = {}) {
  const { bytes, pageCount } = await renderAchievementReport(sampleReport({ ...nominee, ...patch }), META);
  const pages = pdfPages(bytes);
  expect(pages).toHaveLength(pageCount);
  return flat(pages.join(' '));
}

describe('renderAchievementReport (báo cáo thành tích)', () => {
  it('fills the individual form from the profile and the criteria values', async () => {
    const n = of('individual');
    const t = await text(n);
    expect(
      missing(t, [
        'BÁO CÁO THÀNH TÍCH',
        'ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
        'I. SƠ LƯỢC LÝ LỊCH',
        `- Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt): ${n.name}`,
        'Sinh ngày, tháng, năm: 15/3/1982',
        'II. THÀNH TÍCH ĐẠT ĐƯỢC',
        'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
        'Giấy khen của Chủ tịch UBND',
        'NGƯỜI BÁO CÁO THÀNH TÍCH',
        '(Ký, ghi rõ họ và tên)',
        // The certifier's heading is balanced over two lines, beside the reporter's column.
        'XÁC NHẬN CỦA CẤP',
        'TRÌNH KHEN THƯỞNG',
        'Thân Văn Quyết',
      ]),
    ).toEqual([]);
    const years = n.criteria.find((c) => c.kind === 'measured')!;
    expect(years.kind === 'measured' && t.includes(`${years.value} năm`)).toBe(true);
    expect(t).toContain('≥ 2 năm');
  });

  it('uses the collective form, with decimal commas in measured values', async () => {
    const n = of('collective');
    const t = await text(n);
    const rate = n.criteria.find((c) => c.kind === 'measured')!;
    expect(missing(t, ['I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', '2. Tổ chức Đảng, đoàn thể:', '1. Chức năng, nhiệm vụ được giao:', 'THỦ TRƯỞNG ĐƠN VỊ', '≥ 3 %/năm'])).toEqual([]);
    expect(rate.kind === 'measured' && t.includes(`${numberText(rate.value)} %/năm`)).toBe(true);
  });

  it('reports a household, and marks an unmet criterion "Chưa đạt"', async () => {
    const n = of('household');
    const unmet = n.criteria.map((c) => (c.kind === 'measured' ? { ...c, value: 1.4, met: false } : c));
    const t = await text(n, { criteria: unmet });
    expect(missing(t, ['I. SƠ LƯỢC VỀ HỘ GIA ĐÌNH', '- Chủ hộ:', '- Số nhân khẩu: 5', '1,4 lần', 'Chưa đạt', 'Hộ gia đình vượt khó vươn lên thoát nghèo'])).toEqual([]);
  });

  it('leaves dots where the form has no data, and says "Không có" for no prior award', async () => {
    const n = of('individual');
    const input = { ...sampleReport(n), priorAwards: [], profile: { kind: 'individual' as const } };
    const { bytes } = await renderAchievementReport(input, META);
    const t = flat(pdfPages(bytes).join(' '));
    expect(t).toContain('- Quê quán: …………');
    expect(t).toMatch(/ban hành Không có/);
  });
});
