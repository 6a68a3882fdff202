/**
 * Name and place pools for demo and test data, drawn from the seed plans (Yên Thế – Bắc Giang,
 * Can Lộc – Hà Tĩnh, Thanh Xuân – Hà Nội, Đồng Nai). Generation is seeded, so the same call
 * gives the same people: tests compare bytes.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  // mulberry32: tiny, good enough to vary names, and identical on every machine.
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Thân', 'Giáp'];
const MIDDLE_M = ['Văn', 'Đức', 'Hữu', 'Quang', 'Minh', 'Ngọc', 'Xuân', 'Thành'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Thị Thu'];
const GIVEN_M = ['Hùng', 'Sơn', 'Dũng', 'Tuấn', 'Hải', 'Thắng', 'Lộc', 'Khánh', 'Cường', 'Quyết', 'Trường', 'Vượng'];
const GIVEN_F = ['Lan', 'Hương', 'Phương', 'Thủy', 'Nga', 'Quỳnh', 'Yến', 'Hòa', 'Huyền', 'Nhung', 'Thảo', 'Ngân'];

export function personName(rand: () => number): { name: string; gender: 'Nam' | 'Nữ' } {
  const female = rand() < 0.5;
  const name = female
    ? `${pick(rand, FAMILY)} ${pick(rand, MIDDLE_F)} ${pick(rand, GIVEN_F)}`
    : `${pick(rand, FAMILY)} ${pick(rand, MIDDLE_M)} ${pick(rand, GIVEN_M)}`;
  return { name, gender: female ? 'Nữ' : 'Nam' };
}

/** Xã, thị trấn of Yên Thế district (Bắc Giang) before the 2025 mergers. */
export const YEN_THE_COMMUNES = [
  'thị trấn Cầu Gồ', 'thị trấn Bố Hạ', 'xã Đồng Kỳ', 'xã Đồng Hưu', 'xã Hồng Kỳ', 'xã Tam Hiệp',
  'xã Tân Hiệp', 'xã Xuân Lương', 'xã Canh Nậu', 'xã Đồng Tiến', 'xã Tam Tiến', 'xã An Thượng',
  'xã Tiến Thắng', 'xã Đồng Lạc', 'xã Đồng Vương', 'xã Hương Vĩ', 'xã Phồn Xương', 'xã Tân Sỏi',
  'xã Đông Sơn', 'xã Đồng Tâm',
] as const;

/** The five wards of Thanh Xuân that still had near-poor households in 2022 (seed 004). */
export const THANH_XUAN_WARDS = ['Nhân Chính', 'Phương Liệt', 'Khương Đình', 'Thanh Xuân Bắc', 'Khương Trung'] as const;

export const VILLAGES = ['thôn Mỏ Trạng', 'thôn Hố Chuối', 'bản Ven', 'thôn Đồng Gia', 'thôn Làng Trũng', 'thôn Tân Lập', 'thôn Đình Cả'] as const;

export const POSITIONS = [
  'Công chức Lao động - Thương binh và Xã hội',
  'Phó Chủ tịch UBND',
  'Chủ tịch Hội Liên hiệp Phụ nữ',
  'Bí thư Đoàn Thanh niên',
  'Trưởng thôn',
  'Chủ tịch Hội Nông dân',
  'Cán bộ chính sách xã hội',
] as const;

/** Collectives that exist in every commune; the commune's name follows. */
export const COLLECTIVES = [
  'Ủy ban nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Công an',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
] as const;

export const ENTERPRISES = [
  'Công ty TNHH Chè Yên Thế',
  'Hợp tác xã Gà đồi Yên Thế',
  'Công ty Cổ phần Nông sản Bố Hạ',
  'Hợp tác xã Dịch vụ nông nghiệp Đồng Kỳ',
] as const;
