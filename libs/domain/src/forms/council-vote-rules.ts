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
  return problems;
}

/** Whether the "for" votes reach the award's threshold, as a percent of ALL members. */
export function councilVotePasses(votesFor: number, members: number, thresholdPercent: number): boolean {
  return votesFor * 100 >= thresholdPercent * members;
}
