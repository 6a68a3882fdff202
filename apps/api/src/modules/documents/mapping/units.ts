import type { IssuingBody, Signer } from '@vinh-danh/documents';
import type { SnapshotUnit } from '../snapshot/dossier-snapshot';

/** Unit-type words a locality's name starts with, longest first so "Thị trấn" wins over "Thị". */
const UNIT_TYPES = ['Thành phố', 'Thị trấn', 'Thị xã', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];

function split(name: string): { type: string; proper: string } {
  const type = UNIT_TYPES.find((candidate) => name.startsWith(`${candidate} `));
  return type ? { type, proper: name.slice(type.length + 1) } : { type: '', proper: name };
}

/** "Thị trấn Cầu Gồ" → "Cầu Gồ": the place a document is dated at. */
export function placeName(unit: SnapshotUnit): string {
  return unit.level === 'central' ? 'Hà Nội' : split(unit.name).proper;
}

/** "Thị trấn Cầu Gồ" → "thị trấn Cầu Gồ": the name inside a sentence. */
export function unitInProse(unit: SnapshotUnit): string {
  const { type, proper } = split(unit.name);
  return type ? `${type.toLowerCase()} ${proper}` : unit.name;
}

/** The people's committee (UBND) of a local unit; the central level's office is itself. */
export function committeeBody(unit: SnapshotUnit): IssuingBody {
  if (unit.level === 'central') return { parent: 'BỘ NỘI VỤ', name: unit.name.toUpperCase(), shortName: unit.name };
  return { name: `ỦY BAN NHÂN DÂN\n${unit.name.toUpperCase()}`, shortName: `UBND ${unitInProse(unit)}` };
}

/** Hội đồng Thi đua - Khen thưởng of a unit, under the body it belongs to. */
export function councilBody(unit: SnapshotUnit): IssuingBody {
  const parent = unit.level === 'central' ? 'BỘ NỘI VỤ' : `UBND ${unit.name.toUpperCase()}`;
  return { parent, name: 'HỘI ĐỒNG\nTHI ĐUA - KHEN THƯỞNG', shortName: councilName(unit) };
}

export function councilName(unit: SnapshotUnit): string {
  return unit.level === 'central' ? 'Hội đồng Thi đua - Khen thưởng Trung ương' : `Hội đồng Thi đua - Khen thưởng ${unitInProse(unit)}`;
}

/** The chairman signing for the committee ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"); the name is left blank when none is registered. */
export function chairmanSigner(unit: SnapshotUnit, name: string | undefined): Signer {
  if (unit.level === 'central') return { title: 'TRƯỞNG BAN', name: name ?? '' };
  return { capacities: [{ kind: 'TM', of: 'ỦY BAN NHÂN DÂN' }], title: 'CHỦ TỊCH', name: name ?? '' };
}

/** "Chủ tịch UBND huyện Yên Thế": whom a letter is addressed to, or who decided. */
export function chairmanInProse(unit: SnapshotUnit): string {
  return unit.level === 'central' ? `Trưởng ${unit.name}` : `Chủ tịch UBND ${unitInProse(unit)}`;
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG": the authority line above a decision's bases. */
export function authorityLine(unit: SnapshotUnit): string {
  return unit.level === 'central' ? `TRƯỞNG ${unit.name.toUpperCase()}` : `CHỦ TỊCH ỦY BAN NHÂN DÂN ${unit.name.toUpperCase()}`;
}
