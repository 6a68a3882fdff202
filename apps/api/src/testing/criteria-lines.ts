import { POVERTY_MOVEMENT_2016_2020, subjectTypeOf, type CriteriaAnswers, type Criterion, type SubjectType } from '@vinh-danh/domain';
import type { TestApp } from './test-app';

const EVIDENCE = ['Biên bản xác minh của UBND xã ngày 15/12/2019'];

/** Values meeting every criterion of the subject type (area III thresholds, the strictest), with evidence, then the overrides. */
export function meetingAll(subjectType: SubjectType, overrides: CriteriaAnswers = {}, criteria: readonly Criterion[] = POVERTY_MOVEMENT_2016_2020.criteria): CriteriaAnswers {
  const values: CriteriaAnswers = {};
  for (const criterion of criteria.filter((candidate) => candidate.subjectType === subjectType)) {
    const bounds = criterion.threshold?.byAreaClass?.III ?? criterion.threshold ?? {};
    values[criterion.code] = { value: criterion.kind === 'attested' ? true : (bounds.min ?? bounds.max ?? 0), evidence: EVIDENCE };
  }
  return { ...values, ...overrides };
}

export interface ListLine {
  kind: 'individual' | 'collective' | 'household' | 'enterprise';
  fullName: string;
  subjectType?: SubjectType;
  criteria?: CriteriaAnswers;
}

/** A list line of the subject type that meets every criterion unless overridden. */
export function lineOf(subjectType: SubjectType, fullName: string, overrides: CriteriaAnswers = {}): ListLine {
  const kind = (['individual', 'household', 'enterprise'] as const).find((candidate) => subjectTypeOf(candidate) === subjectType) ?? 'collective';
  return { kind, fullName, ...(kind === 'collective' && subjectType !== 'collective' ? { subjectType } : {}), criteria: meetingAll(subjectType, overrides) };
}

export async function movementId(t: TestApp, code: string): Promise<string> {
  const response = await t.http().get('/api/movements').set(await t.as('admin')).expect(200);
  const found = (response.body as Array<{ id: string; code: string }>).find((movement) => movement.code === code);
  if (!found) throw new Error(`No movement ${code}`);
  return found.id;
}
