import type { CriterionValue, LevelOutcome, Nominee, SubjectKind } from '../model/nominee';
import { COLLECTIVES, ENTERPRISES, POSITIONS, VILLAGES, YEN_THE_COMMUNES, personName, pick, seededRandom } from './people';

export const SAMPLE_LEVELS = ['Cấp xã', 'Cấp huyện'] as const;

const DROP_REASONS: Record<SubjectKind, string> = {
  collective: 'Chưa có mô hình giảm nghèo được nhân rộng',
  individual: 'Chưa đủ 02 năm hoàn thành xuất sắc nhiệm vụ trong giai đoạn',
  household: 'Thu nhập bình quân đầu người tăng chưa đủ 2 lần',
  enterprise: 'Mức đóng góp chưa đạt theo hướng dẫn',
};

function criteriaFor(kind: SubjectKind, rand: () => number): CriterionValue[] {
  switch (kind) {
    case 'collective':
      return [
        { kind: 'attested', label: 'Hoàn thành có chất lượng các văn bản hướng dẫn thực hiện chính sách giảm nghèo', met: true, evidence: 'Báo cáo năm 2019, 2020' },
        { kind: 'measured', label: 'Tỷ lệ giảm hộ nghèo bình quân trên địa bàn', value: Math.round((2.5 + rand() * 4) * 10) / 10, unit: '%/năm', threshold: 3, comparison: 'atLeast', met: true },
      ];
    case 'individual': {
      const years = 2 + Math.floor(rand() * 3);
      return [
        { kind: 'measured', label: 'Số năm hoàn thành xuất sắc nhiệm vụ (2017 - 2020)', value: years, unit: 'năm', threshold: 2, comparison: 'atLeast', met: years >= 2 },
        { kind: 'attested', label: 'Có sáng kiến, giải pháp trong công tác giảm nghèo', met: rand() < 0.9 },
      ];
    }
    case 'household': {
      const times = Math.round((1.6 + rand() * 1.8) * 10) / 10;
      return [
        { kind: 'attested', label: 'Tự nguyện đăng ký thoát nghèo, thoát nghèo bền vững', met: true, evidence: 'Quyết định công nhận hộ thoát nghèo' },
        { kind: 'measured', label: 'Thu nhập bình quân đầu người tăng sau 2 năm', value: times, unit: 'lần', threshold: 2, comparison: 'atLeast', met: times >= 2 },
        { kind: 'attested', label: 'Sử dụng vốn vay Ngân hàng Chính sách xã hội đúng mục đích, trả lãi, trả gốc đúng hạn', met: true },
      ];
    }
    case 'enterprise': {
      const amount = 50 + Math.floor(rand() * 450);
      return [{ kind: 'measured', label: 'Đóng góp Quỹ Vì người nghèo', value: amount, unit: 'triệu đồng', threshold: 50, comparison: 'atLeast', met: true }];
    }
  }
}

function kindAt(rand: () => number): SubjectKind {
  const r = rand();
  return r < 0.15 ? 'collective' : r < 0.7 ? 'individual' : r < 0.95 ? 'household' : 'enterprise';
}

/** One nominee of a realistic Yên Thế dossier; `index` is 1-based and makes ids stable. */
function nominee(index: number, kind: SubjectKind, rand: () => number): Nominee {
  const commune = pick(rand, YEN_THE_COMMUNES);
  const village = pick(rand, VILLAGES);
  const id = `N${String(index).padStart(5, '0')}`;
  const second = rand();
  const outcomes: LevelOutcome[] = [
    { level: SAMPLE_LEVELS[0], status: 'approved' },
    second < 0.8
      ? { level: SAMPLE_LEVELS[1], status: 'approved' }
      : second < 0.9
        ? { level: SAMPLE_LEVELS[1], status: 'dropped', reason: DROP_REASONS[kind] }
        : { level: SAMPLE_LEVELS[1], status: 'lifted', toAward: 'Bằng khen của Thủ tướng Chính phủ' },
  ];
  const base = { id, kind, criteria: criteriaFor(kind, rand), outcomes };
  switch (kind) {
    case 'collective':
      return { ...base, name: `${pick(rand, COLLECTIVES)} ${commune}`, positionOrAddress: `${commune}, huyện Yên Thế`, achievements: 'Huy động nguồn lực hỗ trợ hộ nghèo phát triển sản xuất, xây dựng mô hình giảm nghèo bền vững.' };
    case 'individual': {
      const { name } = personName(rand);
      return { ...base, name, positionOrAddress: `${pick(rand, POSITIONS)} ${commune}`, achievements: 'Tận tụy, gương mẫu, bám sát cơ sở; tham mưu rà soát hộ nghèo chính xác, giúp nhiều hộ thoát nghèo.' };
    }
    case 'household':
      return { ...base, name: `Hộ ông (bà) ${personName(rand).name}`, positionOrAddress: `${village}, ${commune}`, achievements: 'Chủ động vay vốn phát triển chăn nuôi gà đồi, trồng chè; thoát nghèo năm 2019 và giúp 02 hộ khác cùng thoát nghèo.' };
    case 'enterprise':
      return { ...base, name: pick(rand, ENTERPRISES), positionOrAddress: `${commune}, huyện Yên Thế, tỉnh Bắc Giang`, achievements: 'Tạo việc làm ổn định cho lao động thuộc hộ nghèo, hộ cận nghèo; ủng hộ Quỹ Vì người nghèo huyện.' };
  }
}

/** `count` nominees with a realistic mix of subject types; deterministic for a given seed. */
export function sampleNominees(count: number, seed = 2017): Nominee[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => nominee(i + 1, kindAt(rand), rand));
}

/** Nominees whose last level approved them or lifted them: who a decision awards. */
export function awardedNominees(nominees: readonly Nominee[]): Nominee[] {
  return nominees.filter((n) => {
    const last = n.outcomes[n.outcomes.length - 1];
    return last?.status === 'approved' || last?.status === 'lifted';
  });
}
