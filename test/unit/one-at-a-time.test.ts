import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/sources/one-at-a-time.js';

describe('oneAtATime', () => {
  it('starts each task when the one before has settled, in the order given, failures included', async () => {
    const queue = oneAtATime();
    const log: string[] = [];
    let running = 0;
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        running++;
        log.push(`start ${name} (${running} running)`);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        log.push(`end ${name}`);
        if (fail) throw new Error(`${name} failed`);
        return name;
      };
    const results = await Promise.allSettled([queue(task('a', 30)), queue(task('b', 5, true)), queue(task('c', 1))]);
    expect(log).toEqual([
      'start a (1 running)',
      'end a',
      'start b (1 running)',
      'end b',
      'start c (1 running)',
      'end c',
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'a',
      'b failed',
      'c',
    ]);
  });
});
