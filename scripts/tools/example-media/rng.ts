/** Deterministic randomness for drawings and lists: each file gets its own sequence from its name. */
import { hashString, random } from '../../lib/random.ts';

export type Rng = () => number;

export function rngFor(seed: string): Rng {
  return random(hashString(seed));
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
export const between = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo);
