/**
 * The folders a build keeps next to its output while it works: `staging` (the new
 * site, before it is swapped in) and `old` (the previous site, during the swap).
 * Both have one hidden name that nothing else uses,
 * `.cong-truong-tmp.<staging|old>.<site>.<pid>.<started>`, so that they are never
 * served, never taken for a site, and the clean-up after a killed build removes
 * only them: never a folder of the user's or a site whose name merely looks alike.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { processAlive } from './child.ts';

type Kind = 'staging' | 'old';

const TEMP = /^\.cong-truong-tmp\.(staging|old)\.([^._][^/]*)\.(\d+)\.(\d+)$/;

function tempName(kind: Kind, site: string, started: number): string {
  return `.cong-truong-tmp.${kind}.${site}.${process.pid}.${started}`;
}

export function stagingDir(outRoot: string, site: string, started: number): string {
  return resolve(outRoot, tempName('staging', site, started));
}

/** Replaces `target` with `staging` so readers never see a half-written folder. */
export function swapInto(staging: string, target: string): void {
  const old = join(dirname(target), tempName('old', basename(target), Date.now()));
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Moves a folder; across file systems (the temp folder on a tmpfs, the output on
 * disk) a rename fails with EXDEV, so it is copied, then removed.
 */
export function moveDir(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Removes the temporary folders of builds that were killed (Ctrl+C, a CI timeout):
 * those whose process is gone, and with `own` this process's (when it is
 * interrupted). A build killed in the middle of a swap left the previous site only
 * in its `old` folder: that one is put back. Returns what was removed or restored.
 */
export function removeStaleStaging(outRoot: string, opts: { own?: boolean } = {}): string[] {
  if (!existsSync(outRoot)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(outRoot)) {
    const match = TEMP.exec(name);
    if (!match || !lstatSync(join(outRoot, name)).isDirectory()) continue;
    const pid = Number(match[3]);
    if (pid === process.pid ? !opts.own : processAlive(pid)) continue;
    const site = join(outRoot, match[2]!);
    if (match[1] === 'old' && !existsSync(site)) renameSync(join(outRoot, name), site);
    else rmSync(join(outRoot, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
