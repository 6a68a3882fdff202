export * from './levels/level';
export * from './roles/role';
export * from './forms/task-forms';
