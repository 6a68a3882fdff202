import { levelRank, type Level } from '../levels/level';
import { padListingCode, parseListingDate, parseListingKind, resolveListingKind, type ListingKind } from './gso-listing';

/**
 * Plans an import of administrative units from the statistics office's listing: for each
 * row whether it creates a unit, changes one, changes nothing, or cannot be taken (with
 * the reasons in Vietnamese). Pure: the caller supplies the units it knows and writes the
 * plan only when no row is in error, so an import is all or nothing.
 */

export interface ImportRowInput {
  /** Line in the file (the header is line 1), to point the user at the row. */
  line: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string;
  /** Undefined when the file has no such column: the unit keeps its current date. */
  validFrom?: string;
  validTo?: string;
}

export interface KnownLocality {
  code: string;
  name: string;
  level: Level;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Whose units the importer may touch: everything, or the subtrees under these codes. */
export interface ImportScope {
  unrestricted: boolean;
  rootCodes: readonly string[];
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'error';

export interface PlannedLocality {
  line: number;
  code: string;
  name: string;
  level: Level | null;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  outcome: ImportOutcome;
  /** Fields that differ from the stored unit, for `updated`. */
  changes: Array<'name' | 'level' | 'parentCode' | 'validFrom' | 'validTo'>;
  errors: string[];
}

export const MAX_CODE_LENGTH = 20;
export const MAX_NAME_LENGTH = 200;
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface Draft {
  input: ImportRowInput;
  kind: ListingKind | undefined;
  code: string;
  name: string;
  parentRaw: string;
  validFrom: string | null | undefined;
  validTo: string | null | undefined;
  errors: string[];
}

export function planLocalityImport(rows: ImportRowInput[], known: KnownLocality[], scope: ImportScope): PlannedLocality[] {
  const knownByCode = new Map(known.map((unit) => [unit.code, unit]));
  const drafts = rows.map(readRow);
  const byCode = indexByCode(drafts);
  const find = (raw: string) => lookupCode(raw, byCode, knownByCode);

  // Tiers first: "Thành phố" takes its tier from its parent, which may itself be a city.
  const levels = new Map<Draft, Level | undefined>();
  const levelOf = (draft: Draft, depth = 0): Level | undefined => {
    if (levels.has(draft)) return levels.get(draft);
    if (!draft.kind || depth > 10) return undefined;
    let parentLevel: Level | null | undefined = null;
    if (draft.parentRaw) {
      const parent = find(draft.parentRaw);
      parentLevel = parent?.draft ? levelOf(parent.draft, depth + 1) : parent?.known?.level;
    }
    const level = resolveListingKind(draft.kind, parentLevel);
    levels.set(draft, level);
    return level;
  };
  for (const draft of drafts) {
    levelOf(draft);
    const level = levels.get(draft);
    draft.code = padListingCode(draft.code, level);
    if (draft.kind === 'city' && !level && !draft.errors.length) draft.errors.push('Không xác định được cấp của "Thành phố": cấp trên phải là Trung ương hoặc một tỉnh');
  }
  markDuplicates(drafts);
  const finalByCode = new Map(drafts.filter((d) => !d.errors.some(isDuplicate)).map((d) => [d.code, d]));

  // The tree as it would be after the import: file rows override stored units.
  const parentAfter = new Map<string, string | null>(known.map((unit) => [unit.code, unit.parentCode]));
  const parentCodes = new Map<Draft, string | null>();
  for (const draft of drafts) {
    if (!draft.parentRaw) {
      parentCodes.set(draft, null);
      continue;
    }
    const parent = lookupCode(draft.parentRaw, finalByCode, knownByCode);
    const parentCode = parent?.draft?.code ?? parent?.known?.code;
    if (!parentCode) draft.errors.push(`Không tìm thấy đơn vị cấp trên mã ${draft.parentRaw}`);
    parentCodes.set(draft, parentCode ?? null);
  }
  for (const draft of finalByCode.values()) parentAfter.set(draft.code, parentCodes.get(draft) ?? null);

  const inScope = (code: string | null): boolean => scope.unrestricted || (code !== null && reachesRoot(code, parentAfter, scope.rootCodes));
  const parentBefore = new Map(known.map((unit) => [unit.code, unit.parentCode]));
  const storedInScope = (code: string): boolean => scope.unrestricted || reachesRoot(code, parentBefore, scope.rootCodes);

  return drafts.map((draft) => {
    const level = levels.get(draft) ?? null;
    const parentCode = parentCodes.get(draft) ?? null;
    const stored = knownByCode.get(draft.code);
    const errors = [...draft.errors];
    if (!errors.length) {
      if (parentCode && formsCycle(draft.code, parentAfter)) errors.push('Quan hệ cấp trên tạo thành vòng lặp');
      else errors.push(...tierProblems(level, parentCode, finalByCode, knownByCode, levels));
    }
    if (!errors.length) {
      if (stored && !storedInScope(stored.code)) errors.push(`Đơn vị ${stored.code} nằm ngoài phạm vi quản trị của bạn`);
      else if (!inScope(parentCode)) errors.push(parentCode ? `Đơn vị cấp trên ${parentCode} nằm ngoài phạm vi quản trị của bạn` : 'Chỉ quản trị hệ thống được thêm đơn vị cấp Trung ương');
    }
    const validFrom = draft.validFrom === undefined ? (stored?.validFrom ?? null) : draft.validFrom;
    const validTo = draft.validTo === undefined ? (stored?.validTo ?? null) : draft.validTo;
    if (!errors.length && validFrom && validTo && validFrom > validTo) errors.push('Ngày hiệu lực từ sau ngày hiệu lực đến');
    const planned = { line: draft.input.line, code: draft.code, name: draft.name, level, parentCode, validFrom, validTo };
    if (errors.length) return { ...planned, outcome: 'error', changes: [], errors };
    if (!stored) return { ...planned, outcome: 'created', changes: [], errors };
    const changes = (['name', 'level', 'parentCode', 'validFrom', 'validTo'] as const).filter((field) => planned[field] !== stored[field]);
    return { ...planned, outcome: changes.length ? 'updated' : 'unchanged', changes, errors };
  });
}

function readRow(input: ImportRowInput): Draft {
  const errors: string[] = [];
  const code = input.code.trim();
  const name = input.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const kindText = input.kind.trim();
  const kind = kindText ? parseListingKind(kindText) : undefined;
  if (!code) errors.push('Thiếu mã đơn vị');
  else if (code.length > MAX_CODE_LENGTH || !CODE_PATTERN.test(code)) errors.push(`Mã "${code}" không hợp lệ (chữ, số, dấu chấm, gạch; tối đa ${MAX_CODE_LENGTH} ký tự)`);
  if (!name) errors.push('Thiếu tên đơn vị');
  else if (name.length > MAX_NAME_LENGTH) errors.push(`Tên dài quá ${MAX_NAME_LENGTH} ký tự`);
  if (!kindText) errors.push('Thiếu cấp');
  else if (!kind) errors.push(`Cấp "${kindText}" không hợp lệ (Trung ương, Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn)`);
  const date = (text: string | undefined, label: string): string | null | undefined => {
    if (text === undefined) return undefined;
    if (!text.trim()) return null;
    const parsed = parseListingDate(text);
    if (!parsed) errors.push(`Ngày ${label} "${text.trim()}" không hợp lệ (dd/mm/yyyy)`);
    return parsed ?? null;
  };
  const validFrom = date(input.validFrom, 'hiệu lực từ');
  const validTo = date(input.validTo, 'hiệu lực đến');
  const padded = kind && kind !== 'city' ? padListingCode(code, kind) : code;
  return { input, kind, code: padded, name, parentRaw: input.parentCode.trim(), validFrom, validTo, errors };
}

const DUPLICATE_PREFIX = 'Mã đơn vị trùng với dòng';
const isDuplicate = (error: string) => error.startsWith(DUPLICATE_PREFIX);

function markDuplicates(drafts: Draft[]): void {
  const first = new Map<string, Draft>();
  for (const draft of drafts) {
    if (!draft.code) continue;
    const earlier = first.get(draft.code);
    if (earlier) draft.errors.push(`${DUPLICATE_PREFIX} ${earlier.input.line}`);
    else first.set(draft.code, draft);
  }
}

function indexByCode(drafts: Draft[]): Map<string, Draft> {
  const index = new Map<string, Draft>();
  for (const draft of drafts) if (draft.code && !index.has(draft.code)) index.set(draft.code, draft);
  return index;
}

/** A parent code as written, or with the leading zeros a spreadsheet may have dropped. */
function lookupCode(raw: string, file: Map<string, Draft>, known: Map<string, KnownLocality>): { draft?: Draft; known?: KnownLocality } | undefined {
  const candidates = /^\d+$/.test(raw) ? [raw, ...[2, 3, 5].map((width) => raw.padStart(width, '0'))] : [raw];
  for (const candidate of candidates) {
    const draft = file.get(candidate);
    if (draft) return { draft };
    const unit = known.get(candidate);
    if (unit) return { known: unit };
  }
  return undefined;
}

function formsCycle(code: string, parentOf: Map<string, string | null>): boolean {
  const seen = new Set<string>([code]);
  let current = parentOf.get(code) ?? null;
  while (current !== null) {
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

function reachesRoot(code: string, parentOf: Map<string, string | null>, roots: readonly string[]): boolean {
  const seen = new Set<string>();
  let current: string | null = code;
  while (current !== null && !seen.has(current)) {
    if (roots.includes(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** Central has no parent; every other unit sits under a unit of a higher tier. */
function tierProblems(
  level: Level | null,
  parentCode: string | null,
  file: Map<string, Draft>,
  known: Map<string, KnownLocality>,
  levels: Map<Draft, Level | undefined>,
): string[] {
  if (!level) return [];
  if (!parentCode) return level === 'central' ? [] : ['Thiếu mã cấp trên (chỉ đơn vị Trung ương không có cấp trên)'];
  if (level === 'central') return ['Đơn vị Trung ương không có cấp trên'];
  const fileParent = file.get(parentCode);
  const parentLevel = fileParent ? levels.get(fileParent) : known.get(parentCode)?.level;
  if (parentLevel && levelRank(parentLevel) >= levelRank(level)) return [`Đơn vị cấp trên ${parentCode} không ở cấp cao hơn`];
  return [];
}
