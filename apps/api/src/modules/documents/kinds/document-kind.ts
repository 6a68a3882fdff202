/**
 * The documents a dossier has, as the HTTP contract names them. Four of them are issued at a
 * step of the chain and frozen from then on; the other three are views of the dossier as it
 * stands (the list carries each level's outcome "so far", a report follows its nominee, the
 * bundle gathers everything) and are rendered whenever they are asked for.
 */
export const DOSSIER_KINDS = ['submission', 'nominee-list', 'minutes', 'decision', 'certificates', 'bundle'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

export const NOMINEE_KINDS = ['achievement-report'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export type DocumentKind = DossierKind | NomineeKind;

/** Kinds issued at a step: the tờ trình at submit, the minutes at a council vote, the decision and certificates when the chairman decides. */
export const ISSUED_KINDS = ['submission', 'minutes', 'decision', 'certificates'] as const;
export type IssuedKind = (typeof ISSUED_KINDS)[number];

export function isDossierKind(value: string): value is DossierKind {
  return (DOSSIER_KINDS as readonly string[]).includes(value);
}

export function isIssuedKind(value: string): value is IssuedKind {
  return (ISSUED_KINDS as readonly string[]).includes(value);
}

/** What a clerk calls each paper, for file names and messages. */
export const KIND_NAMES_VI: Record<DocumentKind, string> = {
  submission: 'Tờ trình đề nghị khen thưởng',
  'nominee-list': 'Danh sách đề nghị khen thưởng',
  minutes: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  decision: 'Quyết định khen thưởng',
  certificates: 'Bằng khen, Giấy khen',
  bundle: 'Hồ sơ đề nghị khen thưởng',
  'achievement-report': 'Báo cáo thành tích',
};

/**
 * "Quyết định khen thưởng HS-2026-000042.pdf"; "Dự thảo - …" for a draft, the nominee's name
 * for a report, "(đã ký số)" for a signed decision. Vietnamese as is: the HTTP layer adds the
 * ASCII fallback.
 */
export function documentFileName(input: { kind: DocumentKind; dossierCode: string; draft?: boolean; signed?: boolean; nomineeName?: string; certificateName?: string }): string {
  const base = input.kind === 'certificates' && input.certificateName ? input.certificateName : KIND_NAMES_VI[input.kind];
  const who = input.nomineeName ? ` - ${[...input.nomineeName].slice(0, 120).join('')}` : '';
  const signed = input.signed ? ' (đã ký số)' : '';
  return `${input.draft ? 'Dự thảo - ' : ''}${base} ${input.dossierCode}${who}${signed}.pdf`;
}
