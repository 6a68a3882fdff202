/** Outcomes that send a dossier back or end it: the office must write down why. */
export const OUTCOMES_REQUIRING_REASON: readonly string[] = ['return', 'reject', 'withdraw'];

export function outcomeNeedsReason(outcome: string): boolean {
  return OUTCOMES_REQUIRING_REASON.includes(outcome);
}

export const OUTCOME_LABELS_VI: Readonly<Record<string, string>> = {
  approve: 'Đồng ý, trình Hội đồng',
  return: 'Trả lại để bổ sung',
  reject: 'Không chấp thuận',
  record: 'Ghi nhận kết quả biểu quyết',
  decide: 'Ký quyết định khen thưởng',
  forward: 'Ký tờ trình đề nghị cấp trên',
  submit: 'Trình Thủ tướng Chính phủ / Chủ tịch nước',
  resubmit: 'Nộp lại hồ sơ đã bổ sung',
  withdraw: 'Rút hồ sơ',
};
