import { cachedFor } from '../../../shared/util/cached-for';

describe('cachedFor', () => {
  it('computes once for concurrent callers, keeps the value for its time, then computes again', async () => {
    let clock = 0;
    let computed = 0;
    const get = cachedFor(
      1000,
      async () => ++computed,
      () => clock,
    );

    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    clock = 999;
    expect(await get()).toBe(1);
    clock = 1000;
    expect(await get()).toBe(2);
    expect(computed).toBe(2);
  });

  it('keeps no failure: the next call tries again', async () => {
    let calls = 0;
    const get = cachedFor(1000, async () => {
      calls++;
      if (calls === 1) throw new Error('store unavailable');
      return 'ok';
    });

    await expect(get()).rejects.toThrow('store unavailable');
    expect(await get()).toBe('ok');
  });
});
