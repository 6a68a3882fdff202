import type { RenderOptions } from '../fonts/fonts';
import { ensureSpace, paragraph } from '../layout/body';
import { MM, createDocument, frame, type Doc } from '../layout/document';
import { count2, parseIsoDate, percentText, roman, SUBJECT_LABEL, upper } from '../layout/format';
import { drawLetterhead, drawTitle } from '../layout/letterhead';
import { finish } from '../layout/page-numbers';
import { drawClosing } from '../layout/signature';
import type { RenderMeta, RenderedPdf } from '../model/common';
import { voteResult, type CouncilMeeting, type VoteResult } from '../model/council';
import { DocumentDataError } from '../model/errors';
import type { MinutesInput } from '../model/inputs';
import type { Nominee } from '../model/nominee';
import { drawTable, type TableColumn, type TableRow } from '../tables/table';
import { groupNominees } from './groups';

/** "08 giờ 00 phút, ngày 05 tháng 11 năm 2020". */
function timeDate(time: string, date: string): string {
  const [h = '00', m = '00'] = time.split(':');
  const { day, month, year } = parseIsoDate(date);
  return `${h.padStart(2, '0')} giờ ${m.padStart(2, '0')} phút, ngày ${count2(day)} tháng ${count2(month)} năm ${year}`;
}

/** Votes by nominee; a vote for someone not in the dossier is a data error, not a silent row. */
export function tallyVotes(meeting: CouncilMeeting, nominees: readonly Nominee[]): Map<string, VoteResult> {
  const ids = new Set(nominees.map((n) => n.id));
  const out = new Map<string, VoteResult>();
  for (const v of meeting.votes) {
    if (!ids.has(v.nomineeId)) throw new DocumentDataError('UNKNOWN_NOMINEE', `Phiếu bầu cho người không có trong hồ sơ: ${v.nomineeId}`);
    out.set(v.nomineeId, voteResult(meeting, v));
  }
  return out;
}

/** Smallest number of votes that meets the threshold, for the sentence above the table. */
export function minimumVotes(meeting: CouncilMeeting): number {
  const present = meeting.members.filter((m) => m.present).length;
  const base = meeting.threshold.of === 'present' ? present : meeting.members.length;
  return Math.ceil((meeting.threshold.percent * base) / 100);
}

function memberTable(doc: Doc, meeting: CouncilMeeting): void {
  const w = frame(doc).width;
  const columns: TableColumn[] = [
    { header: 'STT', width: 11 * MM, align: 'center' },
    { header: 'Họ và tên', width: 42 * MM },
    { header: 'Chức vụ', width: w - 11 * MM - 42 * MM - 40 * MM - 22 * MM },
    { header: 'Chức danh trong Hội đồng', width: 40 * MM },
    { header: 'Dự họp', width: 22 * MM, align: 'center' },
  ];
  const rows: TableRow[] = meeting.members.map((m, i) => ({
    kind: 'cells',
    cells: [String(i + 1), m.name, m.position ?? '', m.role, m.present ? 'Có mặt' : 'Vắng'],
  }));
  drawTable(doc, { columns, rows, size: 11.5 });
}

function voteRows(nominees: readonly Nominee[], tally: Map<string, VoteResult>): TableRow[] {
  const groups = groupNominees(nominees);
  if (groups.length === 0) return [{ kind: 'span', text: 'Không có tập thể, cá nhân nào được đưa ra xét.', style: 'italic', align: 'center' }];
  const rows: TableRow[] = [];
  let no = 0;
  groups.forEach((g, gi) => {
    rows.push({ kind: 'span', text: `${roman(gi + 1)}. ${upper(SUBJECT_LABEL[g.kind])}` });
    for (const n of g.nominees) {
      const r = tally.get(n.id);
      const verdict = r ? (r.met ? 'Đạt' : 'Không đạt') : 'Không bỏ phiếu';
      rows.push({ kind: 'cells', cells: [String(++no), n.name, r ? `${r.agree}/${r.base}` : '–', r ? percentText(r.percent) : '–', verdict] });
    }
  });
  return rows;
}

function voteTable(doc: Doc, nominees: readonly Nominee[], tally: Map<string, VoteResult>): void {
  const w = frame(doc).width;
  const columns: TableColumn[] = [
    { header: 'STT', width: 11 * MM, align: 'center' },
    { header: 'Tên tập thể, cá nhân, hộ gia đình', width: w - 11 * MM - 28 * MM - 22 * MM - 28 * MM },
    { header: 'Phiếu đồng ý', width: 28 * MM, align: 'center' },
    { header: 'Tỷ lệ', width: 22 * MM, align: 'center' },
    { header: 'Kết quả', width: 28 * MM, align: 'center' },
  ];
  drawTable(doc, { columns, rows: voteRows(nominees, tally), size: 11.5 });
}

/** Biên bản họp Hội đồng Thi đua - Khen thưởng: who sat, how each nominee was voted, the verdict. */
export async function renderMinutes(input: MinutesInput, meta: RenderMeta, options: RenderOptions = {}): Promise<RenderedPdf> {
  const { meeting, nominees } = input;
  tallyVotes(meeting, nominees); // bad votes fail before a document is opened
  const subject = minutesSubject(input);
  const { doc, bytes } = createDocument({ meta, fonts: options.fonts, title: `Biên bản: ${subject}`, author: meeting.councilName, subject });
  drawMinutes(doc, input);
  const pageCount = finish(doc);
  return { bytes: await bytes, pageCount };
}

function minutesSubject({ meeting, dossier }: MinutesInput): string {
  return `Họp ${meeting.councilName} xét đề nghị tặng ${dossier.awardTypeName}`;
}

/** The minutes on the current (fresh, portrait) page and as many after it as they need. */
export function drawMinutes(doc: Doc, input: MinutesInput): void {
  const { meeting, nominees, dossier } = input;
  const tally = tallyVotes(meeting, nominees);
  const subject = minutesSubject(input);

  doc.y = drawLetterhead(doc, input.letterhead);
  doc.y = drawTitle(doc, doc.y, 'BIÊN BẢN', subject) + 4;

  const present = meeting.members.filter((m) => m.present);
  const absent = meeting.members.filter((m) => !m.present);
  paragraph(doc, `Vào hồi ${timeDate(meeting.startTime, meeting.date)}, tại ${meeting.venue}, ${meeting.councilName} họp xét hồ sơ “${dossier.title}” (mã hồ sơ ${dossier.code}).`);
  paragraph(doc, 'I. THÀNH PHẦN', { style: 'bold' });
  paragraph(doc, meeting.chairName, { lead: '- Chủ trì:', leadStyle: 'regular' });
  paragraph(doc, meeting.secretaryName, { lead: '- Thư ký:', leadStyle: 'regular' });
  const absentText = absent.length > 0 ? ` (${absent.map((m) => m.name).join(', ')})` : '';
  paragraph(doc, `tổng số ${count2(meeting.members.length)}; có mặt ${count2(present.length)}; vắng mặt ${count2(absent.length)}${absentText}.`, { lead: '- Thành viên Hội đồng:', leadStyle: 'regular' });
  ensureSpace(doc, 80);
  memberTable(doc, meeting);
  doc.moveDown(0.5);

  paragraph(doc, 'II. NỘI DUNG', { style: 'bold' });
  paragraph(doc, `Hội đồng nghe báo cáo tóm tắt thành tích của ${count2(nominees.length)} tập thể, cá nhân, hộ gia đình được đề nghị; thảo luận và bỏ phiếu kín.`);
  const base = meeting.threshold.of === 'present' ? 'số thành viên có mặt' : 'tổng số thành viên Hội đồng';
  paragraph(doc, `Tỷ lệ phiếu đồng ý cần đạt: từ ${percentText(meeting.threshold.percent)} ${base} trở lên (tối thiểu ${count2(minimumVotes(meeting))} phiếu).`);

  ensureSpace(doc, 100); // the heading stays with the table's header and first rows
  paragraph(doc, 'III. KẾT QUẢ BỎ PHIẾU', { style: 'bold' });
  voteTable(doc, nominees, tally);
  doc.moveDown(0.5);
  const met = [...tally.values()].filter((r) => r.met).length;
  paragraph(doc, `Có ${count2(met)}/${count2(nominees.length)} tập thể, cá nhân, hộ gia đình đạt tỷ lệ phiếu đồng ý theo quy định.`);

  paragraph(doc, 'IV. KẾT LUẬN', { style: 'bold' });
  for (const c of input.conclusions ?? []) paragraph(doc, c);
  const end = meeting.endTime ? `vào hồi ${timeDate(meeting.endTime, meeting.date).replace(/, ngày.*$/, '')} cùng ngày` : 'cùng ngày';
  const closing = `Cuộc họp kết thúc ${end}. Biên bản đã được thông qua trước các thành viên dự họp./.`;

  drawClosing(
    doc,
    { kind: 'signature', headings: ['THƯ KÝ'], name: meeting.secretaryName },
    { kind: 'signature', headings: ['CHỦ TỌA'], name: meeting.chairName },
    closing,
  );
}
