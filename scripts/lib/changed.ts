/**
 * `--changed <git-ref>`: which sites need a rebuild. A site is affected when a file
 * under `sites/<id>/` differs from the ref (committed, staged, unstaged or
 * untracked); a change to anything every site is built from rebuilds them all. A
 * Phòng or Sở lists its schools' facts (/truong-hoc/), so a school's site.yaml change
 * also rebuilds its parent unit, and a removed site every unit that might list it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Paths (relative to the repository root) that every site's build reads; scripts/lib/ holds the pipeline (search index, PDF text). */
export const SHARED_PATHS = ['themes/', 'content-schemas/', 'scripts/lib/', 'astro.config.mjs', 'package-lock.json'] as const;

export interface Affected {
  /** True when a shared path changed: every site must be rebuilt. */
  all: boolean;
  /** Sites to rebuild, sorted; every site when `all`. */
  sites: string[];
  /** The shared files that changed (why `all` is true). */
  sharedChanges: string[];
  /** Folders of `sites/` that changed but are no longer sites (removed or renamed). */
  removed: string[];
}

function isShared(file: string): boolean {
  return SHARED_PATHS.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
}

/**
 * Pure: maps changed files (repository-relative, `/`-separated) to affected sites.
 * `sitesPath` is the sites folder relative to the repository root (`sites`).
 */
export interface Hierarchy {
  /** Each site's `parent.id`, when it names a site of the same folder. */
  parentOf: ReadonlyMap<string, string>;
  /** Sites of Phòng and Sở (unit types that list member sites). */
  units: readonly string[];
}

const NO_HIERARCHY: Hierarchy = { parentOf: new Map(), units: [] };

export function affectedSites(changedFiles: readonly string[], allSites: readonly string[], sitesPath = 'sites', hierarchy: Hierarchy = NO_HIERARCHY): Affected {
  const sharedChanges = changedFiles.filter(isShared);
  const prefix = sitesPath === '' || sitesPath === '.' ? '' : `${sitesPath.replace(/\/+$/, '')}/`;
  const touched = new Set<string>();
  for (const file of changedFiles) {
    if (!file.startsWith(prefix)) continue;
    const [id, ...rest] = file.slice(prefix.length).split('/');
    if (id && rest.length) touched.add(id);
  }
  const known = new Set(allSites);
  const removed = [...touched].filter((id) => !known.has(id) && !id.startsWith('_') && !id.startsWith('.')).sort();
  for (const id of [...touched]) {
    const parent = hierarchy.parentOf.get(id);
    if (parent && changedFiles.includes(`${prefix}${id}/site.yaml`)) touched.add(parent);
  }
  if (removed.length) for (const unit of hierarchy.units) touched.add(unit);
  const sites = sharedChanges.length ? [...allSites].sort() : [...touched].filter((id) => known.has(id)).sort();
  return { all: sharedChanges.length > 0, sites, sharedChanges, removed };
}

/** Thrown when git cannot answer (no repository, unknown ref). */
export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new GitError(stderr || (error as Error).message);
  }
}

/** The repository root that holds `dir`. */
export function gitRoot(dir: string): string {
  return git(['rev-parse', '--show-toplevel'], dir).trim();
}

/**
 * Files that differ between `ref` and the working tree, plus untracked files (not
 * ignored), relative to the repository root. NUL-separated so Vietnamese file
 * names come through unquoted; renames count as a delete plus an add.
 */
export function changedFiles(ref: string, cwd: string): string[] {
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new GitError(
      `không có commit, nhánh hay thẻ "${ref}" trong lịch sử git (máy CI cần lấy đủ lịch sử: fetch-depth: 0). / unknown git ref "${ref}" (a CI checkout needs the history: fetch-depth: 0).`,
    );
  }
  const diff = git(['diff', '--name-only', '--no-renames', '-z', ref, '--'], cwd);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], cwd);
  const root = gitRoot(cwd);
  const fromRoot = relative(root, cwd).split(sep).join('/');
  const files = [...diff.split('\0'), ...untracked.split('\0').map((f) => (f && fromRoot ? `${fromRoot}/${f}` : f))];
  return [...new Set(files.filter(Boolean))].sort();
}

/** Reads `parent.id` and `unitType` of every site; a site.yaml that does not parse counts as neither. */
export function readHierarchy(sitesDir: string, allSites: readonly string[]): Hierarchy {
  const parentOf = new Map<string, string>();
  const units: string[] = [];
  for (const id of allSites) {
    const file = join(sitesDir, id, 'site.yaml');
    if (!existsSync(file)) continue;
    let config: { unitType?: unknown; parent?: { id?: unknown } } | undefined;
    try {
      config = parseYaml(readFileSync(file, 'utf8')) as typeof config;
    } catch {
      continue;
    }
    const parent = config?.parent?.id;
    if (typeof parent === 'string' && allSites.includes(parent)) parentOf.set(id, parent);
    if (config?.unitType === 'phong' || config?.unitType === 'so') units.push(id);
  }
  return { parentOf, units };
}

/** `affectedSites` over the real repository that holds `sitesDir`. */
export function sitesChangedSince(ref: string, sitesDir: string, allSites: readonly string[]): Affected {
  const real = realpathSync(sitesDir);
  const root = realpathSync(gitRoot(real));
  const sitesPath = relative(root, real).split(sep).join('/');
  return affectedSites(changedFiles(ref, root), allSites, sitesPath, readHierarchy(real, allSites));
}
