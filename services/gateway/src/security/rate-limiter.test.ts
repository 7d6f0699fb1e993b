import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit within a window, refuses the next with the seconds left, and starts over in the next window', () => {
    const limiter = new RateLimiter(3, 60_000);
    const answers = [0, 1_000, 2_000, 3_000].map((at) => limiter.take('user-1', at));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, false]);
    expect(answers[3]?.retryAfterSeconds).toBe(57);
    expect(limiter.take('user-1', 60_000).allowed).toBe(true);
  });

  it('counts every key apart', () => {
    const limiter = new RateLimiter(1);
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('b', 0).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
  });

  it('forgets passed windows instead of growing without bound', () => {
    const limiter = new RateLimiter(1, 1_000, 2);
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 5_000);
    expect(limiter.take('a', 5_001).allowed).toBe(true);
  });
});
