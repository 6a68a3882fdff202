import type { Level } from '@vinh-danh/domain';
import { CHAINS, appraisingLevels, grantingLevels, type ChainSpec } from './support/chains';
import { councilVote, type CouncilVote } from './support/factories';
import { approveUntil, approveUntilCouncil } from './support/scenarios';

/** What waits after a council that passes, for a dossier granted at central. */
const afterCouncil = (level: Level) => (level === 'central' ? 'central_submit' : `${level}_forward`);

describe.each(CHAINS)('$title: rejections and council votes', (chain: ChainSpec) => {
  const rejected = { name: 'Không chấp thuận' };

  it.each(appraisingLevels(chain))('ends as not accepted when %s rejects at appraisal', async (level) => {
    const run = await approveUntil(chain, `${level}_appraise`);
    await run.complete(`${level}_appraise`, 'reject');

    expect(run.status).toBe('completed');
    expect(run.ended).toMatchObject({ ...rejected, elementId: `${level}_appraise_rejected` });
  });

  it.each(grantingLevels(chain))('ends as not accepted when the %s chairman refuses to forward', async (level) => {
    const run = await approveUntil(chain, `${level}_forward`);
    await run.complete(`${level}_forward`, 'reject');

    expect(run.status).toBe('completed');
    expect(run.ended).toMatchObject({ ...rejected, elementId: `${level}_forward_rejected` });
  });

  it.each(grantingLevels(chain))('ends as not accepted when the %s chairman refuses to decide', async (level) => {
    const run = await approveUntil(chain, `${level}_decide`, { grantingLevel: level });
    await run.complete(`${level}_decide`, 'reject');

    expect(run.status).toBe('completed');
    expect(run.ended).toMatchObject({ ...rejected, elementId: `${level}_decide_rejected` });
  });

  it('ends as not accepted when the central level does not submit', async () => {
    const run = await approveUntil(chain, 'central_submit');
    await run.complete('central_submit', 'reject');

    expect(run.status).toBe('completed');
    expect(run.ended).toMatchObject({ ...rejected, elementId: 'central_submit_rejected' });
  });

  describe.each(chain.levels)('the %s council', (level) => {
    it('stops the proposal at 8 of 10 votes when 90% is needed', async () => {
      const run = await approveUntilCouncil(chain, level, { councilThresholdPercent: 90 });
      await run.complete(`${level}_council`, 'record', councilVote({ members: 10, votesFor: 8 }));

      expect(run.status).toBe('completed');
      expect(run.ended).toMatchObject({ elementId: `${level}_vote_failed`, name: 'Không đạt tỷ lệ biểu quyết' });
    });

    it('passes it on at 9 of 10 votes when 90% is needed', async () => {
      const run = await approveUntilCouncil(chain, level, { councilThresholdPercent: 90 });
      await run.complete(`${level}_council`, 'record', councilVote({ members: 10, votesFor: 9 }));

      expect(run.status).toBe('running');
      expect(run.waitingTaskIds).toEqual([afterCouncil(level)]);
    });
  });

  const votes: [string, number, Partial<CouncilVote>, boolean][] = [
    ['8 of 10 members at 80%', 80, { members: 10, present: 10, votesFor: 8 }, true],
    ['7 of 10 members at 80%', 80, { members: 10, present: 10, votesFor: 7 }, false],
    ['9 for, 9 present of 10 members at 90%', 90, { members: 10, present: 9, votesFor: 9 }, true],
    ['8 for, 8 present of 10 members at 90% (all present agree, too few members)', 90, { members: 10, present: 8, votesFor: 8 }, false],
  ];

  it.each(votes)('counts %s against all members', async (_label, threshold, vote, passes) => {
    const level = chain.levels[1];
    const run = await approveUntilCouncil(chain, level, { councilThresholdPercent: threshold });
    await run.complete(`${level}_council`, 'record', councilVote(vote));

    const where = { status: run.status, waiting: run.waitingTaskIds, end: run.ended?.elementId };
    expect(where).toEqual(
      passes
        ? { status: 'running', waiting: [afterCouncil(level)], end: undefined }
        : { status: 'completed', waiting: [], end: `${level}_vote_failed` },
    );
  });
});
