import type { NomineeKind } from '../dossiers/entities/nominee.entity';

/** One nominee found, with enough of its dossier to open it and tell where it was filed. */
export interface NomineeSearchItemView {
  id: string;
  position: number;
  kind: NomineeKind;
  fullName: string;
  title: string | null;
  dossier: {
    id: string;
    code: string;
    title: string;
    status: string;
    locality: { id: string; code: string; name: string };
  };
}

export interface NomineeSearchRow {
  id: string;
  position: number;
  kind: NomineeKind;
  full_name: string;
  title: string | null;
  dossier_id: string;
  dossier_code: string;
  dossier_title: string;
  dossier_status: string;
  locality_id: string;
  locality_code: string;
  locality_name: string;
}

export function toNomineeSearchItem(row: NomineeSearchRow): NomineeSearchItemView {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    fullName: row.full_name,
    title: row.title,
    dossier: {
      id: row.dossier_id,
      code: row.dossier_code,
      title: row.dossier_title,
      status: row.dossier_status,
      locality: { id: row.locality_id, code: row.locality_code, name: row.locality_name },
    },
  };
}
