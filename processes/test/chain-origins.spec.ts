import type { Level } from '@vinh-danh/domain';
import { CHAINS, FOUR_TIER, TWO_TIER, filingLevels, type ChainSpec } from './support/chains';
import { DossierRun } from './support/dossier-run';
import { councilVote } from './support/factories';
import { approveToEnd, approveUntil } from './support/scenarios';

const PROVINCE_FILES = {
  province: ['province_council', 'province_decide'],
  central: ['province_council', 'province_forward', 'central_appraise', 'central_council', 'central_submit'],
};

/** The user tasks an approving run opens, per filing level and granting level. */
const APPROVED_PATHS: Record<string, Partial<Record<Level, Partial<Record<Level, string[]>>>>> = {
  [FOUR_TIER.file]: {
    district: {
      district: ['district_council', 'district_decide'],
      province: ['district_council', 'district_forward', 'province_appraise', 'province_council', 'province_decide'],
      central: [
        'district_council', 'district_forward',
        'province_appraise', 'province_council', 'province_forward',
        'central_appraise', 'central_council', 'central_submit',
      ],
    },
    province: PROVINCE_FILES,
  },
  [TWO_TIER.file]: { province: PROVINCE_FILES },
};

/**
 * A dossier enters its chain at the level of the unit that filed it (`originLevel`): a
 * district proposing its own officials for the province chairman's Bằng khen, a province
 * department proposing for the Prime Minister's. Its own council votes, its own chairman
 * decides or signs the letter upward, and the levels below it are never involved.
 */
describe.each(CHAINS)('$title: where a dossier enters', (chain: ChainSpec) => {
  const aboveCommune = filingLevels(chain).filter((level) => level !== 'commune');

  it.each(filingLevels(chain))('opens the council of the filing level first when a %s unit files', async (origin) => {
    const run = await DossierRun.start(chain, { originLevel: origin, grantingLevel: 'central' });

    expect(run.waitingTaskIds).toEqual([`${origin}_council`]);
    expect(run.task(`${origin}_council`)).toMatchObject({ candidateGroups: ['secretary'], level: origin, formKey: 'vd:council-vote' });
  });

  it('starts at the commune when the filing level is not given', async () => {
    const run = await DossierRun.start(chain, { originLevel: undefined });
    expect(run.waitingTaskIds).toEqual(['commune_council']);
  });

  describe.each(aboveCommune)('filed by a %s unit', (origin) => {
    it.each(Object.keys(APPROVED_PATHS[chain.file]![origin]!) as Level[])('is granted at %s after the steps of that level and none below the filing level', async (level) => {
      const run = await approveToEnd(chain, { originLevel: origin, grantingLevel: level });

      expect(run.openedTaskIds).toEqual(APPROVED_PATHS[chain.file]![origin]![level]);
      expect(run.ended).toMatchObject(
        level === 'central' ? { elementId: 'central_submitted', result: 'submitted' } : { elementId: `${level}_awarded`, result: 'granted' },
      );
    });

    it('stops at its own council when the vote falls short', async () => {
      const run = await DossierRun.start(chain, { originLevel: origin, grantingLevel: 'central', councilThresholdPercent: 90 });
      await run.complete(`${origin}_council`, 'record', councilVote({ members: 10, votesFor: 8 }));

      expect(run.ended).toMatchObject({ elementId: `${origin}_vote_failed`, result: 'vote-failed' });
    });

    it('ends as not accepted when its own chairman refuses to sign the letter upward', async () => {
      const run = await DossierRun.start(chain, { originLevel: origin, grantingLevel: 'central' });
      await run.complete(`${origin}_council`, 'record', councilVote());
      await run.complete(`${origin}_forward`, 'reject');

      expect(run.ended).toMatchObject({ elementId: `${origin}_forward_rejected`, result: 'rejected' });
    });

    it('is returned by the level above to the filing level, which supplements it', async () => {
      const above = chain.levels[chain.levels.indexOf(origin) + 1]!;
      const run = await approveUntil(chain, `${above}_appraise`, { originLevel: origin });
      await run.complete(`${above}_appraise`, 'return');

      const supplement = `${origin}_supplement_for_${above}`;
      expect(run.task(supplement)).toMatchObject({ candidateGroups: ['clerk'], level: origin });
      await run.complete(supplement, 'resubmit');
      expect(run.waitingTaskIds).toEqual([`${above}_appraise`]);
    });
  });
});

describe('four-tier chain: a dossier filed by a district when the district ends', () => {
  const closed = { closedLevels: ['district'] };

  it('goes on to the province when the district ends before its council votes', async () => {
    const run = await DossierRun.start(FOUR_TIER, { originLevel: 'district', grantingLevel: 'province' });
    run.tellSteps(closed);
    await run.fireTimer('district_council_unit_closed');

    expect(run.waitingTaskIds).toEqual(['province_appraise']);
  });

  it('ends its district Giấy khen when the district ends before deciding', async () => {
    const run = await DossierRun.start(FOUR_TIER, { originLevel: 'district', grantingLevel: 'district' });
    await run.complete('district_council', 'record', councilVote());
    run.tellSteps(closed);
    await run.fireTimer('district_decide_unit_closed');

    expect(run.ended).toMatchObject({ elementId: 'district_decide_authority_ended', result: 'authority-ended' });
  });
});
