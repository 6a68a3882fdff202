import { awardedNominees, sampleDecision, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { flat, missing, pdfPages } from '../testing/pdf';
import { renderDecision } from './decision';

describe('renderDecision (quyết định khen thưởng)', () => {
  const awardees = awardedNominees(sampleNominees(60));
  const input = sampleDecision(awardees);

  it('has the bases in order, numbered articles, the signature, then the annex with every awardee once', async () => {
    const { bytes, pageCount } = await renderDecision(input, META);
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(pageCount);
    const t = flat(pages.join(' '));
    expect(
      missing(t, [
        'QUYẾT ĐỊNH',
        'Số: 2451/QĐ-UBND',
        'Bắc Giang, ngày 18 tháng 12 năm 2020',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh',
        'Điều 2. Tiền thưởng',
        'Điều 3. Chánh Văn phòng UBND tỉnh',
        'chịu trách nhiệm thi hành Quyết định này./.',
        '- Như Điều 3;',
        'Lê Ánh Dương',
        '(Kèm theo Quyết định số 2451/QĐ-UBND ngày 18/12/2020 của Chủ tịch UBND tỉnh Bắc Giang)',
      ]),
    ).toEqual([]);
    expect(t.indexOf('Điều 1.')).toBeLessThan(t.indexOf('Điều 2.'));
    expect(t.indexOf('Điều 3.')).toBeLessThan(t.indexOf('DANH SÁCH CÁC TẬP THỂ, CÁ NHÂN'));

    // The annex numbers every awardee once, 1..n, in its STT column.
    const annex = pages.slice(pages.findIndex((p) => p.includes('DANH SÁCH CÁC TẬP THỂ')));
    const numbers = annex.flatMap((p) => [...p.matchAll(/^\s{0,8}(\d+)\s{2,}\S/gm)].map((m) => Number(m[1])));
    expect(numbers).toEqual(awardees.map((_, i) => i + 1));
  });

  it('refuses a decision that awards nobody', async () => {
    await expect(renderDecision({ ...input, awardees: [] }, META)).rejects.toMatchObject({ code: 'NO_AWARDEES' });
  });
});
