// Vietnamese wording, time limits and legal citations of the commendation chains.
// Everything a reader of the diagram sees comes from here; the layout lives in chain-model.mjs.

/** Who acts at each tier. */
export const LEVEL_TEXTS = {
  commune: {
    short: 'xã',
    office: 'UBND xã',
    council: 'Hội đồng TĐKT xã',
    chairman: 'Chủ tịch UBND xã',
    award: 'Giấy khen',
  },
  district: {
    short: 'huyện',
    office: 'Phòng Nội vụ huyện',
    council: 'Hội đồng TĐKT huyện',
    chairman: 'Chủ tịch UBND huyện',
    award: 'Giấy khen',
  },
  province: {
    short: 'tỉnh',
    office: 'Sở Nội vụ (Ban TĐKT) tỉnh',
    council: 'Hội đồng TĐKT tỉnh',
    chairman: 'Chủ tịch UBND tỉnh',
    award: 'Bằng khen',
  },
  central: {
    short: 'Trung ương',
    office: 'Ban TĐKT Trung ương',
    council: 'Hội đồng TĐKT Trung ương',
    chairman: 'Trưởng ban TĐKT Trung ương',
    award: 'khen thưởng cấp Nhà nước',
  },
};

/**
 * Working days per step. The published totals are 10 (commune Giấy khen), 20 (district
 * Giấy khen) and 25 (province Bằng khen) working days from the day a complete dossier
 * arrives; the split per step is ours. The central split is an internal allocation.
 */
export const STEP_LIMITS = {
  commune: { total: 10, council: 5, decide: 5, forward: 5 },
  district: { total: 20, appraise: 10, council: 5, decide: 5, forward: 5 },
  province: { total: 25, appraise: 12, council: 8, decide: 5, forward: 5 },
  central: { total: 30, appraise: 15, council: 10, submit: 5 },
};

/** Days a lower tier has to complete a returned dossier; the appraising clock pauses meanwhile. */
export const SUPPLEMENT_LIMIT_WORKING_DAYS = 20;
/** Interrupting timer on a supplement task: past this the dossier lapses. */
export const SUPPLEMENT_TIMEOUT = 'P30D';
/** State awards are publicly posted for 10 working days (two calendar weeks) before the council meets. */
export const PUBLIC_POSTING_DURATION = 'P14D';

/** Calendar days that roughly cover a number of working days (5 working days a week). */
export function calendarDuration(workingDays) {
  return `P${Math.ceil((workingDays * 7) / 5)}D`;
}

/** The legal frame of each chain: the decree in force for it. */
export const CHAIN_LAW = {
  fourTier: 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP',
  twoTier: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP',
};

const STEP_LABELS = {
  appraise: 'thẩm định',
  council: 'họp Hội đồng',
  decide: 'ký quyết định',
  forward: 'ký tờ trình',
  submit: 'trình cấp có thẩm quyền',
};

/** Citation of the limit of one step, e.g. "…; TTHC tặng Giấy khen của Chủ tịch UBND cấp huyện: 20 ngày làm việc (thẩm định: 10)". */
export function legalBasis(law, level, step) {
  const limits = STEP_LIMITS[level];
  const share = `${STEP_LABELS[step]}: ${limits[step]}`;
  if (level === 'central') {
    return `${law}; Ban TĐKT Trung ương thẩm định, trình Thủ tướng Chính phủ: phân bổ nội bộ ${limits.total} ngày làm việc (${share})`;
  }
  const texts = LEVEL_TEXTS[level];
  return `${law}; TTHC tặng ${texts.award} của Chủ tịch UBND cấp ${texts.short}: ${limits.total} ngày làm việc kể từ ngày nhận đủ hồ sơ (${share})`;
}

export function supplementLegalBasis(law) {
  return `${law}; quy chế thi đua, khen thưởng của địa phương: bổ sung hồ sơ trong ${SUPPLEMENT_LIMIT_WORKING_DAYS} ngày làm việc, thời hạn giải quyết tạm dừng trong thời gian bổ sung`;
}

/** Names of end events; several end events share a name and differ by id. */
export const END_NAMES = {
  awarded: 'Quyết định khen thưởng',
  rejected: 'Không chấp thuận',
  voteFailed: 'Không đạt tỷ lệ biểu quyết',
  withdrawn: 'Rút hồ sơ',
  supplementExpired: 'Quá hạn bổ sung hồ sơ',
  overdue: 'Nhắc hạn xử lý',
  submitted: 'Đã trình Thủ tướng Chính phủ / Chủ tịch nước',
};

/** Labels of the flows leaving a decision gateway, per outcome or branch. */
export const FLOW_NAMES = {
  approve: 'Đạt yêu cầu',
  return: 'Trả lại bổ sung',
  reject: 'Không chấp thuận',
  resubmit: 'Nộp lại',
  withdraw: 'Rút hồ sơ',
  votePassed: 'Đạt',
  voteFailed: 'Không đạt',
  grantHere: 'Có',
  grantAbove: 'Không',
  decide: 'Quyết định',
  forward: 'Ký, trình',
  submit: 'Trình',
  inForce: 'Còn hoạt động',
  closed: 'Đã kết thúc hoạt động',
};

/**
 * The end of a level of local government, as the runtime reports it (`closedLevels`,
 * `levelEndsAt`). Since 1/7/2025 local government has two tiers and the districts have
 * ended (Luật Tổ chức chính quyền địa phương số 72/2025/QH15, in force from that day); a
 * dossier in flight skips their steps, and a district's own award can no longer be granted.
 */
export const CLOSURE_TEXTS = {
  district: {
    question: 'Cấp huyện còn hoạt động?',
    ended: 'Cấp huyện kết thúc hoạt động',
    merge: 'Bỏ qua các bước của cấp huyện',
    authorityQuestion: 'Khen thưởng thuộc thẩm quyền cấp huyện?',
    authorityEnded: 'Hết thẩm quyền khen thưởng cấp huyện',
    passOn: 'Không: chuyển lên cấp tỉnh',
    documentation:
      'Từ ngày 01/7/2025 chính quyền địa phương tổ chức theo hai cấp (tỉnh, xã); đơn vị hành chính cấp huyện kết thúc hoạt động ' +
      '(Luật Tổ chức chính quyền địa phương số 72/2025/QH15). Ở mỗi bước hệ thống cho biết các cấp đã kết thúc hoạt động trên ' +
      'chuỗi đơn vị của hồ sơ (biến closedLevels) và thời điểm kết thúc (levelEndsAt): hồ sơ đang ở cấp huyện được chuyển thẳng ' +
      'lên cấp tỉnh, hồ sơ đề nghị Giấy khen của Chủ tịch UBND cấp huyện kết thúc vì không còn cấp có thẩm quyền.',
  },
};

/**
 * The start: the unit that files the dossier (start variable `originLevel`, the level of
 * the dossier's own unit) enters the chain at its own level, with its council's vote and
 * its chairman's decision or letter upward.
 */
export const FILING_TEXTS = {
  start: 'Đơn vị đề nghị khen thưởng',
  question: 'Cấp của đơn vị đề nghị?',
  filedBy: { commune: 'Xã đề nghị', district: 'Huyện đề nghị', province: 'Tỉnh đề nghị' },
  documentation:
    'Hồ sơ bắt đầu ở cấp của đơn vị lập hồ sơ (biến originLevel: commune | district | province; mặc định là cấp xã): ' +
    'Hội đồng TĐKT cấp đó xét, biểu quyết; Chủ tịch UBND cấp đó quyết định khen thưởng nếu thuộc thẩm quyền, nếu không ký tờ trình đề nghị cấp trên. ' +
    'Cấp Trung ương không lập hồ sơ đề nghị lên cấp trên.',
};
