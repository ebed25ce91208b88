/** `--shard i/n`: no overlap, no gap, balanced, independent of input order. */
import { describe, expect, it } from 'vitest';
import { parseShard, shardSites } from '../../scripts/lib/shard.ts';

const sites = (count: number) => Array.from({ length: count }, (_, i) => `truong-${String(i).padStart(3, '0')}`);

describe('parseShard', () => {
  it('reads i/n with 1 ≤ i ≤ n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, total: 1 });
  });

  it.each(['0/4', '5/4', '1/0', '2', '1/2/3', 'a/b', '-1/2', ''])('refuses "%s"', (text) => {
    expect(parseShard(text)).toBeUndefined();
  });
});

describe('shardSites', () => {
  for (const count of [0, 1, 2, 7, 13, 50]) {
    for (const total of [1, 2, 3, 4, 7]) {
      it(`${count} sites in ${total} shards: every site exactly once, sizes within one`, () => {
        const all = sites(count);
        const parts = Array.from({ length: total }, (_, i) => shardSites(all, { index: i + 1, total }));
        expect(parts.flat().sort()).toEqual(all);
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      });
    }
  }

  it('is stable: the same shard whatever order the list comes in', () => {
    const all = sites(13);
    const shuffled = [...all].reverse();
    expect(shardSites(shuffled, { index: 2, total: 3 })).toEqual(shardSites(all, { index: 2, total: 3 }));
    expect(shardSites(all, { index: 2, total: 3 })).toEqual(['truong-001', 'truong-004', 'truong-007', 'truong-010']);
  });
});
