import { DocumentDataError } from '../model/errors';
import { sampleMinutes, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { flat, missing, pdfPages, pdfWords, textIn } from '../testing/pdf';
import { minimumVotes, renderMinutes } from './minutes';

describe('renderMinutes (biên bản họp Hội đồng TĐKT)', () => {
  const nominees = sampleNominees(30);
  const input = sampleMinutes(nominees);

  it('records who sat, the threshold, and each nominee’s votes, percentage and verdict', async () => {
    const { bytes, pageCount } = await renderMinutes(input, META);
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(pageCount);
    const t = flat(pages.join(' '));
    expect(
      missing(t, [
        'BIÊN BẢN',
        'THI ĐUA - KHEN THƯỞNG',
        'Số: 15/BB-HĐTĐKT',
        'Vào hồi 08 giờ 00 phút, ngày 05 tháng 11 năm 2020, tại Phòng họp số 1, UBND huyện Yên Thế',
        'tổng số 09; có mặt 08; vắng mặt 01 (Đỗ Minh Tuấn)',
        'từ 80% tổng số thành viên Hội đồng trở lên (tối thiểu 08 phiếu)',
        'Cuộc họp kết thúc vào hồi 10 giờ 30 phút cùng ngày.',
        'THƯ KÝ',
        'CHỦ TỌA',
        'Vũ Thanh Hải',
        'Nguyễn Văn Hùng',
      ]),
    ).toEqual([]);
    expect(minimumVotes(input.meeting)).toBe(8);

    // Each nominee's row: read the row of its name and check votes, percentage, verdict.
    const words = pdfWords(bytes);
    const lines = words.flatMap((p) => {
      const centres = [...new Set(p.words.map((w) => Math.round((w.yMin + w.yMax) / 2)))];
      return centres.map((c) => textIn(p, 0, p.width, c - 1.5, c + 1.5));
    });
    // Rows follow the grouped order and are numbered through; a row's first line carries its
    // number, the start of the name, and the three vote cells (cells are top-aligned).
    const votes = new Map(input.meeting.votes.map((v) => [v.nomineeId, v.agree]));
    const order = ['collective', 'individual', 'household', 'enterprise'].flatMap((k) => nominees.filter((n) => n.kind === k));
    order.forEach((n, i) => {
      const expected = votes.get(n.id) === 8 ? '8/9 88,9% Đạt' : '7/9 77,8% Không đạt';
      const row = lines.find((l) => l.startsWith(`${i + 1} `) && l.includes('/9'));
      expect(row && n.name.startsWith(row.slice(`${i + 1} `.length, -expected.length - 1).trim()) && row.endsWith(expected) ? expected : `${n.name}: ${row}`).toBe(expected);
    });
    const met = input.meeting.votes.filter((v) => v.agree >= 8).length;
    expect(t).toContain(`Có ${met}/${nominees.length} tập thể, cá nhân, hộ gia đình đạt tỷ lệ phiếu đồng ý theo quy định.`);
  });

  it('refuses a vote for someone outside the dossier, or more votes than members present', async () => {
    const stranger = { ...input, meeting: { ...input.meeting, votes: [{ nomineeId: 'N99999', agree: 8 }] } };
    await expect(renderMinutes(stranger, META)).rejects.toMatchObject({ code: 'UNKNOWN_NOMINEE' });
    const stuffed = { ...input, meeting: { ...input.meeting, votes: [{ nomineeId: nominees[0]!.id, agree: 9 }] } };
    await expect(renderMinutes(stuffed, META)).rejects.toBeInstanceOf(DocumentDataError);
  });
});
