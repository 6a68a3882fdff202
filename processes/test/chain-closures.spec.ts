import { FOUR_TIER, TWO_TIER } from './support/chains';
import { councilVote, OPEN_ENDED } from './support/factories';
import { approveUntil, stepForward } from './support/scenarios';

/**
 * The end of the district tier (1/7/2025) as the four-tier model sees it: the api tells
 * every step which levels have closed (`closedLevels`) and when each unit ends
 * (`levelEndsAt`); the model skips a closed district and interrupts its open steps.
 */
describe('four-tier chain when the district ends', () => {
  const DISTRICT_ENDS = '2025-06-30T17:00:00.000Z';
  const closed = { closedLevels: ['district'] };

  it('sends a dossier forwarded after the end straight to the province', async () => {
    const run = await approveUntil(FOUR_TIER, 'commune_forward');
    run.tellSteps(closed);
    await run.complete('commune_forward', 'forward');

    expect(run.waitingTaskIds).toEqual(['province_appraise']);
    expect(run.openedTaskIds.filter((id) => id.startsWith('district_'))).toEqual([]);
  });

  it('goes through the district while it is in force, with the end armed at the instant the api gives', async () => {
    const run = await approveUntil(FOUR_TIER, 'district_appraise', { levelEndsAt: { district: DISTRICT_ENDS } });

    expect(run.timers.map(({ elementId, interrupting, timerType, expireAt }) => ({ elementId, interrupting, timerType, expireAt }))).toEqual(
      expect.arrayContaining([{ elementId: 'district_appraise_unit_closed', interrupting: true, timerType: 'timeDate', expireAt: DISTRICT_ENDS }]),
    );
  });

  it.each(['district_appraise', 'district_council', 'district_forward'])('takes the dossier off %s to the province when the end fires', async (step) => {
    const run = await approveUntil(FOUR_TIER, step);
    run.tellSteps(closed);
    const waiting = run.task(step);
    await run.fireTimer(`${step}_unit_closed`);

    expect(run.waitingTaskIds).toEqual(['province_appraise']);
    expect(run.lastStep.closedTaskExecutionIds).toEqual([waiting.executionId]);
    expect(run.timers.map((timer) => timer.elementId)).not.toContain(`${step}_unit_closed`);
    // The province goes on as with any dossier.
    await run.complete('province_appraise', 'approve');
    expect(run.waitingTaskIds).toEqual(['province_council']);
  });

  it('ends a district Giấy khen whose district closed before it was decided: nobody may grant it any more', async () => {
    const run = await approveUntil(FOUR_TIER, 'district_decide', { grantingLevel: 'district' });
    run.tellSteps(closed);
    await run.fireTimer('district_decide_unit_closed');

    expect(run.status).toBe('completed');
    expect(run.ended).toMatchObject({ elementId: 'district_decide_authority_ended', result: 'authority-ended' });
  });

  it('ends a district Giấy khen reaching a closed district instead of sending it to the province', async () => {
    const run = await approveUntil(FOUR_TIER, 'commune_forward', { grantingLevel: 'district' });
    run.tellSteps(closed);
    await run.complete('commune_forward', 'forward');

    expect(run.ended).toMatchObject({ elementId: 'district_authority_ended', name: 'Hết thẩm quyền khen thưởng cấp huyện', result: 'authority-ended' });
  });

  it('keeps a district in force when the api reports nothing closed, whatever the timer says', async () => {
    const run = await approveUntil(FOUR_TIER, 'commune_forward', { levelEndsAt: { district: OPEN_ENDED } });
    run.tellSteps({ closedLevels: [] });
    await stepForward(run);
    expect(run.waitingTaskIds).toEqual(['district_appraise']);
    await run.complete('district_appraise', 'approve');
    await run.complete('district_council', 'record', councilVote());
    expect(run.waitingTaskIds).toEqual(['district_forward']);
  });

  it('has nothing to skip in the two-tier chain', async () => {
    const run = await approveUntil(TWO_TIER, 'province_appraise');
    expect(run.timers.map((timer) => timer.elementId)).toEqual(['province_appraise_reminder']);
  });
});
