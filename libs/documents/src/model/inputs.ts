import type { DocumentNumber, IsoDate, IssuingBody, Letterhead, PlaceDate, Recipients, Signer } from './common';
import type { CouncilMeeting } from './council';
import type { Dossier, Nominee } from './nominee';

/** Tờ trình đề nghị khen thưởng. */
export interface SubmissionInput {
  letterhead: Letterhead;
  dossier: Dossier;
  /** Kính gửi: one or more addressees. */
  addressees: string[];
  /** Opening paragraphs: the legal bases and the movement ("Căn cứ...", "Thực hiện..."). */
  bases: string[];
  /** The nominees proposed; the letter counts them per subject type. */
  nominees: Nominee[];
  /** Closing paragraph; a standard one is used when omitted. */
  closing?: string;
  recipients: Recipients;
  signer: Signer;
}

/** A document another one is attached to: "(Kèm theo Tờ trình số 12/TTr-UBND ngày ...)". */
export interface AttachedTo {
  /** "Tờ trình", "Quyết định". */
  kindName: string;
  number: DocumentNumber;
  date: IsoDate;
  /** "của UBND huyện Yên Thế". */
  issuer: string;
}

/** Danh sách đề nghị khen thưởng. */
export interface NomineeListInput {
  body: IssuingBody;
  dossier: Dossier;
  attachedTo?: AttachedTo;
  nominees: Nominee[];
  /**
   * Level columns in order ("Cấp xã", "Cấp huyện"); derived from the nominees' outcomes when
   * omitted, so a column never disappears because one nominee skipped a level.
   */
  levels?: string[];
  placeDate?: PlaceDate;
  signer?: Signer;
}

export interface IndividualProfile {
  kind: 'individual';
  birthDate?: IsoDate;
  gender?: 'Nam' | 'Nữ';
  hometown?: string;
  residence?: string;
  workplace?: string;
  position?: string;
  qualification?: string;
  titles?: string;
}

export interface HouseholdProfile {
  kind: 'household';
  headName: string;
  address: string;
  members?: number;
  /** "Hộ cận nghèo năm 2020", the starting point the report measures from. */
  startingStatus?: string;
}

export interface CollectiveProfile {
  kind: 'collective';
  address?: string;
  phone?: string;
  founded?: string;
  characteristics?: string;
  organisation?: string;
}

export type NomineeProfile = IndividualProfile | HouseholdProfile | CollectiveProfile;

/** A previous award, listed in part III of the national report forms. */
export interface PriorAward {
  year: number;
  title: string;
  /** "Quyết định số 1258/QĐ-UBND ngày 21/8/2017 của UBND tỉnh". */
  decision: string;
}

/** Báo cáo thành tích, national forms: individual (and household) or collective (and enterprise). */
export interface AchievementReportInput {
  /** Đơn vị of the nominee, top left; the form leaves it out for a household. */
  body?: IssuingBody;
  placeDate: PlaceDate;
  awardTypeName: string;
  movementName?: string;
  nominee: Nominee;
  profile: NomineeProfile;
  /** Quyền hạn, nhiệm vụ được giao / chức năng, nhiệm vụ. */
  duties?: string;
  /** Biện pháp, nguyên nhân đạt được thành tích. */
  measures?: string[];
  priorAwards: PriorAward[];
  /** Người báo cáo (right) and thủ trưởng đơn vị xác nhận (left). */
  reporter: { title: string; name: string };
  certifier?: { title: string; name: string };
}

/** Biên bản họp Hội đồng Thi đua - Khen thưởng. */
export interface MinutesInput {
  letterhead: Letterhead;
  dossier: Dossier;
  meeting: CouncilMeeting;
  /** Who the council voted on; votes refer to them by id. */
  nominees: Nominee[];
  /** Further conclusions of the meeting, one paragraph each. */
  conclusions?: string[];
}

/** Quyết định khen thưởng with its annex list. */
export interface DecisionInput {
  letterhead: Letterhead;
  dossier: Dossier;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ", printed above the bases. */
  authority: string;
  /** Who issued it, inside a sentence: "Chủ tịch UBND tỉnh Bắc Giang" (the default, from the body). */
  issuerInProse?: string;
  /** Trích yếu: "Về việc tặng Giấy khen cho các tập thể, cá nhân ...". */
  subject: string;
  /** "Căn cứ ..." lines, then "Xét đề nghị ..." ones. */
  bases: string[];
  /** Article bodies; numbered "Điều 1.", "Điều 2." ... in order. */
  articles: string[];
  /** Who is awarded; the annex lists them grouped by subject type. */
  awardees: Nominee[];
  recipients: Recipients;
  signer: Signer;
}

export interface CertificateRecipient {
  name: string;
  /** Chức vụ, đơn vị or địa chỉ, printed under the name. */
  line?: string;
  /** Số vào sổ khen thưởng. */
  registryNumber?: string;
}

/** Bằng khen / Giấy khen: one landscape page per recipient. */
export interface CertificatesInput {
  awardKind: 'bang-khen' | 'giay-khen';
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG". */
  grantor: string;
  /** "Đã có thành tích xuất sắc trong Phong trào thi đua ...". */
  citation: string;
  decision: { number: DocumentNumber; date: IsoDate };
  placeDate: PlaceDate;
  signer: Signer;
  /** Any iterable, so thousands can be streamed from a database cursor. */
  recipients: Iterable<CertificateRecipient> | AsyncIterable<CertificateRecipient>;
  /** Known total for the progress callback; unknown for a cursor. */
  total?: number;
}

/** An uploaded file to be merged at the end of the bundle. */
export interface BundleAttachment {
  name: string;
  bytes: Uint8Array;
}

/** Every document of one dossier; each part is optional, the order is fixed. */
export interface BundleInput {
  dossier: Dossier;
  /** Printed on the cover: who assembled the bundle. */
  body: IssuingBody;
  submission?: SubmissionInput;
  nomineeList?: NomineeListInput;
  achievementReports?: AchievementReportInput[];
  minutes?: MinutesInput;
  decision?: DecisionInput;
  certificates?: CertificatesInput;
  attachments?: BundleAttachment[];
  /**
   * Papers already issued, as stored: merged as they are instead of being drawn again from
   * their input (which still gives their table-of-contents title), so a bundle shows exactly
   * what was issued, signature page and all.
   */
  issued?: Partial<Record<IssuedPart, Uint8Array>>;
}

/** Bundle parts that can be supplied as issued bytes. */
export type IssuedPart = 'submission' | 'minutes' | 'decision' | 'certificates';
