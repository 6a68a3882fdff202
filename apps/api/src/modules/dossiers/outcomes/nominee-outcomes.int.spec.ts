import type { ChainDriver } from '../../../testing/chain-driver';
import { advanceTo, fileDossier, footprint, outcomesByName, withoutTimes } from '../../../testing/nominee-outcome-fixtures';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { readCouncilVotes, readNomineeOutcomes } from './nominee-outcomes.reader';

const AN = 'Ông Hoàng Văn Ấn';
const BINH = 'Bà Lương Thị Bình';
const HTX = 'Hợp tác xã chè Đồng Tâm';

/** Each line's own outcome at every level: drops, implicit approvals, council votes per line, refusals. */
describe('nominee outcomes recorded by task completion', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  /** A province Bằng khen from Phường Thanh Xuân (two tiers): commune council → forward → province appraise → council → decide. */
  const provinceAward = () => fileDossier(t, driver, { localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });

  it('records a drop with its reason, approves the lines not named, and shows them lowest level first', async () => {
    const dossier = await provinceAward();
    const forward = await advanceTo(driver, dossier.id, 'commune_forward');
    const reason = 'Chưa đủ 2 năm liên tục hoàn thành xuất sắc nhiệm vụ';
    await driver.completeOk(forward, { outcome: 'forward', data: { nominees: [{ nomineeId: dossier.ids[BINH], status: 'dropped', reason }] } });
    await driver.completeOk(await driver.onlyOpenTask(dossier.id), { outcome: 'approve' });

    const byName = await outcomesByName(driver, dossier.id);
    expect(withoutTimes(byName[AN]!)).toEqual([{ level: 'commune', status: 'approved' }, { level: 'province', status: 'approved' }]);
    expect(withoutTimes(byName[BINH]!)).toEqual([{ level: 'commune', status: 'dropped', reason }]);
    expect(withoutTimes(byName[HTX]!)).toEqual([{ level: 'commune', status: 'approved' }, { level: 'province', status: 'approved' }]);
    expect(Number.isNaN(Date.parse(byName[AN]![1]!.decidedAt))).toBe(false);

    const view = await driver.dossier(dossier.id);
    const recorded = view.history.events.filter((event: { type: string }) => event.type === 'nominee.outcomes.recorded');
    expect(recorded.map((event: { payload: { level: string } }) => event.payload.level)).toEqual(['commune', 'commune', 'province']);
    expect(recorded[1].payload).toMatchObject({ approved: 2, dropped: 1, changes: [{ nomineeId: dossier.ids[BINH], status: 'dropped', reason }] });
    expect(view.history.verified).toBe(true);
  });

  it.each([
    ['without a reason', { status: 'dropped' }],
    ['with a blank reason', { status: 'dropped', reason: '   ' }],
  ])('refuses a drop %s and writes nothing', async (_what, entry) => {
    const dossier = await provinceAward();
    const forward = await advanceTo(driver, dossier.id, 'commune_forward');
    const before = await footprint(t, dossier.id);
    const response = await driver.complete(forward, { outcome: 'forward', data: { nominees: [{ nomineeId: dossier.ids[BINH], ...entry }] } });
    expect([response.status, response.body.code]).toEqual([422, 'NOMINEE_DROP_REASON_REQUIRED']);
    expect(response.body.message).toContain(BINH);
    expect(await footprint(t, dossier.id)).toEqual(before);
  });

  it('does not carry a dropped line upward, and refuses to approve or vote on it at a higher level', async () => {
    const dossier = await provinceAward();
    const forward = await advanceTo(driver, dossier.id, 'commune_forward');
    await driver.completeOk(forward, { outcome: 'forward', data: { nominees: [{ nomineeId: dossier.ids[AN], status: 'dropped', reason: 'Đang bị xem xét kỷ luật' }] } });
    const appraise = await driver.onlyOpenTask(dossier.id);
    const before = await footprint(t, dossier.id);
    const approved = await driver.complete(appraise, { outcome: 'approve', data: { nominees: [{ nomineeId: dossier.ids[AN], status: 'approved' }] } });
    expect([approved.status, approved.body.code]).toEqual([422, 'NOMINEE_ALREADY_DROPPED']);
    expect(await footprint(t, dossier.id)).toEqual(before);

    await driver.completeOk(appraise, { outcome: 'approve' });
    const council = await driver.onlyOpenTask(dossier.id);
    const voted = await driver.complete(council, { outcome: 'record', data: { members: 9, present: 9, votesFor: 9, nominees: [{ nomineeId: dossier.ids[AN], votesFor: 9 }] } });
    expect([voted.status, voted.body.code]).toEqual([422, 'NOMINEE_ALREADY_DROPPED']);
    await driver.completeOk(council, { outcome: 'record', data: { members: 9, present: 9, votesFor: 9 } });
    await driver.completeOk(await driver.onlyOpenTask(dossier.id), { outcome: 'decide' });

    const byName = await outcomesByName(driver, dossier.id);
    expect(byName[AN]!.map((outcome) => outcome.level)).toEqual(['commune']);
    expect(byName[BINH]!.map((outcome) => `${outcome.level}:${outcome.status}`)).toEqual(['commune:approved', 'province:approved']);
    const votes = await readCouncilVotes(t.dataSource.manager, dossier.id);
    expect(votes.find((meeting) => meeting.level === 'province')?.nominees.map((vote) => vote.fullName)).toEqual([BINH, HTX]);
  });

  it('refuses to move the list on when every line is dropped; a reject records nothing per line', async () => {
    const dossier = await provinceAward();
    const appraise = await advanceTo(driver, dossier.id, 'province_appraise');
    const before = await footprint(t, dossier.id);
    const allDropped = Object.values(dossier.ids).map((nomineeId) => ({ nomineeId, status: 'dropped', reason: 'Không đạt tiêu chuẩn tại Điều 24' }));
    const response = await driver.complete(appraise, { outcome: 'approve', data: { nominees: allDropped } });
    expect([response.status, response.body.code]).toEqual([422, 'ALL_NOMINEES_DROPPED']);
    expect(await footprint(t, dossier.id)).toEqual(before);

    const rejectWithLines = await driver.complete(appraise, { outcome: 'reject', comment: 'Không đạt tiêu chuẩn', data: { nominees: allDropped } });
    expect([rejectWithLines.status, rejectWithLines.body.code]).toEqual([422, 'NOMINEE_OUTCOMES_NOT_APPLICABLE']);
    expect(await footprint(t, dossier.id)).toEqual(before);

    await driver.completeOk(appraise, { outcome: 'reject', comment: 'Không đạt tiêu chuẩn tại Điều 24' });
    const after = await footprint(t, dossier.id);
    expect(after.outcomes).toBe(before.outcomes);
    expect((await driver.dossier(dossier.id)).result).toBe('rejected');
  });

  it('refuses a line of another commune’s dossier, or an unknown one, and writes nothing to either', async () => {
    const ours = await provinceAward();
    const theirs = await fileDossier(t, driver, { localityCode: 'HN-KHUONGDINH', awardTypeCode: 'BK-CT-TINH' });
    const forward = await advanceTo(driver, ours.id, 'commune_forward');
    const [beforeOurs, beforeTheirs] = [await footprint(t, ours.id), await footprint(t, theirs.id)];
    for (const nomineeId of [theirs.ids[AN], '00000000-0000-4000-8000-00000000abcd']) {
      const response = await driver.complete(forward, { outcome: 'forward', data: { nominees: [{ nomineeId, status: 'dropped', reason: 'Thử' }] } });
      expect([response.status, response.body.code]).toEqual([422, 'NOMINEE_NOT_IN_DOSSIER']);
      expect(response.body.message).not.toContain(AN); // the other list's names are not revealed
    }
    expect(await footprint(t, ours.id)).toEqual(beforeOurs);
    expect(await footprint(t, theirs.id)).toEqual(beforeTheirs);
  });

  it('drops a line the council did not carry, with the count, and keeps each line’s vote for the minutes', async () => {
    const dossier = await provinceAward();
    const council = await advanceTo(driver, dossier.id, 'province_council');
    const tooMany = await driver.complete(council, { outcome: 'record', data: { members: 10, present: 9, votesFor: 9, nominees: [{ nomineeId: dossier.ids[AN], votesFor: 10 }] } });
    expect([tooMany.status, tooMany.body.code]).toEqual([422, 'TASK_DATA_INVALID']);
    await driver.completeOk(council, {
      outcome: 'record',
      data: { members: 10, present: 9, votesFor: 9, meetingDate: '2026-03-02', nominees: [{ nomineeId: dossier.ids[AN], votesFor: 9 }, { nomineeId: dossier.ids[BINH], votesFor: 7 }] },
    });
    expect((await driver.onlyOpenTask(dossier.id)).elementId).toBe('province_decide');

    const byName = await outcomesByName(driver, dossier.id);
    expect(withoutTimes(byName[BINH]!).at(-1)).toEqual({ level: 'province', status: 'dropped', reason: 'Không đạt tỷ lệ phiếu bầu (7/10, 70%)' });
    expect(byName[AN]!.at(-1)).toMatchObject({ level: 'province', status: 'approved' });

    const meetings = await readCouncilVotes(t.dataSource.manager, dossier.id);
    expect(meetings.map((meeting) => meeting.level)).toEqual(['commune', 'province']);
    const province = meetings[1]!;
    expect(province).toMatchObject({ members: 10, present: 9, listVotesFor: 9, meetingDate: '2026-03-02' });
    expect(province.nominees.map(({ fullName, votesFor, percent, thresholdPercent, passed, byNominee }) => ({ fullName, votesFor, percent, thresholdPercent, passed, byNominee }))).toEqual([
      { fullName: AN, votesFor: 9, percent: 90, thresholdPercent: 80, passed: true, byNominee: true },
      { fullName: BINH, votesFor: 7, percent: 70, thresholdPercent: 80, passed: false, byNominee: true },
      { fullName: HTX, votesFor: 9, percent: 90, thresholdPercent: 80, passed: true, byNominee: false },
    ]);
    expect((await driver.dossier(dossier.id)).councilVotes).toEqual(JSON.parse(JSON.stringify(meetings)));

    await driver.completeOk(await driver.onlyOpenTask(dossier.id), { outcome: 'decide', data: { documentNumber: '125/QĐ-UBND' } });
    const lines = await readNomineeOutcomes(t.dataSource.manager, dossier.id);
    expect(lines.map((line) => [line.position, line.latest?.status])).toEqual([[1, 'approved'], [2, 'dropped'], [3, 'approved']]);
  });

  it('drops every line when the list falls under the threshold, and refuses a line counted as passing then', async () => {
    const dossier = await provinceAward();
    const council = await driver.onlyOpenTask(dossier.id);
    expect(council.elementId).toBe('commune_council');
    const before = await footprint(t, dossier.id);
    const contradictory = await driver.complete(council, { outcome: 'record', data: { members: 10, present: 10, votesFor: 5, nominees: [{ nomineeId: dossier.ids[AN], votesFor: 10 }] } });
    expect([contradictory.status, contradictory.body.code]).toEqual([422, 'COUNCIL_VOTES_INCONSISTENT']);
    expect(await footprint(t, dossier.id)).toEqual(before);

    await driver.completeOk(council, { outcome: 'record', data: { members: 10, present: 10, votesFor: 5 } });
    expect((await driver.dossier(dossier.id)).result).toBe('vote-failed');
    const byName = await outcomesByName(driver, dossier.id);
    for (const name of [AN, BINH, HTX]) expect(withoutTimes(byName[name]!)).toEqual([{ level: 'commune', status: 'dropped', reason: 'Không đạt tỷ lệ phiếu bầu (5/10, 50%)' }]);
  });

  it('shows the per-line form on the tasks that take it', async () => {
    const dossier = await provinceAward();
    const council = (await driver.dossier(dossier.id)).tasks[0];
    expect(council.form.properties.nominees.items.required).toEqual(['nomineeId', 'votesFor']);
    await advanceTo(driver, dossier.id, 'province_appraise');
    const appraise = (await driver.dossier(dossier.id)).tasks.find((task: { elementId: string }) => task.elementId === 'province_appraise');
    expect(appraise.form.properties.nominees.items.properties.status.enum).toEqual(['approved', 'dropped', 'lifted']);
    const unknownStatus = await driver.complete(appraise, { outcome: 'approve', data: { nominees: [{ nomineeId: dossier.ids[AN], status: 'promoted' }] } });
    expect([unknownStatus.status, unknownStatus.body.code]).toEqual([422, 'TASK_DATA_INVALID']);
  });
});
