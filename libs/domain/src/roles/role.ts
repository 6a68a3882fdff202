/** Roles a user holds at one locality; a task's candidate group names one of them. */
export const ROLES = ['clerk', 'secretary', 'chairman', 'admin', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_VI: Record<Role, string> = {
  clerk: 'Cán bộ thi đua, khen thưởng',
  secretary: 'Thư ký Hội đồng TĐKT',
  chairman: 'Chủ tịch',
  admin: 'Quản trị',
  supervisor: 'Giám sát',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
