import { levelRank } from '@vinh-danh/domain';
import { vietnamDateOf } from '@vinh-danh/calendar';
import type {
  AchievementReportInput,
  CertificatesInput,
  CouncilMeeting,
  DecisionInput,
  DocumentNumber,
  MinutesInput,
  NomineeListInput,
  NomineeProfile,
  SubmissionInput,
} from '@vinh-danh/documents';
import type { CouncilRecord, DossierSnapshot, SnapshotTask, SnapshotUnit } from '../snapshot/dossier-snapshot';
import { awardedNominees, documentNominees, LEVEL_COLUMN, toDocumentNominee } from './nominees';
import { authorityLine, chairmanInProse, chairmanSigner, committeeBody, councilBody, councilName, placeName, unitInProse } from './units';

/**
 * Pure mapping from a dossier snapshot to the libs/documents inputs of each kind. Dates are
 * the day of the step that made the paper (Vietnam time), so the same data always gives the
 * same document; a live draft is dated on the dossier's last change.
 */
const LAW = 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;';

export function dossierUnit(s: DossierSnapshot): SnapshotUnit {
  const unit = s.chain[0];
  if (!unit) throw new Error(`Dossier ${s.dossier.code} has no unit`);
  return unit;
}

export function unitById(s: DossierSnapshot, id: string): SnapshotUnit {
  return s.chain.find((unit) => unit.id === id) ?? dossierUnit(s);
}

function movementPhrase(s: DossierSnapshot): string {
  return s.movement ? ` trong Phong trào thi đua “${s.movement.name}”` : '';
}

function documentDossier(s: DossierSnapshot) {
  return { code: s.dossier.code, title: s.dossier.title, awardTypeName: s.awardType.name, ...(s.movement ? { movementName: s.movement.name } : {}) };
}

/** The day the tờ trình carries: submission day, or the last change while it is a draft. */
export function submissionDate(s: DossierSnapshot): string {
  return vietnamDateOf(s.dossier.submittedAt ?? s.asOf);
}

export function submissionInput(s: DossierSnapshot): SubmissionInput {
  const unit = dossierUnit(s);
  const above = s.chain[1];
  const addressee = above ? chairmanInProse(above) : 'Thủ tướng Chính phủ';
  const bases = [
    LAW,
    ...(s.awardType.legalBasis ? [`Căn cứ ${s.awardType.legalBasis} về ${s.awardType.name};`] : []),
    ...(s.movement ? [`Thực hiện Phong trào thi đua “${s.movement.name}”${s.movement.legalBasis ? ` (${s.movement.legalBasis})` : ''};`] : []),
    `Hồ sơ ${s.dossier.code}: ${s.dossier.title}.`,
  ];
  return {
    letterhead: { body: committeeBody(unit), number: { symbol: 'TTr-UBND' }, placeDate: { place: placeName(unit), date: submissionDate(s) } },
    dossier: documentDossier(s),
    addressees: [addressee],
    bases,
    nominees: documentNominees(s),
    recipients: ['Như trên', ...(above ? [`Hội đồng Thi đua - Khen thưởng ${unitInProse(above)}`] : []), 'Lưu: VT'],
    signer: chairmanSigner(unit, s.chairmen.get(unit.id)),
  };
}

/** Levels the list has a column for: from the dossier's unit up to the one that grants the award. */
function listLevels(s: DossierSnapshot): string[] {
  const top = levelRank(s.awardType.grantingLevel);
  return s.chain.filter((unit) => levelRank(unit.level) >= top).map((unit) => LEVEL_COLUMN[unit.level]);
}

export function nomineeListInput(s: DossierSnapshot): NomineeListInput {
  const unit = dossierUnit(s);
  const body = committeeBody(unit);
  return {
    body,
    dossier: documentDossier(s),
    ...(s.dossier.submittedAt ? { attachedTo: { kindName: 'Tờ trình', number: { symbol: 'TTr-UBND' }, date: submissionDate(s), issuer: body.shortName } } : {}),
    nominees: documentNominees(s),
    levels: listLevels(s),
    placeDate: { place: placeName(unit), date: vietnamDateOf(s.asOf) },
    signer: chairmanSigner(unit, s.chairmen.get(unit.id)),
  };
}

function profileOf(nominee: DossierSnapshot['nominees'][number], unit: SnapshotUnit): NomineeProfile {
  if (nominee.kind === 'individual') return { kind: 'individual', ...(nominee.title ? { position: nominee.title } : {}), workplace: committeeBody(unit).shortName };
  if (nominee.kind === 'household') return { kind: 'household', headName: nominee.fullName, address: nominee.title ?? unitInProse(unit) };
  return { kind: 'collective', ...(nominee.title ? { address: nominee.title } : {}) };
}

export function achievementReportInput(s: DossierSnapshot, nomineeId: string): AchievementReportInput | undefined {
  const nominee = s.nominees.find((candidate) => candidate.id === nomineeId);
  if (!nominee) return undefined;
  const unit = dossierUnit(s);
  const reporterTitle = { individual: 'Người báo cáo thành tích', household: 'Chủ hộ', collective: 'Thủ trưởng đơn vị', enterprise: 'Thủ trưởng đơn vị' }[nominee.kind];
  return {
    ...(nominee.kind === 'household' ? {} : { body: committeeBody(unit) }),
    placeDate: { place: placeName(unit), date: vietnamDateOf(s.asOf) },
    awardTypeName: s.awardType.name,
    ...(s.movement ? { movementName: s.movement.name } : {}),
    nominee: toDocumentNominee(s, nominee),
    profile: profileOf(nominee, unit),
    priorAwards: [],
    reporter: { title: reporterTitle, name: nominee.kind === 'individual' || nominee.kind === 'household' ? nominee.fullName : '' },
    certifier: { title: chairmanInProse(unit), name: s.chairmen.get(unit.id) ?? '' },
  };
}

/** "HH:mm" in Vietnam of an instant. */
function vietnamTime(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
}

/**
 * The council's seats. Where the record names the members they are listed; otherwise the
 * chair and the secretary by name and the other seats by number, the first `present` ones
 * marked present, so the head counts and percentages are right.
 */
function councilMembers(council: CouncilRecord, chairName: string, secretaryName: string): CouncilMeeting['members'] {
  if (council.memberNames && council.memberNames.length > 0) return council.memberNames.map((member) => ({ name: member.name, role: member.role ?? 'Ủy viên', present: member.present }));
  return Array.from({ length: council.members }, (_, seat) => ({
    name: seat === 0 ? chairName : seat === 1 ? secretaryName : `Thành viên thứ ${seat + 1}`,
    role: seat === 0 ? 'Chủ tịch Hội đồng' : seat === 1 ? 'Ủy viên, Thư ký' : 'Ủy viên',
    present: seat < council.present,
  }));
}

export function minutesInput(s: DossierSnapshot, council: CouncilRecord): MinutesInput {
  const unit = unitById(s, council.localityId);
  const chairName = s.chairmen.get(unit.id) ?? 'Chủ tịch Hội đồng';
  const secretaryName = (council.recordedBy && s.people.get(council.recordedBy)) || council.recordedBy || 'Thư ký Hội đồng';
  const votedOn = s.nominees.filter((nominee) => council.votesFor.has(nominee.id));
  const grantsHere = s.awardType.grantingLevel === unit.level;
  return {
    letterhead: { body: councilBody(unit), number: { symbol: 'BB-HĐTĐKT' }, placeDate: { place: placeName(unit), date: council.meetingDate } },
    dossier: documentDossier(s),
    meeting: {
      councilName: councilName(unit),
      date: council.meetingDate,
      startTime: vietnamTime(council.recordedAt),
      venue: `trụ sở ${committeeBody(unit).shortName}`,
      chairName,
      secretaryName,
      members: councilMembers(council, chairName, secretaryName),
      threshold: { percent: s.awardType.councilThresholdPercent, of: 'allMembers' },
      votes: votedOn.map((nominee) => ({ nomineeId: nominee.id, agree: council.votesFor.get(nominee.id) ?? 0 })),
    },
    nominees: votedOn.map((nominee) => toDocumentNominee(s, nominee)),
    conclusions: [
      `Hội đồng thống nhất đề nghị ${chairmanInProse(unit)} ${grantsHere ? 'quyết định tặng' : 'trình cấp trên xét tặng'} ${s.awardType.name} cho các tập thể, cá nhân, hộ gia đình đạt tỷ lệ phiếu đồng ý theo quy định.`,
    ],
  };
}

/** "125/QĐ-UBND" as the chairman's form gives it; the number stays blank until registered. */
export function decisionNumber(task: SnapshotTask): DocumentNumber {
  const given = typeof task.data?.['documentNumber'] === 'string' ? task.data['documentNumber'].trim() : '';
  const slash = given.indexOf('/');
  if (!given) return { symbol: 'QĐ-UBND' };
  return slash > 0 ? { number: given.slice(0, slash), symbol: given.slice(slash + 1) || 'QĐ-UBND' } : { number: given, symbol: 'QĐ-UBND' };
}

/** The decision's day: the date the chairman entered, else the day the step was completed (or the draft's day). */
export function decisionDate(s: DossierSnapshot, task: SnapshotTask): string {
  const signedOn = task.data?.['signedOn'];
  return typeof signedOn === 'string' ? signedOn : vietnamDateOf(task.completedAt ?? s.asOf);
}

function decisionSigner(s: DossierSnapshot, task: SnapshotTask, unit: SnapshotUnit) {
  const decidedBy = task.completedBy ? s.people.get(task.completedBy) : undefined;
  return chairmanSigner(unit, decidedBy ?? s.chairmen.get(unit.id));
}

export function decisionInput(s: DossierSnapshot, task: SnapshotTask): DecisionInput {
  const unit = unitById(s, task.localityId);
  const index = s.chain.findIndex((candidate) => candidate.id === unit.id);
  const below = index > 0 ? s.chain[index - 1] : undefined;
  const proposal = below ? `Xét đề nghị của ${chairmanInProse(below)} và của Hội đồng Thi đua - Khen thưởng ${unitInProse(unit)}.` : `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${unitInProse(unit)}.`;
  const body = committeeBody(unit);
  return {
    letterhead: { body, number: decisionNumber(task), placeDate: { place: placeName(unit), date: decisionDate(s, task) } },
    dossier: documentDossier(s),
    authority: authorityLine(unit),
    issuerInProse: chairmanInProse(unit),
    subject: `Về việc tặng ${s.awardType.name} cho các tập thể, cá nhân đã có thành tích xuất sắc${movementPhrase(s)}`,
    bases: [...(unit.level === 'central' ? [] : ['Căn cứ Luật Tổ chức chính quyền địa phương;']), LAW, ...(s.awardType.legalBasis ? [`Căn cứ ${s.awardType.legalBasis};`] : []), proposal],
    articles: [
      `Tặng ${s.awardType.name} cho các tập thể, cá nhân, hộ gia đình có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc${movementPhrase(s)}.`,
      `Chánh Văn phòng ${body.shortName}, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    ],
    awardees: awardedNominees(s),
    recipients: ['Như Điều 2', `Hội đồng Thi đua - Khen thưởng ${unitInProse(unit)}`, 'Lưu: VT'],
    signer: decisionSigner(s, task, unit),
  };
}

export function certificatesInput(s: DossierSnapshot, task: SnapshotTask): CertificatesInput {
  const unit = unitById(s, task.localityId);
  const awardees = awardedNominees(s);
  const name = s.awardType.name;
  const bangKhen = name.startsWith('Bằng khen') || (!name.startsWith('Giấy khen') && levelRank(unit.level) <= levelRank('province'));
  const date = decisionDate(s, task);
  return {
    awardKind: bangKhen ? 'bang-khen' : 'giay-khen',
    grantor: authorityLine(unit).replace(/ (ỦY BAN NHÂN DÂN|BAN THI ĐUA - KHEN THƯỞNG) /, ' $1\n'),
    citation: s.movement ? `Đã có thành tích xuất sắc trong Phong trào thi đua “${s.movement.name}”.` : 'Đã có thành tích xuất sắc trong phong trào thi đua.',
    decision: { number: decisionNumber(task), date },
    placeDate: { place: placeName(unit), date },
    signer: decisionSigner(s, task, unit),
    recipients: awardees.map((nominee) => ({ name: nominee.name, ...(nominee.positionOrAddress ? { line: nominee.positionOrAddress } : {}) })),
    total: awardees.length,
  };
}
