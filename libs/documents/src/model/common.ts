/**
 * Building blocks every administrative document shares (Decree 30/2020/NĐ-CP, Appendix I).
 * Strings are shown as given after NFC normalisation: the api owns spelling and case,
 * except where Decree 30 prescribes upper case (body names, capacities), which we apply.
 */

/** A calendar date 'YYYY-MM-DD'. A date, not an instant: no time zone can move it a day. */
export type IsoDate = string;

/** Cơ quan, tổ chức ban hành văn bản, with the body it belongs to (cơ quan chủ quản). */
export interface IssuingBody {
  /** E.g. "UBND TỈNH BẮC GIANG" above "SỞ NỘI VỤ"; omitted when the body is a UBND itself. */
  parent?: string;
  /** E.g. "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ"; a '\n' forces the line break a clerk expects. */
  name: string;
  /** The name as it reads inside a sentence: "UBND huyện Yên Thế". */
  shortName: string;
}

/** "Số: 75/KH-UBND": the number is left blank until the văn thư registers the document. */
export interface DocumentNumber {
  number?: string | number;
  /** Ký hiệu, e.g. "TTr-UBND", "QĐ-UBND", "BB-HĐTĐKT". */
  symbol: string;
}

/** "Yên Thế, ngày 30 tháng 10 năm 2017". */
export interface PlaceDate {
  place: string;
  date: IsoDate;
}

/** The three lines every document opens with, left and right of the national motto. */
export interface Letterhead {
  body: IssuingBody;
  number: DocumentNumber;
  placeDate: PlaceDate;
}

/** Thẩm quyền ký: TM. (on behalf of a collective body), KT. (deputy), Q. (acting), TL., TUQ. */
export type SignerCapacityKind = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';

export interface SignerCapacity {
  kind: SignerCapacityKind;
  /** Whom the capacity refers to: "ỦY BAN NHÂN DÂN" for TM., "CHỦ TỊCH" for KT. */
  of: string;
}

/**
 * Signature block. Capacities are printed top-down, so a deputy chairman signing for the
 * committee is [{TM, ỦY BAN NHÂN DÂN}, {KT, CHỦ TỊCH}] with title "PHÓ CHỦ TỊCH".
 */
export interface Signer {
  capacities?: SignerCapacity[];
  title: string;
  name: string;
}

/** "Nơi nhận": one entry per line; the renderer adds the dashes and the ; / . punctuation. */
export type Recipients = string[];

/** Values that make one render reproducible byte for byte. */
export interface RenderMeta {
  /** Written as CreationDate/ModDate; the api passes its clock, tests a constant. */
  creationDate: Date;
  /** Stable identifier of this document; it seeds the PDF file identifier. */
  documentId: string;
}

/** What each render returns: the bytes, and the page count a bundle's table of contents needs. */
export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
}
