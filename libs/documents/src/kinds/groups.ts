import { count2, SUBJECT_LABEL } from '../layout/format';
import { SUBJECT_KINDS, type Nominee, type SubjectKind } from '../model/nominee';

export interface NomineeGroup {
  kind: SubjectKind;
  nominees: Nominee[];
}

/** Nominees by subject type in the fixed order of the lists (tập thể, cá nhân, hộ, doanh nghiệp). */
export function groupNominees(nominees: readonly Nominee[]): NomineeGroup[] {
  return SUBJECT_KINDS.map((kind) => ({ kind, nominees: nominees.filter((n) => n.kind === kind) })).filter(
    (g) => g.nominees.length > 0,
  );
}

/** "05 tập thể, 12 cá nhân và 03 hộ gia đình"; "" for none. */
export function countsPhrase(nominees: readonly Nominee[]): string {
  const parts = groupNominees(nominees).map((g) => `${count2(g.nominees.length)} ${SUBJECT_LABEL[g.kind]}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** "tập thể, cá nhân": who a subject line talks about, from the kinds actually present. */
export function kindsPhrase(nominees: readonly Nominee[]): string {
  const kinds = groupNominees(nominees).map((g) => SUBJECT_LABEL[g.kind]);
  return kinds.length > 0 ? kinds.join(', ') : 'tập thể, cá nhân';
}

/** "Phong trào thi đua “...”" or a generic phrase when the dossier is not tied to a movement. */
export function movementPhrase(movementName: string | undefined): string {
  return movementName ? `Phong trào thi đua “${movementName}”` : 'thực hiện nhiệm vụ được giao';
}
