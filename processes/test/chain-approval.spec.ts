import type { Level } from '@vinh-danh/domain';
import { CHAINS, FOUR_TIER, TWO_TIER, compiledChain, grantingLevels, type ChainSpec } from './support/chains';
import { START_INSTANT, councilVote } from './support/factories';
import { approveToEnd, approveUntil, approveUntilCouncil } from './support/scenarios';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The user tasks a dossier goes through when every step approves, per granting level. */
const APPROVED_PATHS: Record<string, Partial<Record<Level, string[]>>> = {
  [FOUR_TIER.file]: {
    commune: ['commune_council', 'commune_decide'],
    district: ['commune_council', 'commune_forward', 'district_appraise', 'district_council', 'district_decide'],
    province: [
      'commune_council', 'commune_forward',
      'district_appraise', 'district_council', 'district_forward',
      'province_appraise', 'province_council', 'province_decide',
    ],
    central: [
      'commune_council', 'commune_forward',
      'district_appraise', 'district_council', 'district_forward',
      'province_appraise', 'province_council', 'province_forward',
      'central_appraise', 'central_council', 'central_submit',
    ],
  },
  [TWO_TIER.file]: {
    commune: ['commune_council', 'commune_decide'],
    province: ['commune_council', 'commune_forward', 'province_appraise', 'province_council', 'province_decide'],
    central: [
      'commune_council', 'commune_forward',
      'province_appraise', 'province_council', 'province_forward',
      'central_appraise', 'central_council', 'central_submit',
    ],
  },
};

describe.each(CHAINS)('$title approved all the way', (chain: ChainSpec) => {
  it.each(grantingLevels(chain))('ends with the award decided at %s', async (level) => {
    const run = await approveToEnd(chain, { grantingLevel: level });

    expect(run.openedTaskIds).toEqual(APPROVED_PATHS[chain.file][level]);
    expect(run.status).toBe('completed');
    expect(run.ended).toMatchObject({ elementId: `${level}_awarded`, name: 'Quyết định khen thưởng' });
    expect(run.lastStep.waitingTasks).toEqual([]);
    expect(run.timers).toEqual([]);
  });

  it('ends submitted to the Prime Minister / President when the award is a state award', async () => {
    const run = await approveToEnd(chain, { grantingLevel: 'central' });

    expect(run.openedTaskIds).toEqual(APPROVED_PATHS[chain.file].central);
    expect(run.status).toBe('completed');
    expect(run.ended).toMatchObject({ elementId: 'central_submitted', name: 'Đã trình Thủ tướng Chính phủ / Chủ tịch nước' });
  });

  it('posts a state award publicly for two weeks before the central council meets', async () => {
    const run = await approveUntil(chain, 'central_appraise');
    await run.complete('central_appraise', 'approve');

    expect(run.status).toBe('running');
    expect(run.lastStep.waitingTasks).toEqual([]);
    const posting = run.timer('central_public_posting');
    expect(posting).toMatchObject({ timerType: 'timeDuration', value: 'P14D' });
    expect(posting.attachedToElementId).toBeUndefined();
    expect(Date.parse(posting.expireAt)).toBe(START_INSTANT.getTime() + 14 * DAY_MS);

    run.advanceDays(14);
    await run.fireTimer('central_public_posting');

    expect(run.waitingTaskIds).toEqual(['central_council']);
    expect(run.timers.map((t) => t.elementId)).not.toContain('central_public_posting');
  });

  it('opens each council step with the role, tier, limit, form and outcomes of the model', async () => {
    const level = chain.levels[1];
    const run = await approveUntilCouncil(chain, level);

    expect(run.task(`${level}_council`)).toMatchObject({
      candidateGroups: ['secretary'],
      level,
      formKey: 'vd:council-vote',
      outcomes: ['record'],
      limitWorkingDays: expect.any(Number),
      legalBasis: expect.stringContaining('NĐ-CP'),
    });
  });

  it('keeps the start variables and records each completion under tasks.<elementId>', async () => {
    const level = chain.levels[1];
    const run = await approveUntilCouncil(chain, level, { dossierId: 'HS-TEST-42', councilThresholdPercent: 80 });
    const vote = councilVote({ members: 10, votesFor: 8 });
    await run.complete(`${level}_council`, 'record', vote);

    expect(run.variables).toMatchObject({
      dossierId: 'HS-TEST-42',
      grantingLevel: 'central',
      councilThresholdPercent: 80,
      outcome: 'record',
      data: vote,
      tasks: {
        [`${level}_appraise`]: { outcome: 'approve' },
        [`${level}_council`]: { outcome: 'record', data: vote, actor: 'clerk.test' },
      },
    });
  });

  it('returns a state that survives its JSON round trip at every step', async () => {
    const run = await approveToEnd(chain, { grantingLevel: 'central' });

    expect(run.stepStates.length).toBeGreaterThan(APPROVED_PATHS[chain.file].central!.length);
    for (const state of run.stepStates) {
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    }
  });

  it('compiles to the same user tasks the model declares', async () => {
    const definition = await compiledChain(chain);

    expect(definition.processId).toBe(chain.processId);
    expect(definition.userTasks.map((t) => t.elementId)).toEqual(
      expect.arrayContaining(APPROVED_PATHS[chain.file].central!),
    );
  });
});
