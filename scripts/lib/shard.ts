/**
 * `--shard <i>/<n>`: splits the sorted site list into n parts for n CI jobs. Site k
 * (0-based, in sorted order) goes to shard (k mod n) + 1, so the parts never
 * overlap, together cover every site, and differ in size by at most one.
 */

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  total: number;
}

const SHARD = /^(\d+)\/(\d+)$/;

/** Parses "2/4"; returns undefined when the text is not a valid shard. */
export function parseShard(text: string): Shard | undefined {
  const m = SHARD.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || index < 1 || index > total) return undefined;
  return { index, total };
}

export function shardSites(sites: readonly string[], shard: Shard): string[] {
  return [...sites].sort().filter((_, k) => k % shard.total === shard.index - 1);
}
