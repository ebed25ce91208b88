/**
 * Peak memory of a process tree (this process and every descendant: the Astro
 * builds are child processes), sampled from /proc on Linux. Elsewhere only this
 * process is measured, and the report says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

export interface MemoryPeak {
  /** Largest sum of resident memory of the whole tree at one moment, bytes. */
  treeBytes: number;
  /** Largest resident memory of one process (in practice one Astro build), bytes. */
  processBytes: number;
  samples: number;
  /** 'proc': whole tree from /proc; 'self': this process only (no /proc). */
  source: 'proc' | 'self';
}

function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Resident bytes of `root` and each of its descendants. */
export function treeRss(root = process.pid): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]!) ?? []));
  return pids.map(rssOf);
}

/**
 * Samples the tree under `root` (default: this process) every `everyMs` until
 * `stop()` is called; returns the peaks.
 */
export function sampleMemory(
  root: () => number | undefined = () => process.pid,
  everyMs = 200,
): { stop: () => MemoryPeak } {
  const proc = existsSync('/proc/self/statm');
  const peak: MemoryPeak = { treeBytes: 0, processBytes: 0, samples: 0, source: proc ? 'proc' : 'self' };
  const sample = () => {
    const pid = root();
    if (proc && pid === undefined) return;
    const sizes = proc ? treeRss(pid) : [process.memoryUsage().rss];
    peak.treeBytes = Math.max(
      peak.treeBytes,
      sizes.reduce((a, b) => a + b, 0),
    );
    peak.processBytes = Math.max(peak.processBytes, ...sizes);
    peak.samples += 1;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
