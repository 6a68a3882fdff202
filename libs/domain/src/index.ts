export * from './levels/level';
export * from './roles/role';
export * from './forms/task-forms';
export * from './forms/council-vote-rules';
export * from './outcomes/outcome-rules';
