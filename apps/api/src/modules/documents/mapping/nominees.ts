import { boundsFor, isAreaClass, subjectTypeOf, type Criterion, type Level } from '@vinh-danh/domain';
import type { CriterionValue, LevelOutcome, Nominee } from '@vinh-danh/documents';
import type { DossierSnapshot, NomineeLevelOutcome, SnapshotNominee } from '../snapshot/dossier-snapshot';

/** Column heading of a level in the list: "Cấp xã", "Cấp tỉnh", "Trung ương". */
export const LEVEL_COLUMN: Record<Level, string> = { commune: 'Cấp xã', district: 'Cấp huyện', province: 'Cấp tỉnh', central: 'Trung ương' };

export function levelOutcome(outcome: NomineeLevelOutcome): LevelOutcome {
  return { ...outcome, level: LEVEL_COLUMN[outcome.level] } as LevelOutcome;
}

/**
 * A criterion as the report prints it: attested ones by their yes/no and evidence, measured
 * ones by value against the bound for the unit's area class. Only answered criteria are shown.
 */
function criterionValue(criterion: Criterion, answer: { value?: number | boolean; evidence?: string[] }, areaClass: string | null): CriterionValue {
  if (criterion.kind === 'attested') {
    const evidence = answer.evidence?.filter((item) => item.trim() !== '').join('; ');
    return { kind: 'attested', label: criterion.label, met: answer.value === true, ...(evidence ? { evidence } : {}) };
  }
  const value = typeof answer.value === 'number' ? answer.value : 0;
  const bounds = boundsFor(criterion, isAreaClass(areaClass) ? areaClass : null);
  const met = bounds !== undefined && (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
  const threshold = bounds?.min ?? bounds?.max;
  return {
    kind: 'measured',
    label: criterion.label,
    value,
    ...(criterion.unit ? { unit: criterion.unit } : {}),
    ...(threshold !== undefined ? { threshold, comparison: bounds?.min !== undefined ? ('atLeast' as const) : ('atMost' as const) } : {}),
    met,
  };
}

function criteriaOf(snapshot: DossierSnapshot, nominee: SnapshotNominee): CriterionValue[] {
  const subjectType = subjectTypeOf(nominee.kind, nominee.subjectType);
  if (!snapshot.movement || !subjectType) return [];
  const areaClass = snapshot.chain.find((unit) => unit.areaClass)?.areaClass ?? null;
  return snapshot.movement.criteria.flatMap((criterion) => {
    const answer = nominee.criteria[criterion.code];
    return criterion.subjectType === subjectType && answer ? [criterionValue(criterion, answer, areaClass)] : [];
  });
}

/** One line of the list as libs/documents draws it. */
export function toDocumentNominee(snapshot: DossierSnapshot, nominee: SnapshotNominee): Nominee {
  return {
    id: nominee.id,
    kind: nominee.kind,
    name: nominee.fullName,
    ...(nominee.title ? { positionOrAddress: nominee.title } : {}),
    achievements: nominee.achievements ?? '',
    criteria: criteriaOf(snapshot, nominee),
    outcomes: (snapshot.outcomes.get(nominee.id) ?? []).map(levelOutcome),
  };
}

export function documentNominees(snapshot: DossierSnapshot): Nominee[] {
  return snapshot.nominees.map((nominee) => toDocumentNominee(snapshot, nominee));
}

/**
 * Who the decision awards: lines not dropped at any level, and not lifted to a higher award
 * (a lifted line is proposed for that award on its own, in a follow-up dossier).
 */
export function awardedNominees(snapshot: DossierSnapshot): Nominee[] {
  return snapshot.nominees
    .filter((nominee) => {
      const outcomes = snapshot.outcomes.get(nominee.id) ?? [];
      return !outcomes.some((outcome) => outcome.status === 'dropped') && outcomes.at(-1)?.status !== 'lifted';
    })
    .map((nominee) => toDocumentNominee(snapshot, nominee));
}
