import type { Level, Role } from '@vinh-danh/domain';

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
}

export const DEMO_LOCALITIES: DemoLocality[] = [
  { code: 'TW', name: 'Ban Thi đua - Khen thưởng Trung ương', level: 'central', parentCode: null },
  { code: '24', name: 'Tỉnh Bắc Giang', level: 'province', parentCode: 'TW' },
  { code: '215', name: 'Huyện Yên Thế', level: 'district', parentCode: '24' },
  { code: '07234', name: 'Thị trấn Cầu Gồ', level: 'commune', parentCode: '215' },
  { code: '07246', name: 'Xã Canh Nậu', level: 'commune', parentCode: '215' },
  { code: '01', name: 'Thành phố Hà Nội', level: 'province', parentCode: 'TW' },
  // Formed on 1/7/2025; the 2025 national code list is imported with the localities feature.
  { code: 'HN-THANHXUAN', name: 'Phường Thanh Xuân', level: 'commune', parentCode: '01', validFrom: '2025-07-01' },
];

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
}

export const DEMO_AWARD_TYPES: DemoAwardType[] = [
  {
    code: 'GK-CT-XA',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
    grantingLevel: 'commune',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp xã',
    councilThresholdPercent: 80,
    subjectTypes: ['household', 'individual', 'collective'],
    legalBasis: 'Điều 75 Luật Thi đua, khen thưởng số 06/2022/QH15',
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
  },
  {
    code: 'BK-CT-TINH',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh',
    grantingLevel: 'province',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    councilThresholdPercent: 80,
    subjectTypes: ['household', 'individual', 'collective', 'enterprise'],
    legalBasis: 'Điều 72 Luật Thi đua, khen thưởng số 06/2022/QH15',
  },
  {
    code: 'BK-TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    grantingLevel: 'central',
    grantedBy: 'Thủ tướng Chính phủ',
    councilThresholdPercent: 90,
    subjectTypes: ['individual', 'collective', 'enterprise'],
    legalBasis: 'Điều 71 Luật Thi đua, khen thưởng số 06/2022/QH15',
  },
];

/** The shipped models, deployed for the central level so every unit inherits them. */
export const SHIPPED_PROCESSES = [
  { key: 'commendation-four-tier', file: 'commendation-four-tier.bpmn' },
  { key: 'commendation-two-tier', file: 'commendation-two-tier.bpmn' },
];
