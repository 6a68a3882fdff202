import { warmUp } from './warm-up';

describe('warmUp', () => {
  it('draws its sample bundle without error and returns nothing', async () => {
    await expect(warmUp()).resolves.toBeUndefined();
  });
});
