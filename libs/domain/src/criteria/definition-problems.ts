import { AREA_CLASSES, type Criterion, type CriteriaValues } from './criterion';
import { isSubjectType, type SubjectType } from './subject-types';

/**
 * Checks criteria and quotas typed in by an admin before they are stored, so that every
 * stored definition can be evaluated. Returns one Vietnamese message per problem, each
 * prefixed with the path of the field at fault; empty when the definition is usable.
 */
export function movementDefinitionProblems(criteria: unknown, quotas: unknown): string[] {
  return [...criteriaProblems(criteria), ...quotaProblems(quotas)];
}

const CODE = /^[A-Z0-9][A-Z0-9_]{1,59}$/;
const CRITERION_KEYS = ['code', 'label', 'subjectType', 'kind', 'unit', 'threshold', 'evidenceRequired', 'anyOfGroup', 'finalReviewOnly', 'source'];
const QUOTA_KEYS = ['code', 'label', 'subjectType', 'per', 'min', 'max', 'source'];
const QUOTA_TIERS = ['province', 'district', 'commune'];

export function criteriaProblems(criteria: unknown): string[] {
  if (!Array.isArray(criteria)) return ['criteria: phải là một danh sách'];
  if (criteria.length > 300) return ['criteria: tối đa 300 tiêu chuẩn'];
  const problems: string[] = [];
  const codes = new Set<string>();
  const groups = new Map<string, { kinds: Set<string>; subjectTypes: Set<string>; count: number }>();
  criteria.forEach((raw: unknown, index) => {
    const at = `criteria[${index}]`;
    if (!isRecord(raw)) return void problems.push(`${at}: phải là một đối tượng`);
    problems.push(...entryProblems(raw, CRITERION_KEYS, at, codes));
    const kind = raw['kind'];
    if (kind !== 'attested' && kind !== 'measured') problems.push(`${at}.kind: chỉ nhận attested hoặc measured`);
    if (raw['unit'] !== undefined) problems.push(...text(raw['unit'], `${at}.unit`, 50));
    for (const flag of ['evidenceRequired', 'finalReviewOnly']) {
      if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') problems.push(`${at}.${flag}: phải là true hoặc false`);
    }
    if (kind === 'measured') problems.push(...thresholdProblems(raw['threshold'], `${at}.threshold`));
    else if (raw['threshold'] !== undefined) problems.push(`${at}.threshold: chỉ tiêu chuẩn đo đếm (measured) mới có ngưỡng`);
    const group = raw['anyOfGroup'];
    if (group !== undefined) {
      if (typeof group !== 'string' || !CODE.test(group)) problems.push(`${at}.anyOfGroup: mã nhóm gồm chữ in hoa, chữ số và dấu gạch dưới`);
      else {
        const seen = groups.get(group) ?? { kinds: new Set<string>(), subjectTypes: new Set<string>(), count: 0 };
        seen.kinds.add(String(kind));
        seen.subjectTypes.add(String(raw['subjectType']));
        seen.count += 1;
        groups.set(group, seen);
      }
    }
  });
  for (const [group, seen] of groups) {
    if (codes.has(group)) problems.push(`criteria: nhóm ${group} trùng mã với một tiêu chuẩn`);
    if (seen.count < 2) problems.push(`criteria: nhóm lựa chọn ${group} cần ít nhất 2 tiêu chuẩn`);
    if (seen.kinds.size !== 1 || !seen.kinds.has('measured')) problems.push(`criteria: nhóm lựa chọn ${group} chỉ gồm tiêu chuẩn đo đếm (measured)`);
    if (seen.subjectTypes.size !== 1) problems.push(`criteria: nhóm lựa chọn ${group} phải cùng một đối tượng`);
  }
  return problems;
}

/** What a criterion and a quota share: known keys, a unique code, label, source, subject type. */
function entryProblems(raw: Record<string, unknown>, keys: readonly string[], at: string, codes: Set<string>): string[] {
  const problems = unknownKeys(raw, keys, at);
  const code = raw['code'];
  if (typeof code !== 'string' || !CODE.test(code)) problems.push(`${at}.code: mã gồm chữ in hoa, chữ số và dấu gạch dưới (2-60 ký tự)`);
  else if (codes.has(code)) problems.push(`${at}.code: mã ${code} bị trùng`);
  else codes.add(code);
  problems.push(...text(raw['label'], `${at}.label`, 500), ...text(raw['source'], `${at}.source`, 500));
  if (!isSubjectType(raw['subjectType'])) problems.push(`${at}.subjectType: đối tượng không hợp lệ`);
  return problems;
}

function thresholdProblems(threshold: unknown, at: string): string[] {
  if (!isRecord(threshold)) return [`${at}: tiêu chuẩn đo đếm cần có ngưỡng (min, max hoặc theo khu vực)`];
  const problems = [...unknownKeys(threshold, ['min', 'max', 'byAreaClass'], at), ...boundsProblems(threshold, at)];
  const byArea = threshold['byAreaClass'];
  let perArea = 0;
  if (byArea !== undefined) {
    if (!isRecord(byArea)) problems.push(`${at}.byAreaClass: phải là một đối tượng theo khu vực I, II, III`);
    else {
      problems.push(...unknownKeys(byArea, [...AREA_CLASSES], `${at}.byAreaClass`));
      for (const area of AREA_CLASSES) {
        const bounds = byArea[area];
        if (bounds === undefined) continue;
        perArea += 1;
        if (!isRecord(bounds)) problems.push(`${at}.byAreaClass.${area}: phải có min hoặc max`);
        else problems.push(...unknownKeys(bounds, ['min', 'max'], `${at}.byAreaClass.${area}`), ...boundsProblems(bounds, `${at}.byAreaClass.${area}`, true));
      }
    }
  }
  if (threshold['min'] === undefined && threshold['max'] === undefined && perArea === 0) problems.push(`${at}: cần ít nhất một ngưỡng`);
  return problems;
}

function boundsProblems(bounds: Record<string, unknown>, at: string, required = false): string[] {
  const problems: string[] = [];
  for (const side of ['min', 'max']) {
    const value = bounds[side];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) problems.push(`${at}.${side}: phải là số`);
  }
  const { min, max } = bounds;
  if (typeof min === 'number' && typeof max === 'number' && min > max) problems.push(`${at}: min lớn hơn max`);
  if (required && min === undefined && max === undefined) problems.push(`${at}: phải có min hoặc max`);
  return problems;
}

export function quotaProblems(quotas: unknown): string[] {
  if (!Array.isArray(quotas)) return ['quotas: phải là một danh sách'];
  if (quotas.length > 50) return ['quotas: tối đa 50 định mức'];
  const problems: string[] = [];
  const codes = new Set<string>();
  quotas.forEach((raw: unknown, index) => {
    const at = `quotas[${index}]`;
    if (!isRecord(raw)) return void problems.push(`${at}: phải là một đối tượng`);
    problems.push(...entryProblems(raw, QUOTA_KEYS, at, codes));
    if (typeof raw['per'] !== 'string' || !QUOTA_TIERS.includes(raw['per'])) problems.push(`${at}.per: chỉ nhận province, district hoặc commune`);
    for (const side of ['min', 'max']) {
      const value = raw[side];
      if (value !== undefined && (!Number.isInteger(value) || (value as number) < 0)) problems.push(`${at}.${side}: phải là số nguyên không âm`);
    }
    if (raw['min'] === undefined && raw['max'] === undefined) problems.push(`${at}: cần min hoặc max`);
    if (typeof raw['min'] === 'number' && typeof raw['max'] === 'number' && raw['min'] > raw['max']) problems.push(`${at}: min lớn hơn max`);
  });
  return problems;
}

export interface CriteriaValueProblem {
  criterion: string;
  code: 'UNKNOWN_CRITERION' | 'WRONG_TYPE';
  message: string;
}

/**
 * What a list line may not even be stored with, once its movement is known: values for a
 * criterion the movement does not set for its subject type, and a yes/no where a number is
 * measured (or the reverse). Unmet thresholds are left to the evaluation: drafts are drafts.
 */
export function criteriaValueProblems(values: CriteriaValues | null | undefined, criteria: readonly Criterion[], subjectType: SubjectType): CriteriaValueProblem[] {
  const byCode = new Map(criteria.filter((criterion) => criterion.subjectType === subjectType).map((criterion) => [criterion.code, criterion]));
  const problems: CriteriaValueProblem[] = [];
  for (const [code, entry] of Object.entries(values ?? {})) {
    const criterion = byCode.get(code);
    if (!criterion) {
      problems.push({ criterion: code, code: 'UNKNOWN_CRITERION', message: `Phong trào không có tiêu chuẩn ${code} cho đối tượng này` });
      continue;
    }
    const value = entry?.value;
    if (value === undefined || value === null) continue;
    if (criterion.kind === 'measured' && (typeof value !== 'number' || !Number.isFinite(value))) {
      problems.push({ criterion: code, code: 'WRONG_TYPE', message: `${criterion.label}: phải nhập một số` });
    } else if (criterion.kind === 'attested' && typeof value !== 'boolean') {
      problems.push({ criterion: code, code: 'WRONG_TYPE', message: `${criterion.label}: cần trả lời có hoặc không` });
    }
  }
  return problems;
}

function unknownKeys(record: Record<string, unknown>, allowed: readonly string[], at: string): string[] {
  return Object.keys(record)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${at}.${key}: trường không được hỗ trợ`);
}

function text(value: unknown, at: string, max: number): string[] {
  if (typeof value !== 'string' || value.trim().length === 0) return [`${at}: không được để trống`];
  if (value.length > max) return [`${at}: tối đa ${max} ký tự`];
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
