import type { Criterion } from '../criterion';
import { seedSource, type MovementDefinition } from './movement-definition';

/**
 * "Vì người nghèo - Không để ai bị bỏ lại phía sau" 2021-2025, launched by Quyết định
 * 666/QĐ-TTg. The seed plan (quận Thanh Xuân, a district with no poor household left)
 * sets its criteria; it sets no quota.
 */
const criteria: Criterion[] = [
  // Phường, xã
  {
    code: 'PHUONG_SO_HO_NGHEO',
    label: 'Số hộ nghèo trên địa bàn (kể cả hộ tái nghèo, hộ nghèo phát sinh mới)',
    subjectType: 'commune',
    kind: 'measured',
    unit: 'hộ',
    threshold: { max: 0 },
    evidenceRequired: true,
    source: seedSource('thanhXuan2022', 'IV.1.b'),
  },
  {
    code: 'PHUONG_DAT_CHI_TIEU_GIAM_CAN_NGHEO',
    label: 'Đạt chỉ tiêu giảm hộ cận nghèo hằng năm theo biểu chỉ tiêu của quận',
    subjectType: 'commune',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.b và biểu chỉ tiêu kèm theo'),
  },
  {
    code: 'PHUONG_HO_CAN_NGHEO_CON_LAI',
    label: 'Số hộ cận nghèo còn lại trên địa bàn đến cuối năm 2025',
    subjectType: 'commune',
    kind: 'measured',
    unit: 'hộ',
    threshold: { max: 0 },
    finalReviewOnly: true,
    source: seedSource('thanhXuan2022', 'I.1.b, IV.1.b'),
  },
  {
    code: 'PHUONG_KINH_PHI_BAO_CAO',
    label: 'Sử dụng, thanh quyết toán kinh phí giảm nghèo đúng quy định; báo cáo đúng chế độ',
    subjectType: 'commune',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.b'),
  },
  // Quận, huyện
  {
    code: 'QUAN_SO_HO_NGHEO',
    label: 'Số hộ nghèo, hộ tái nghèo, hộ nghèo phát sinh mới trên địa bàn',
    subjectType: 'district',
    kind: 'measured',
    unit: 'hộ',
    threshold: { max: 0 },
    source: seedSource('thanhXuan2022', 'IV.1.a'),
  },
  // Tổ dân phố
  {
    code: 'TDP_HO_TRO_VON_KY_THUAT',
    label: 'Hỗ trợ vốn, kinh nghiệm, kỹ thuật để hộ cận nghèo, hộ khó khăn ổn định cuộc sống, không tái nghèo',
    subjectType: 'village',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.c'),
  },
  {
    code: 'TDP_HUY_DONG_NGUON_LUC',
    label: 'Huy động có hiệu quả nguồn lực từ Nhân dân, cộng đồng cho chương trình giảm nghèo',
    subjectType: 'village',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.c'),
  },
  // Hộ cận nghèo, hộ mới thoát cận nghèo
  {
    code: 'HGD_PHAT_HUY_NOI_LUC',
    label: 'Chủ động phát huy nội lực để thoát nghèo, thoát cận nghèo bền vững',
    subjectType: 'household',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.d'),
  },
  {
    code: 'HGD_SANG_KIEN_SAN_XUAT',
    label: 'Có sáng kiến, cách làm hay trong sản xuất, kinh doanh, tạo việc làm và tăng thu nhập',
    subjectType: 'household',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.d'),
  },
  {
    code: 'HGD_VON_VAY_DUNG_MUC_DICH',
    label: 'Sử dụng vốn vay Ngân hàng Chính sách xã hội đúng mục đích, trả lãi, trả gốc đúng hạn',
    subjectType: 'household',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.d'),
  },
  // Cán bộ, công chức, viên chức
  {
    code: 'CB_BAM_SAT_CO_SO',
    label: 'Bám sát cơ sở, có sáng kiến trong tham mưu, hướng dẫn và tháo gỡ khó khăn về giảm nghèo',
    subjectType: 'individual',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.đ'),
  },
  // Phòng, ban, đơn vị, Mặt trận, đoàn thể
  {
    code: 'NGANH_VAN_BAN_HUONG_DAN',
    label: 'Hoàn thành có chất lượng, đúng thời hạn các văn bản hướng dẫn thực hiện chính sách giảm nghèo',
    subjectType: 'department',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.a'),
  },
  // Doanh nghiệp
  {
    code: 'DN_DONG_GOP_GIAM_NGHEO',
    label: 'Đóng góp bằng hành động, việc làm cụ thể trong giảm nghèo và hỗ trợ người nghèo',
    subjectType: 'enterprise',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.e'),
  },
  {
    code: 'DN_LIEN_KET_SAN_XUAT',
    label: 'Liên kết sản xuất, tiêu thụ sản phẩm; dạy nghề, tạo việc làm cho người nghèo, cận nghèo',
    subjectType: 'enterprise',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'IV.1.e'),
  },
  // Tập thể
  {
    code: 'TT_CHAP_HANH_THANH_TICH',
    label: 'Chấp hành tốt chủ trương, chính sách, pháp luật; có thành tích xuất sắc trong chương trình giảm nghèo',
    subjectType: 'collective',
    kind: 'attested',
    source: seedSource('thanhXuan2022', 'V.2.a'),
  },
];

export const POVERTY_MOVEMENT_2021_2025: MovementDefinition = {
  code: 'VI-NGUOI-NGHEO-2021-2025',
  name: 'Vì người nghèo - Không để ai bị bỏ lại phía sau (giai đoạn 2021-2025)',
  legalBasis: 'Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ',
  periodFrom: '2021-01-01',
  periodTo: '2025-12-31',
  midTermReviewOn: '2023-06-11',
  finalReviewOn: '2025-06-11',
  reviewSource: `Sơ kết 11/6/2023, tổng kết 11/6/2025: ${seedSource('thanhXuan2022', 'VI.2, VI.3')}`,
  criteria,
  quotas: [],
};
