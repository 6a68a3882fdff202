/**
 * Administrative tiers, top down. Since 1/7/2025 local government has two tiers (province,
 * commune) and the district tier exists only in history; both chains stay valid data.
 */
export const LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS_VI: Record<Level, string> = {
  central: 'Trung ương',
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
};

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Depth in the tree: central 0 … commune 3. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}
