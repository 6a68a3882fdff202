import { registerDecorator, type ValidationArguments } from 'class-validator';
import { SUBJECT_TYPES_BY_NOMINEE_KIND, isSubjectType } from '@vinh-danh/domain';

const CRITERION_CODE = /^[A-Z0-9][A-Z0-9_]{1,59}$/;
const MAX_CRITERIA = 100;
const MAX_EVIDENCE = 20;
const MAX_EVIDENCE_LENGTH = 500;

/**
 * A nominee's criteria values: `{[criterionCode]: {value?: number | boolean, evidence?:
 * string[]}}`. Only the shape is checked here (a text where a number or yes/no belongs is
 * refused with 400); which codes exist is the movement's business, checked by the service.
 */
export function IsCriteriaValues(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCriteriaValues',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => criteriaShapeProblem(value) === undefined,
        defaultMessage: (args?: ValidationArguments) => `${args?.property}: ${criteriaShapeProblem(args?.value) ?? 'không hợp lệ'}`,
      },
    });
}

export function criteriaShapeProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'phải là một đối tượng theo mã tiêu chuẩn';
  const entries = Object.entries(value);
  if (entries.length > MAX_CRITERIA) return `tối đa ${MAX_CRITERIA} tiêu chuẩn`;
  for (const [code, entry] of entries) {
    if (!CRITERION_CODE.test(code)) return `mã tiêu chuẩn "${code.slice(0, 60)}" không hợp lệ`;
    if (!isPlainObject(entry)) return `${code} phải có dạng {value, evidence}`;
    const extra = Object.keys(entry).find((key) => key !== 'value' && key !== 'evidence');
    if (extra) return `${code}.${extra.slice(0, 60)}: trường không được hỗ trợ`;
    const { value: given, evidence } = entry;
    const isNumber = typeof given === 'number' && Number.isFinite(given);
    if (given !== undefined && given !== null && !isNumber && typeof given !== 'boolean') return `${code}.value phải là một số hoặc có/không (true/false)`;
    if (evidence !== undefined) {
      if (!Array.isArray(evidence) || evidence.length > MAX_EVIDENCE) return `${code}.evidence phải là danh sách tối đa ${MAX_EVIDENCE} mã tệp hoặc ghi chú`;
      if (evidence.some((item) => typeof item !== 'string' || item.length === 0 || item.length > MAX_EVIDENCE_LENGTH)) {
        return `${code}.evidence gồm các chuỗi từ 1 đến ${MAX_EVIDENCE_LENGTH} ký tự`;
      }
    }
  }
  return undefined;
}

/** A subject type the line's kind may stand for: a collective may be a village, commune, district or department. */
export function IsSubjectTypeOfKind(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSubjectTypeOfKind',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const kind = (args?.object as { kind?: unknown } | undefined)?.kind;
          return isSubjectType(value) && typeof kind === 'string' && (SUBJECT_TYPES_BY_NOMINEE_KIND[kind] ?? []).includes(value);
        },
        defaultMessage: (args?: ValidationArguments) => {
          const kind = String((args?.object as { kind?: unknown } | undefined)?.kind);
          return `subjectType phải là một trong: ${(SUBJECT_TYPES_BY_NOMINEE_KIND[kind] ?? []).join(', ') || '(không có)'} với loại ${kind}`;
        },
      },
    });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
