import { ChainDriver, approvingCompletion, type OpenTask } from '../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../testing/test-app';

/** Both shipped chains, end to end over HTTP, on the real engine and database. */
describe('commendation chains over HTTP', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  it('four-tier: a Bằng khen of the Prime Minister climbs commune → district → province → central', async () => {
    const id = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-TTG' });
    const visited = await driver.runToEnd(id);
    expect(visited).toEqual([
      'commune_council', 'commune_forward',
      'district_appraise', 'district_council', 'district_forward',
      'province_appraise', 'province_council', 'province_forward',
      'central_appraise', 'central_council', 'central_submit',
    ]);
    const dossier = await driver.dossier(id);
    expect(dossier.status).toBe('closed');
    expect(dossier.result).toBe('submitted');
    expect(dossier.processKey).toBe('commendation-four-tier');
    expect(dossier.history.verified).toBe(true);
  });

  it('two-tier: the same award from a post-2025 ward skips the district', async () => {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-TTG' });
    const visited = await driver.runToEnd(id);
    expect(visited.some((step) => step.startsWith('district_'))).toBe(false);
    expect(visited).toContain('province_council');
    expect(visited.at(-1)).toBe('central_submit');
    expect((await driver.dossier(id)).processKey).toBe('commendation-two-tier');
  });

  it('ends with a decision at the level that may grant the award (province Bằng khen)', async () => {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    const visited = await driver.runToEnd(id);
    expect(visited.at(-1)).toBe('province_decide');
    expect(visited.some((step) => step.startsWith('central_'))).toBe(false);
    expect((await driver.dossier(id)).result).toBe('granted');
  });

  it('a commune Giấy khen is decided at the commune', async () => {
    const id = await driver.createAndSubmit({ localityCode: '07246', awardTypeCode: 'GK-CT-XA' });
    expect(await driver.runToEnd(id)).toEqual(['commune_council', 'commune_decide']);
  });

  it('return for supplement goes to the level below and comes back to the same step', async () => {
    const id = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(id); // commune council
    await driver.step(id); // commune forward
    await driver.step(id); // district appraise
    await driver.step(id); // district council
    await driver.step(id); // district forward
    const appraise = await driver.onlyOpenTask(id);
    expect(appraise.elementId).toBe('province_appraise');
    const returned = await driver.complete(appraise, { outcome: 'return', comment: 'Thiếu biên bản họp Hội đồng cấp huyện' });
    expect(returned.status).toBe(200);
    const supplement = await driver.onlyOpenTask(id);
    expect(supplement.level).toBe('district');
    expect(supplement.candidateRole).toBe('clerk');
    expect(await driver.actorFor(supplement)).toBe('clerk.215');
    await driver.completeOk(supplement, { outcome: 'resubmit', comment: 'Đã bổ sung biên bản' });
    const again = await driver.onlyOpenTask(id);
    expect(again.elementId).toBe('province_appraise');
    expect(again.id).not.toBe(appraise.id);
  });

  it('reject ends the chain with the reason recorded', async () => {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(id);
    await driver.step(id);
    const appraise = await driver.onlyOpenTask(id);
    await driver.completeOk(appraise, { outcome: 'reject', comment: 'Không đủ tiêu chuẩn theo Điều 24' });
    const dossier = await driver.dossier(id);
    expect(dossier.status).toBe('closed');
    expect(dossier.result).toBe('rejected');
    expect(await driver.openTasks(id)).toHaveLength(0);
    const completed = dossier.tasks.find((task: { id: string }) => task.id === appraise.id);
    expect(completed.comment).toBe('Không đủ tiêu chuẩn theo Điều 24');
  });

  it('a council vote under the award threshold stops the chain (90% for the Prime Minister’s Bằng khen)', async () => {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-TTG' });
    const eightOfTen = (task: OpenTask) =>
      task.elementId === 'central_council' ? { outcome: 'record', data: { members: 10, present: 10, votesFor: 8, votesAgainst: 2 } } : approvingCompletion(task);
    const visited = await driver.runToEnd(id, eightOfTen);
    expect(visited.at(-1)).toBe('central_council');
    const dossier = await driver.dossier(id);
    expect(dossier.status).toBe('closed');
    expect(dossier.result).toBe('vote-failed');
    expect(dossier.tasks.some((task: { elementId: string }) => task.elementId === 'central_submit')).toBe(false);
  });

  it('the same vote passes where the threshold is 80% (province Bằng khen)', async () => {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    const eightOfTen = (task: OpenTask) =>
      task.formKey === 'vd:council-vote' ? { outcome: 'record', data: { members: 10, present: 10, votesFor: 8 } } : approvingCompletion(task);
    expect((await driver.runToEnd(id, eightOfTen)).at(-1)).toBe('province_decide');
  });

  it('a supplement not sent back in time expires the dossier when its timer fires', async () => {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(id);
    await driver.step(id);
    await driver.completeOk(await driver.onlyOpenTask(id), { outcome: 'return', comment: 'Bổ sung báo cáo thành tích' });
    const supplement = await driver.onlyOpenTask(id);
    expect(await t.fireDueTimers()).toBe(0);
    t.clock.advanceDays(45);
    expect(await t.fireDueTimers()).toBeGreaterThanOrEqual(1);
    const dossier = await driver.dossier(id);
    expect(dossier.status).toBe('closed');
    expect(dossier.result).toBe('expired');
    expect(dossier.resultLabel).toBe('Quá hạn bổ sung hồ sơ');
    expect(dossier.tasks.find((task: { id: string }) => task.id === supplement.id).status).toBe('cancelled');
    expect(dossier.history.events.map((event: { type: string }) => event.type)).toContain('timer.fired');
  });

  it('gives every task a due date from its working-day limit', async () => {
    const id = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    const task = await driver.onlyOpenTask(id);
    const view = (await driver.dossier(id)).tasks.find((candidate: { id: string }) => candidate.id === task.id);
    expect(view.limitWorkingDays).toBeGreaterThan(0);
    expect(view.legalBasis).toMatch(/Nghị định|Luật|Điều/);
    // Opened Monday 2/3/2026 in Hà Nội: N working days later, at the end of that day (UTC+7).
    expect(new Date(view.dueAt).getTime()).toBeGreaterThan(new Date('2026-03-02T17:00:00Z').getTime());
    expect(view.dueAt.endsWith('T16:59:59.000Z')).toBe(true);
  });
});
