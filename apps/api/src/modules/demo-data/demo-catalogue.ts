import { POVERTY_MOVEMENT_2016_2020, POVERTY_MOVEMENT_2021_2025, type AreaClass, type Level, type MovementDefinition, type Role } from '@vinh-danh/domain';
import type { ProcessingLimit, RequiredDocument } from '../award-types/entities/award-type.entity';
import type { LocalityFacts } from '../localities/entities/locality.entity';

/**
 * Demo places, drawn from the seeds: Bắc Giang / Yên Thế (the 2017 plan) runs the four-tier
 * chain as modelled then; Hà Nội's Phường Thanh Xuân, a ward formed in the 2025 reform,
 * sits directly under its city and runs the two-tier chain. Codes are the national
 * statistics office's where the unit predates 2025.
 */
export interface DemoLocality {
  code: string;
  name: string;
  level: Level;
  parentCode: string | null;
  validFrom?: string;
  /** Last day the unit existed (the 2025 reform closed districts and merged units on 30/6/2025). */
  validTo?: string;
  /** The unit that took over a merged one. */
  successorCode?: string;
  /** Figures from the seeds, with their source (see LocalityEntity.facts). */
  facts?: LocalityFacts;
  /** Khu vực I, II, III for criteria thresholds; demo values, not the official classification. */
  areaClass?: AreaClass;
}

export const DEMO_LOCALITIES: DemoLocality[] = [
  { code: 'TW', name: 'Ban Thi đua - Khen thưởng Trung ương', level: 'central', parentCode: null },
  { code: '24', name: 'Tỉnh Bắc Giang', level: 'province', parentCode: 'TW' },
  { code: '215', name: 'Huyện Yên Thế', level: 'district', parentCode: '24' },
  { code: '07234', name: 'Thị trấn Cầu Gồ', level: 'commune', parentCode: '215', areaClass: 'II' },
  { code: '07246', name: 'Xã Canh Nậu', level: 'commune', parentCode: '215', areaClass: 'III' },
  { code: '01', name: 'Thành phố Hà Nội', level: 'province', parentCode: 'TW' },
  // Formed on 1/7/2025; the 2025 national code list is imported with the localities feature.
  { code: 'HN-THANHXUAN', name: 'Phường Thanh Xuân', level: 'commune', parentCode: '01', validFrom: '2025-07-01' },
  /*
   * The seeds' other places, dated as they happened. The branch TW → 24 → 215 → 07234/07246
   * above models the four tiers as the 2017 plans describe them and is kept valid today on
   * purpose, so the four-tier chain stays runnable for the tests and the walkthrough (in
   * reality Bắc Giang merged into Bắc Ninh on 1/7/2025, and the 2025 list gives the new Bắc
   * Ninh the code 24). The merged province shown as history is Bình Phước → Đồng Nai.
   * Numeric codes are the statistics office's; the 2025 list hands a new unit the code of
   * one of the units it replaced, so a new unit whose code is still held here by its
   * predecessor gets a non-numeric demo code (like HN-THANHXUAN).
   */
  { code: '20', name: 'Tỉnh Lạng Sơn', level: 'province', parentCode: 'TW' },
  { code: '42', name: 'Tỉnh Hà Tĩnh', level: 'province', parentCode: 'TW' },
  { code: '443', name: 'Huyện Can Lộc', level: 'district', parentCode: '42', validTo: '2025-06-30' },
  // Merged with Thiên Lộc and Vượng Lộc into Xã Can Lộc (18406 in the 2025 list); its own old code is not verified here.
  { code: 'HT-NGHEN', name: 'Thị trấn Nghèn', level: 'commune', parentCode: '443', validTo: '2025-06-30', successorCode: '18406' },
  { code: '18406', name: 'Xã Can Lộc', level: 'commune', parentCode: '42', validFrom: '2025-07-01' },
  { code: '75', name: 'Tỉnh Đồng Nai', level: 'province', parentCode: 'TW' },
  // Nghị quyết 202/2025/QH15: Bình Phước joined Đồng Nai, which kept its name and code 75.
  { code: '70', name: 'Tỉnh Bình Phước', level: 'province', parentCode: 'TW', validTo: '2025-06-30', successorCode: '75' },
  // Quận Thanh Xuân and its 11 wards (Kế hoạch 255/KH-UBND, 2022) until the reform.
  { code: '009', name: 'Quận Thanh Xuân', level: 'district', parentCode: '01', validTo: '2025-06-30' },
  thanhXuanWard('00343', 'Phường Nhân Chính', 'HN-THANHXUAN', nearPoor(9, [3, 3, 3, 0])),
  // Split between the new wards Thanh Xuân and Khương Đình (and Khương Trung, Thanh Xuân
  // Trung, Thanh Xuân Nam, Kim Giang likewise or unverified): no single successor.
  thanhXuanWard('00346', 'Phường Thượng Đình'),
  thanhXuanWard('00349', 'Phường Khương Trung', undefined, nearPoor(2, [1, 1, 0, 0])),
  thanhXuanWard('00352', 'Phường Khương Mai', 'HN-PHUONGLIET'),
  thanhXuanWard('00355', 'Phường Thanh Xuân Trung'),
  thanhXuanWard('00358', 'Phường Phương Liệt', 'HN-PHUONGLIET', nearPoor(9, [3, 3, 3, 0])),
  thanhXuanWard('00361', 'Phường Hạ Đình', 'HN-KHUONGDINH'),
  thanhXuanWard('00364', 'Phường Khương Đình', 'HN-KHUONGDINH', nearPoor(6, [2, 2, 2, 0])),
  thanhXuanWard('00367', 'Phường Thanh Xuân Bắc', 'HN-THANHXUAN', nearPoor(6, [2, 2, 2, 0])),
  thanhXuanWard('00370', 'Phường Thanh Xuân Nam'),
  thanhXuanWard('00373', 'Phường Kim Giang'),
  // Formed on 1/7/2025 (Nghị quyết 1656/NQ-UBTVQH15); the 2025 list codes them 00364 and
  // 00352, still held here by the old Khương Đình and Khương Mai.
  { code: 'HN-KHUONGDINH', name: 'Phường Khương Đình', level: 'commune', parentCode: '01', validFrom: '2025-07-01' },
  { code: 'HN-PHUONGLIET', name: 'Phường Phương Liệt', level: 'commune', parentCode: '01', validFrom: '2025-07-01' },
];

function thanhXuanWard(code: string, name: string, successorCode?: string, facts?: LocalityFacts): DemoLocality {
  return { code, name, level: 'commune', parentCode: '009', validTo: '2025-06-30', ...(successorCode ? { successorCode } : {}), ...(facts ? { facts } : {}) };
}

/** Near-poor households in 2022 and the planned yearly reduction, from the seed 004 (KH 255/KH-UBND). */
function nearPoor(households2022: number, [y2022, y2023, y2024, y2025]: [number, number, number, number]): LocalityFacts {
  return {
    nearPoorHouseholds: {
      year: 2022,
      count: households2022,
      plannedReduction: { '2022': y2022, '2023': y2023, '2024': y2024, '2025': y2025 },
      source: 'Kế hoạch số 255/KH-UBND ngày 29/9/2022 của UBND quận Thanh Xuân',
    },
  };
}

/** Every role at every demo unit gets a `<role>.<code>` account with the password `demo`. */
export const DEMO_ROLES: Role[] = ['clerk', 'secretary', 'chairman', 'admin', 'supervisor'];

export interface DemoAwardType {
  code: string;
  name: string;
  grantingLevel: Level;
  grantedBy: string;
  councilThresholdPercent: number;
  subjectTypes: string[];
  legalBasis: string;
  validTo?: string;
  requiredDocuments: RequiredDocument[];
  processingLimits: ProcessingLimit[];
}

/**
 * The minimum dossier (DESIGN.md): submission letter with the list, achievement reports,
 * council minutes; higher titles add what their standards rest on.
 */
const BASIC_DOCUMENTS: RequiredDocument[] = [
  { code: 'submission', name: 'Tờ trình (văn bản đề nghị) kèm danh sách tập thể, cá nhân được đề nghị khen thưởng' },
  { code: 'achievement-report', name: 'Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng' },
  { code: 'minutes', name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng (kết quả bỏ phiếu)' },
];
const INITIATIVE_RECOGNITION: RequiredDocument = {
  code: 'initiative-recognition',
  name: 'Văn bản công nhận sáng kiến, đề tài khoa học hoặc giải pháp đã được áp dụng',
};
const PUBLIC_POSTING: RequiredDocument = { code: 'public-posting', name: 'Kết quả lấy ý kiến công khai về tập thể, cá nhân được đề nghị' };

/**
 * Published working-day figures (DESIGN.md): 10 for a commune Giấy khen, 20 for a district
 * decision, 25 for a province Bằng khen. Each province publishes its own procedure list and
 * the figures vary (12 days are also published for a commune Giấy khen), so admins edit them.
 */
const PUBLISHED_LIMITS_BASIS = 'Thời hạn giải quyết trong bộ thủ tục hành chính lĩnh vực thi đua, khen thưởng do địa phương công bố (chưa đối chiếu quyết định công bố cụ thể)';
function limit(level: Level, workingDays: number): ProcessingLimit {
  return { level, workingDays, legalBasis: PUBLISHED_LIMITS_BASIS };
}
/**
 * New entries cite the law only: their article numbers could not be verified. Checked: Giấy khen
 * is Điều 75 of Law 06/2022/QH15 (its khoản 2 leaves the standards to each ministry and province;
 * the Ministry of Home Affairs' answer published on baochinhphu.vn). Not re-checked against
 * the law's text: Điều 72 (Bằng khen of a province) and Điều 71 (Bằng khen of the Prime Minister).
 */
const LAW_2022 = 'Luật Thi đua, khen thưởng số 06/2022/QH15 (chưa đối chiếu số điều)';
// No published figure was found for the levels of a state-level award: their limits are left for admins to set.

export const DEMO_AWARD_TYPES: DemoAwardType[] = [
  {
    code: 'GK-CT-XA',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
    grantingLevel: 'commune',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp xã',
    councilThresholdPercent: 80,
    subjectTypes: ['household', 'individual', 'collective'],
    legalBasis: 'Điều 75 Luật Thi đua, khen thưởng số 06/2022/QH15',
    requiredDocuments: BASIC_DOCUMENTS,
    processingLimits: [limit('commune', 10)],
  },
  {
    code: 'GK-CT-HUYEN',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện',
    grantingLevel: 'district',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp huyện',
    councilThresholdPercent: 80,
    subjectTypes: ['household', 'individual', 'collective', 'enterprise'],
    legalBasis: 'Điều 75 Luật Thi đua, khen thưởng số 06/2022/QH15',
    validTo: '2025-06-30',
    requiredDocuments: BASIC_DOCUMENTS,
    processingLimits: [limit('district', 20)],
  },
  {
    code: 'BK-CT-TINH',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh',
    grantingLevel: 'province',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    councilThresholdPercent: 80,
    subjectTypes: ['household', 'individual', 'collective', 'enterprise'],
    legalBasis: 'Điều 72 Luật Thi đua, khen thưởng số 06/2022/QH15',
    requiredDocuments: BASIC_DOCUMENTS,
    processingLimits: [limit('province', 25)],
  },
  {
    code: 'BK-TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    grantingLevel: 'central',
    grantedBy: 'Thủ tướng Chính phủ',
    councilThresholdPercent: 90,
    subjectTypes: ['individual', 'collective', 'enterprise'],
    legalBasis: 'Điều 71 Luật Thi đua, khen thưởng số 06/2022/QH15',
    requiredDocuments: [...BASIC_DOCUMENTS, PUBLIC_POSTING],
    processingLimits: [],
  },
  // Thresholds of the titles below are demo values (80% at province level, 90% nationally).
  {
    code: 'CTD-UBND-TINH',
    name: 'Cờ thi đua của Ủy ban nhân dân cấp tỉnh',
    grantingLevel: 'province',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    councilThresholdPercent: 80,
    subjectTypes: ['collective'],
    legalBasis: LAW_2022,
    requiredDocuments: BASIC_DOCUMENTS,
    processingLimits: [limit('province', 25)],
  },
  {
    code: 'CSTD-CO-SO',
    name: 'Danh hiệu Chiến sĩ thi đua cơ sở',
    grantingLevel: 'commune',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp xã',
    councilThresholdPercent: 80,
    subjectTypes: ['individual'],
    legalBasis: LAW_2022,
    requiredDocuments: [...BASIC_DOCUMENTS, INITIATIVE_RECOGNITION],
    processingLimits: [],
  },
  {
    code: 'CSTD-TINH',
    name: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh',
    grantingLevel: 'province',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    councilThresholdPercent: 80,
    subjectTypes: ['individual'],
    legalBasis: LAW_2022,
    requiredDocuments: [...BASIC_DOCUMENTS, INITIATIVE_RECOGNITION],
    processingLimits: [limit('province', 25)],
  },
  {
    code: 'CSTD-TOAN-QUOC',
    name: 'Danh hiệu Chiến sĩ thi đua toàn quốc',
    grantingLevel: 'central',
    grantedBy: 'Thủ tướng Chính phủ',
    councilThresholdPercent: 90,
    subjectTypes: ['individual'],
    legalBasis: LAW_2022,
    requiredDocuments: [...BASIC_DOCUMENTS, INITIATIVE_RECOGNITION, PUBLIC_POSTING],
    processingLimits: [],
  },
  {
    code: 'HCLD-HANG-BA',
    name: 'Huân chương Lao động hạng Ba',
    grantingLevel: 'central',
    grantedBy: 'Chủ tịch nước',
    councilThresholdPercent: 90,
    subjectTypes: ['individual', 'collective', 'enterprise'],
    legalBasis: LAW_2022,
    requiredDocuments: [...BASIC_DOCUMENTS, PUBLIC_POSTING],
    processingLimits: [],
  },
];

/** Both national "Chung tay vì người nghèo" movements, launched by the central unit, criteria from the seeds. */
export const DEMO_MOVEMENTS: Array<MovementDefinition & { launchedBy: string }> = [
  { ...POVERTY_MOVEMENT_2016_2020, launchedBy: 'TW' },
  { ...POVERTY_MOVEMENT_2021_2025, launchedBy: 'TW' },
];

/** The shipped models, deployed for the central level so every unit inherits them. */
export const SHIPPED_PROCESSES = [
  { key: 'commendation-four-tier', file: 'commendation-four-tier.bpmn' },
  { key: 'commendation-two-tier', file: 'commendation-two-tier.bpmn' },
];
