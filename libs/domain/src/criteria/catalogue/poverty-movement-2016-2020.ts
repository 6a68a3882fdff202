import type { Criterion } from '../criterion';
import type { Quota } from '../quota';
import { seedSource, type MovementDefinition } from './movement-definition';

/**
 * "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" 2016-2020, launched by
 * Quyết định 1258/QĐ-TTg. Its criteria are those the seed plans implementing it set, each
 * citing the plan and section it comes from.
 */
const criteria: Criterion[] = [
  // Hộ gia đình
  {
    code: 'HGD_TU_NGUYEN_THOAT_NGHEO',
    label: 'Chủ động phát huy nội lực, tự nguyện đăng ký thoát nghèo',
    subjectType: 'household',
    kind: 'attested',
    source: seedSource('canLoc', 'IV.2.1'),
  },
  {
    code: 'HGD_SANG_KIEN_SAN_XUAT',
    label: 'Có sáng kiến, cách làm hay trong phát triển sản xuất, tạo việc làm và tăng thu nhập',
    subjectType: 'household',
    kind: 'attested',
    source: seedSource('yenThe2017', 'III.1.4'),
  },
  {
    code: 'HGD_THU_NHAP_SAU_2_NAM',
    label: 'Thu nhập bình quân đầu người của hộ sau 2 năm thực hiện phong trào, so với lúc bắt đầu',
    subjectType: 'household',
    kind: 'measured',
    unit: 'lần',
    threshold: { min: 2 },
    evidenceRequired: true,
    source: seedSource('canLoc', 'IV.2.1'),
  },
  {
    code: 'HGD_THU_NHAP_CA_GIAI_DOAN',
    label: 'Thu nhập bình quân đầu người của hộ trong cả giai đoạn 2016-2020, so với lúc bắt đầu',
    subjectType: 'household',
    kind: 'measured',
    unit: 'lần',
    threshold: { min: 3 },
    evidenceRequired: true,
    finalReviewOnly: true,
    source: seedSource('canLoc', 'IV.2.1'),
  },
  {
    code: 'HGD_VON_VAY_DUNG_MUC_DICH',
    label: 'Sử dụng vốn vay Ngân hàng Chính sách xã hội đúng mục đích, trả lãi, trả gốc đúng hạn',
    subjectType: 'household',
    kind: 'attested',
    source: seedSource('yenThe2017', 'III.1.4'),
  },
  // Thôn, bản, tổ dân phố
  {
    code: 'THON_DOAN_KET_GIUP_NHAU',
    label: 'Đoàn kết, giúp đỡ hộ nghèo, cận nghèo về vốn, kinh nghiệm, kỹ thuật để thoát nghèo',
    subjectType: 'village',
    kind: 'attested',
    source: seedSource('yenThe2017', 'III.1.3'),
  },
  {
    code: 'THON_QUY_CHE_LUAN_CHUYEN_VON',
    label: 'Có quy chế quản lý, duy trì, thu hồi và luân chuyển vốn ngân sách hỗ trợ các mô hình giảm nghèo',
    subjectType: 'village',
    kind: 'attested',
    source: seedSource('canLoc', 'IV.2.3.2'),
  },
  {
    code: 'THON_HO_TAI_NGHEO',
    label: 'Số hộ tái nghèo trong năm',
    subjectType: 'village',
    kind: 'measured',
    unit: 'hộ',
    threshold: { max: 0 },
    source: seedSource('yenThe2017', 'III.1.3'),
  },
  // Xã, thị trấn
  {
    code: 'XA_KE_HOACH_GIAM_NGHEO',
    label: 'Triển khai có hiệu quả kế hoạch giảm nghèo bền vững; sử dụng, quyết toán kinh phí đúng quy định',
    subjectType: 'commune',
    kind: 'attested',
    source: seedSource('yenThe2017', 'III.1.2'),
  },
  {
    code: 'XA_GIAM_TY_LE_HO_NGHEO',
    label: 'Mức giảm tỷ lệ hộ nghèo bình quân',
    subjectType: 'commune',
    kind: 'measured',
    unit: '%/năm',
    threshold: { byAreaClass: { II: { min: 3 }, III: { min: 5 } } },
    evidenceRequired: true,
    source: seedSource('yenThe2017', 'III.1.2'),
  },
  {
    code: 'XA_MO_HINH_DIEM',
    label: 'Chọn 01 thôn, xóm, khối phố xây dựng mô hình điểm về giảm nghèo',
    subjectType: 'commune',
    kind: 'attested',
    source: seedSource('canLoc', 'IV.2.3.1'),
  },
  // Huyện, thành phố
  {
    code: 'HUYEN_VAN_BAN_CHI_DAO',
    label: 'Hoàn thành có chất lượng các văn bản chỉ đạo, hướng dẫn thực hiện chính sách giảm nghèo',
    subjectType: 'district',
    kind: 'attested',
    source: seedSource('yenThe2017', 'III.1.1'),
  },
  {
    code: 'HUYEN_GIAM_HO_NGHEO_DAT_MUC_TIEU',
    label: 'Giảm tỷ lệ hộ nghèo trên địa bàn hằng năm đạt mục tiêu đề ra',
    subjectType: 'district',
    kind: 'attested',
    source: seedSource('langSon2017', 'III.2'),
  },
  // Sở, ban, ngành, Mặt trận, đoàn thể
  {
    code: 'NGANH_VAN_BAN_HUONG_DAN',
    label: 'Hoàn thành có chất lượng, đúng thời hạn các văn bản hướng dẫn thực hiện chính sách giảm nghèo',
    subjectType: 'department',
    kind: 'attested',
    source: seedSource('canLoc', 'IV.2.4'),
  },
  {
    code: 'NGANH_DO_DAU_DIA_PHUONG',
    label: 'Có đăng ký và hoạt động hỗ trợ, đỡ đầu địa phương thực hiện chương trình giảm nghèo có địa chỉ cụ thể',
    subjectType: 'department',
    kind: 'attested',
    source: seedSource('canLoc', 'IV.2.4'),
  },
  // Cán bộ, công chức, viên chức
  {
    code: 'CB_NAM_HOAN_THANH_XUAT_SAC',
    label: 'Số năm hoàn thành xuất sắc nhiệm vụ trong giai đoạn 2016-2020',
    subjectType: 'individual',
    kind: 'measured',
    unit: 'năm',
    threshold: { min: 2 },
    evidenceRequired: true,
    source: seedSource('canLoc', 'IV.1'),
  },
  {
    code: 'CB_SANG_KIEN_GIAM_NGHEO',
    label: 'Nỗ lực công tác, bám sát cơ sở, có sáng kiến trong tham mưu, thực hiện chương trình giảm nghèo',
    subjectType: 'individual',
    kind: 'attested',
    source: seedSource('canLoc', 'IV.2.5'),
  },
  // Doanh nghiệp, hợp tác xã
  {
    code: 'DN_GIA_TRI_HO_TRO',
    label: 'Giá trị nhận đỡ đầu, hỗ trợ, tài trợ cho địa phương (có địa chỉ cụ thể)',
    subjectType: 'enterprise',
    kind: 'measured',
    unit: 'triệu đồng',
    threshold: { min: 200 },
    anyOfGroup: 'DN_HO_TRO_GIAM_NGHEO',
    source: seedSource('canLoc', 'IV.2.6'),
  },
  {
    code: 'DN_SO_HO_THOAT_NGHEO',
    label: 'Số hộ được đầu tư, hỗ trợ trực tiếp thoát nghèo bền vững (có địa chỉ cụ thể)',
    subjectType: 'enterprise',
    kind: 'measured',
    unit: 'hộ/năm',
    threshold: { min: 10 },
    anyOfGroup: 'DN_HO_TRO_GIAM_NGHEO',
    source: seedSource('canLoc', 'IV.2.6'),
  },
  {
    code: 'DN_LIEN_KET_SAN_XUAT',
    label: 'Liên kết sản xuất, tiêu thụ sản phẩm; dạy nghề, tạo việc làm cho người nghèo',
    subjectType: 'enterprise',
    kind: 'attested',
    source: seedSource('yenThe2017', 'III.1.6'),
  },
  // Tập thể (tiêu chuẩn chung)
  {
    code: 'TT_CHAP_HANH_DOAN_KET',
    label: 'Chấp hành tốt chủ trương, chính sách; nội bộ đoàn kết; không có cá nhân bị kỷ luật từ khiển trách trở lên',
    subjectType: 'collective',
    kind: 'attested',
    source: seedSource('canLoc', 'IV.1'),
  },
];

const quotas: Quota[] = [
  {
    code: 'MOI_XA_MOT_THON',
    label: 'Mỗi xã, thị trấn chọn 01 thôn tiêu biểu',
    subjectType: 'village',
    per: 'commune',
    max: 1,
    source: seedSource('yenThe2017', 'III.2'),
  },
  {
    code: 'MOI_HUYEN_5_DEN_10_HO',
    label: 'Toàn huyện chọn 5-10 hộ tiêu biểu',
    subjectType: 'household',
    per: 'district',
    min: 5,
    max: 10,
    source: seedSource('yenThe2017', 'III.2'),
  },
];

export const POVERTY_MOVEMENT_2016_2020: MovementDefinition = {
  code: 'CHUNG-TAY-VI-NGUOI-NGHEO-2016-2020',
  name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau (giai đoạn 2016-2020)',
  legalBasis: 'Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng Chính phủ',
  periodFrom: '2016-01-01',
  periodTo: '2020-12-31',
  midTermReviewOn: '2018-12-31',
  finalReviewOn: '2020-06-11',
  reviewSource: `Sơ kết cuối năm 2018, tổng kết 11/6/2020: ${seedSource('canLoc', 'IV.3.2, IV.3.3')}`,
  criteria,
  quotas,
};
