import type { RenderOptions } from '../fonts/fonts';
import { paragraph } from '../layout/body';
import { createDocument, type Doc } from '../layout/document';
import { numberText, shortDate, upper } from '../layout/format';
import { drawLetterhead, drawTitle } from '../layout/letterhead';
import { finish } from '../layout/page-numbers';
import { drawClosing, type SignatureColumn } from '../layout/signature';
import type { RenderMeta, RenderedPdf } from '../model/common';
import type { AchievementReportInput, CollectiveProfile, HouseholdProfile, IndividualProfile } from '../model/inputs';
import { drawTable } from '../tables/table';
import { awardColumns, awardRows, criteriaColumns, criteriaRows } from './criteria';

const SIZE = 13;

/** "- Họ tên: Nguyễn Văn A": a form field, left as dots when the data is missing. */
function field(doc: Doc, label: string, value: string | number | undefined): void {
  const v = value === undefined || value === '' ? '…………………………' : String(value);
  paragraph(doc, v, { lead: `- ${label}:`, leadStyle: 'regular', size: SIZE });
}

function heading(doc: Doc, text: string): void {
  paragraph(doc, text, { style: 'bold', size: SIZE });
}

function individualPart(doc: Doc, name: string, p: IndividualProfile): void {
  heading(doc, 'I. SƠ LƯỢC LÝ LỊCH');
  field(doc, 'Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt)', name);
  field(doc, 'Sinh ngày, tháng, năm', p.birthDate ? `${shortDate(p.birthDate)}; Giới tính: ${p.gender ?? '…'}` : undefined);
  field(doc, 'Quê quán', p.hometown);
  field(doc, 'Trú quán', p.residence);
  field(doc, 'Đơn vị công tác', p.workplace);
  field(doc, 'Chức vụ (Đảng, chính quyền, đoàn thể)', p.position);
  field(doc, 'Trình độ chuyên môn, nghiệp vụ', p.qualification);
  field(doc, 'Học hàm, học vị, danh hiệu, giải thưởng', p.titles ?? 'Không');
}

function householdPart(doc: Doc, p: HouseholdProfile): void {
  heading(doc, 'I. SƠ LƯỢC VỀ HỘ GIA ĐÌNH');
  field(doc, 'Chủ hộ', p.headName);
  field(doc, 'Địa chỉ', p.address);
  field(doc, 'Số nhân khẩu', p.members === undefined ? undefined : numberText(p.members));
  field(doc, 'Hoàn cảnh khi bắt đầu phong trào', p.startingStatus);
}

function collectivePart(doc: Doc, p: CollectiveProfile): void {
  heading(doc, 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
  paragraph(doc, '1. Đặc điểm, tình hình:', { size: SIZE, style: 'bold' });
  field(doc, 'Địa điểm trụ sở chính, điện thoại', [p.address, p.phone].filter(Boolean).join('; ') || undefined);
  field(doc, 'Quá trình thành lập và phát triển', p.founded);
  field(doc, 'Những đặc điểm chính của đơn vị, địa phương', p.characteristics);
  paragraph(doc, '2. Tổ chức Đảng, đoàn thể:', { size: SIZE, style: 'bold' });
  paragraph(doc, p.organisation ?? '…………………………', { size: SIZE });
}

/**
 * Báo cáo thành tích, after the national forms: the personal shape for individuals and
 * households, the collective shape for collectives and enterprises. Part II is filled from the
 * nominee's criteria values, so the figures a council read are the ones printed.
 */
export async function renderAchievementReport(input: AchievementReportInput, meta: RenderMeta, options: RenderOptions = {}): Promise<RenderedPdf> {
  const { nominee } = input;
  const { doc, bytes } = createDocument({ meta, fonts: options.fonts, title: `Báo cáo thành tích: ${nominee.name}`, author: input.body?.shortName ?? nominee.name });
  drawAchievementReport(doc, input);
  const pageCount = finish(doc);
  return { bytes: await bytes, pageCount };
}

/** The report on the current (fresh, portrait) page and as many after it as it needs. */
export function drawAchievementReport(doc: Doc, input: AchievementReportInput): void {
  const { nominee, profile } = input;
  const collective = profile.kind === 'collective';

  doc.y = drawLetterhead(doc, { body: input.body, placeDate: input.placeDate });
  const award = `ĐỀ NGHỊ TẶNG ${upper(input.awardTypeName)}`;
  doc.y = drawTitle(doc, doc.y, 'BÁO CÁO THÀNH TÍCH', award);
  if (collective) paragraph(doc, nominee.name, { style: 'bold', align: 'center', indent: false, size: SIZE });
  doc.moveDown(0.4);

  if (profile.kind === 'individual') individualPart(doc, nominee.name, profile);
  else if (profile.kind === 'household') householdPart(doc, profile);
  else collectivePart(doc, profile);

  heading(doc, 'II. THÀNH TÍCH ĐẠT ĐƯỢC');
  paragraph(doc, collective ? '1. Chức năng, nhiệm vụ được giao:' : '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:', { size: SIZE, style: 'bold' });
  paragraph(doc, input.duties ?? (profile.kind === 'household' ? 'Thực hiện nội dung thi đua “Hộ gia đình vượt khó vươn lên thoát nghèo”.' : '…………………………'), { size: SIZE });
  const movement = input.movementName ? ` trong Phong trào thi đua “${input.movementName}”` : '';
  paragraph(doc, `2. Thành tích đạt được${movement}:`, { size: SIZE, style: 'bold' });
  paragraph(doc, nominee.achievements, { size: SIZE });
  paragraph(doc, 'Kết quả thực hiện các tiêu chuẩn thi đua:', { size: SIZE, style: 'italic' });
  drawTable(doc, { columns: criteriaColumns(doc), rows: criteriaRows(nominee.criteria), size: 11.5 });
  doc.moveDown(0.5);
  paragraph(doc, '3. Các biện pháp, nguyên nhân đạt được thành tích:', { size: SIZE, style: 'bold' });
  for (const m of input.measures ?? []) paragraph(doc, `- ${m}`, { size: SIZE });

  heading(doc, 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
  drawTable(doc, { columns: awardColumns(doc), rows: awardRows(input.priorAwards), size: 11.5 });
  doc.moveDown(0.5);

  const left: SignatureColumn | undefined = input.certifier && {
    kind: 'signature',
    headings: ['XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', upper(input.certifier.title)],
    note: '(Ký, đóng dấu)',
    name: input.certifier.name,
  };
  const right: SignatureColumn = {
    kind: 'signature',
    headings: [upper(input.reporter.title)],
    note: collective ? '(Ký, đóng dấu)' : '(Ký, ghi rõ họ và tên)',
    name: input.reporter.name,
  };
  drawClosing(doc, left, right);
}
