/**
 * Checks JSON Schema cannot express: counts must add up. Returns problems in Vietnamese,
 * empty when the vote is coherent.
 */
export function councilVoteProblems(data: Record<string, unknown>): string[] {
  const members = Number(data['members']);
  const present = Number(data['present']);
  const votesFor = Number(data['votesFor']);
  const votesAgainst = data['votesAgainst'] === undefined ? 0 : Number(data['votesAgainst']);
  const problems: string[] = [];
  if (present > members) problems.push('số thành viên có mặt lớn hơn tổng số thành viên');
  if (votesFor + votesAgainst > present) problems.push('tổng số phiếu lớn hơn số thành viên có mặt');
  const lines = Array.isArray(data['nominees']) ? (data['nominees'] as Array<{ votesFor?: unknown }>) : [];
  const overCounted = lines.map((line, index) => (Number(line.votesFor) > present ? index + 1 : 0)).filter((line) => line > 0);
  if (overCounted.length > 0) problems.push(`số phiếu đồng ý của đối tượng thứ ${overCounted.join(', ')} lớn hơn số thành viên có mặt`);
  return problems;
}

/** Whether the "for" votes reach the award's threshold, as a percent of ALL members. */
export function councilVotePasses(votesFor: number, members: number, thresholdPercent: number): boolean {
  return votesFor * 100 >= thresholdPercent * members;
}

/** Percent of all members, Vietnamese style: "66,7", "80". */
export function votePercentText(votesFor: number, members: number): string {
  const percent = members > 0 ? Math.round((votesFor * 1000) / members) / 10 : 0;
  return percent.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** Why a line the council did not carry is dropped, as the minutes and the outcome say it. */
export function voteShortfallReason(votesFor: number, members: number, forAwardName?: string): string {
  const target = forAwardName ? ` để đề nghị ${forAwardName}` : '';
  return `Không đạt tỷ lệ phiếu bầu${target} (${votesFor}/${members}, ${votePercentText(votesFor, members)}%)`;
}
