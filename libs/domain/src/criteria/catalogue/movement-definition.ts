import type { Criterion } from '../criterion';
import type { Quota } from '../quota';

/** A movement as launched, with the criteria and quotas its implementing plans set. */
export interface MovementDefinition {
  code: string;
  name: string;
  legalBasis: string;
  periodFrom: string;
  periodTo: string;
  /** Sơ kết and tổng kết; the source says which plan fixed each date. */
  midTermReviewOn: string;
  finalReviewOn: string;
  reviewSource: string;
  criteria: Criterion[];
  quotas: Quota[];
}

/** The seed plans in `shared/seeds/`, by their file name, for `source` fields. */
export const SEED_PLANS = {
  yenThe2017: 'seeds/000_2afdf744a0d84bb9.txt (KH 75/KH-UBND huyện Yên Thế, 30/10/2017)',
  langSon2017: 'seeds/001_84f5cf27fdea967e.txt (KH 165/KH-UBND tỉnh Lạng Sơn, 26/9/2017)',
  canLoc: 'seeds/002_c4121c7e30397b25.txt (KH huyện Can Lộc, giai đoạn 2016-2020)',
  dongNai: 'seeds/003_a9c3030069b4eb81.txt (KH tỉnh Đồng Nai, giai đoạn 2016-2020)',
  thanhXuan2022: 'seeds/004_24b0d5e4e37e26bc.txt (KH 255/KH-UBND quận Thanh Xuân, 29/9/2022)',
} as const;

export function seedSource(plan: keyof typeof SEED_PLANS, section: string): string {
  return `${SEED_PLANS[plan]}, mục ${section}`;
}
