/**
 * `--changed <git-ref>`: which sites need a rebuild. A site is affected when a file
 * under `sites/<id>/` differs from the ref (committed, staged, unstaged or
 * untracked); a change to anything every site is built from rebuilds them all. A
 * Phòng or Sở lists its schools' facts (/truong-hoc/), so a school's site.yaml change
 * also rebuilds its parent unit, and a removed site every unit that might list it.
 *
 * Liên thông edges: a unit's entry that carries `audience` (before or after the
 * change) rebuilds the members either audience addresses, at any depth; a member's
 * news (tin-tuc), công khai (cong-khai) or văn bản (van-ban) rebuilds its unit, which
 * shows or indexes them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { addresses, audience as audienceSchema, type Audience } from '../../content-schemas/audience.ts';
import type { Level } from '../../content-schemas/levels.ts';

/** Paths (relative to the repository root) that every site's build reads; scripts/lib/ holds the pipeline (search index, PDF text). */
export const SHARED_PATHS = [
  'themes/',
  'content-schemas/',
  'scripts/lib/',
  'astro.config.mjs',
  'package-lock.json',
] as const;

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
  /** Each school's `level`, which `audience.levels` matches. */
  levelOf?: ReadonlyMap<string, Level>;
}

const NO_HIERARCHY: Hierarchy = { parentOf: new Map(), units: [] };

/** A changed entry of a unit that carries `audience` before the change, after it, or both. */
export interface AddressedChange {
  unit: string;
  /** The audience before and the one after (one of them when the entry was added, removed, or gained or lost it). */
  audiences: Audience[];
}

/**
 * Member folders a unit shows: news ("Tin từ các trường"), công khai (the status page)
 * and, with them, văn bản, which the unit's search index holds (themes/cong-truong/indexing/site-index.ts).
 */
const SHOWN_BY_UNIT = ['content/tin-tuc/', 'content/cong-khai/', 'content/van-ban/'];

/** Every site below `unit` in this folder, with the ids between them, for `addresses()`. */
function descendants(unit: string, hierarchy: Hierarchy): { id: string; level?: Level; via: string[] }[] {
  const out: { id: string; level?: Level; via: string[] }[] = [];
  const seen = new Set([unit]);
  const walk = (parent: string, via: string[]) => {
    for (const [id, p] of hierarchy.parentOf) {
      if (p !== parent || seen.has(id)) continue;
      seen.add(id);
      out.push({ id, level: hierarchy.levelOf?.get(id), via });
      walk(id, [...via, id]);
    }
  };
  walk(unit, []);
  return out;
}

/** The members of `unit` that any of `audiences` addresses. */
export function addressedMembers(unit: string, audiences: readonly Audience[], hierarchy: Hierarchy): string[] {
  return descendants(unit, hierarchy)
    .filter((member) => audiences.some((a) => addresses(a, member)))
    .map((member) => member.id);
}

export function affectedSites(
  changedFiles: readonly string[],
  allSites: readonly string[],
  sitesPath = 'sites',
  hierarchy: Hierarchy = NO_HIERARCHY,
  addressed: readonly AddressedChange[] = [],
): Affected {
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
  for (const file of changedFiles) {
    if (!file.startsWith(prefix)) continue;
    const [id = '', ...rest] = file.slice(prefix.length).split('/');
    const inSite = rest.join('/');
    const parent = hierarchy.parentOf.get(id);
    if (parent && (inSite === 'site.yaml' || SHOWN_BY_UNIT.some((folder) => inSite.startsWith(folder))))
      touched.add(parent);
  }
  for (const change of addressed)
    for (const member of addressedMembers(change.unit, change.audiences, hierarchy)) touched.add(member);
  if (removed.length) for (const unit of hierarchy.units) touched.add(unit);
  const sites = sharedChanges.length ? [...allSites].sort() : [...touched].filter((id) => known.has(id)).sort();
  return { all: sharedChanges.length > 0, sites, sharedChanges, removed };
}

/** Thrown when git cannot answer (no repository, unknown ref). */
export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
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
  const levelOf = new Map<string, Level>();
  for (const id of allSites) {
    const file = join(sitesDir, id, 'site.yaml');
    if (!existsSync(file)) continue;
    let config: { unitType?: unknown; level?: unknown; parent?: { id?: unknown } } | undefined;
    try {
      config = parseYaml(readFileSync(file, 'utf8')) as typeof config;
    } catch {
      continue;
    }
    const parent = config?.parent?.id;
    if (typeof parent === 'string' && allSites.includes(parent)) parentOf.set(id, parent);
    if (config?.unitType === 'phong' || config?.unitType === 'so') units.push(id);
    if (typeof config?.level === 'string') levelOf.set(id, config.level as Level);
  }
  return { parentOf, units, levelOf };
}

/** The `audience` of an entry's front matter, if it has a valid one (an invalid one fails the unit's own build). */
export function audienceOf(text: string | undefined): Audience | undefined {
  const yaml = text && /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (!yaml) return undefined;
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return undefined;
  }
  const raw = data && typeof data === 'object' ? (data as { audience?: unknown }).audience : undefined;
  const parsed = audienceSchema().safeParse(raw);
  return parsed.success ? (parsed.data as Audience | undefined) : undefined;
}

/** A file at `ref` (undefined when it did not exist there). */
function atRef(ref: string, file: string, root: string): string | undefined {
  try {
    return git(['show', `${ref}:${file}`], root);
  } catch {
    return undefined;
  }
}

/** The changed Markdown entries of units that carry `audience` at `ref` or in the working tree. */
export function addressedChanges(
  ref: string,
  root: string,
  files: readonly string[],
  sitesPath: string,
  hierarchy: Hierarchy,
): AddressedChange[] {
  const prefix = sitesPath === '' || sitesPath === '.' ? '' : `${sitesPath.replace(/\/+$/, '')}/`;
  const changes: AddressedChange[] = [];
  for (const file of files) {
    if (!file.startsWith(prefix) || !file.endsWith('.md')) continue;
    const [unit = '', folder] = file.slice(prefix.length).split('/');
    if (folder !== 'content' || !hierarchy.units.includes(unit)) continue;
    const now = join(root, file);
    const before = audienceOf(atRef(ref, file, root));
    const after = audienceOf(existsSync(now) ? readFileSync(now, 'utf8') : undefined);
    const audiences = [before, after].filter((a): a is Audience => a !== undefined);
    if (audiences.length) changes.push({ unit, audiences });
  }
  return changes;
}

/** `affectedSites` over the real repository that holds `sitesDir`. */
export function sitesChangedSince(ref: string, sitesDir: string, allSites: readonly string[]): Affected {
  const real = realpathSync(sitesDir);
  const root = realpathSync(gitRoot(real));
  const sitesPath = relative(root, real).split(sep).join('/');
  const files = changedFiles(ref, root);
  const hierarchy = readHierarchy(real, allSites);
  return affectedSites(files, allSites, sitesPath, hierarchy, addressedChanges(ref, root, files, sitesPath, hierarchy));
}
