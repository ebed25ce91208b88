/**
 * A private Astro project root for each build.
 *
 * Astro writes per-build files into `<root>/.astro/`: the content asset and module
 * maps the bundle imports, and the prerender bundle whenever the output folder is
 * outside the working directory. Two builds sharing one root (two schools built
 * side by side, or two people testing in one checkout) overwrite each other's.
 * So each build runs in a fresh folder holding the project's sources as hard links
 * (copies across file systems) and a link to `node_modules`; its `.astro/` is its
 * own. Hard links, not symbolic links: Astro needs the theme's files to be inside
 * the root, and Node and Vite resolve symbolic links to their real path.
 *
 * Astro writes the site into `<root>/dist/` (builtDir), not straight into the output
 * folder: its prerender bundle then sits in that folder too, and the assets it
 * renames from one to the other stay on one file system even when the temp folder
 * is a tmpfs and the output is on disk (build-site.ts then moves the whole folder).
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { processAlive } from './child.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Build outputs, content, tests and VCS data: never read by `astro build` through the root. */
const NOT_COPIED = new Set(['.astro', '.git', 'dist', 'node_modules', 'sites', 'tests', 'bench']);

/** Outside any Git checkout, so no parent .gitignore hides the sources from Tailwind's scan. */
export function buildRootsDir(): string {
  return join(tmpdir(), 'cong-truong-build');
}

function linkFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Mirrors `source` into `target`; `keep` filters the entries of `source` itself. */
function mirror(source: string, target: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) mirror(from, to);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (entry.isFile()) linkFile(from, to);
  }
}

/** Scratch files people leave at the top of the checkout (`.x.tmp.mjs`) are not sources. */
const isSource = (name: string) => !NOT_COPIED.has(name) && !/\.tmp\.[a-z]+$/.test(name);

/** Where Astro writes the site inside a build root (never a source: `dist` is not mirrored). */
export function builtDir(root: string): string {
  return join(root, 'dist');
}

/** Creates the root for one build of `site`; remove it with `removeBuildRoot`. */
export function createBuildRoot(site: string, started: number, projectRoot = PROJECT_ROOT): string {
  const root = join(buildRootsDir(), `${site}-${process.pid}-${started}`);
  mirror(projectRoot, root, isSource);
  // "junction" lets Windows link a folder without admin rights; ignored elsewhere.
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'junction');
  return root;
}

/**
 * Writes what the build hands on to Astro and the theme's hooks (the Network, the redirects
 * and search records of the entries it validated) as `<root>/<name>`: never published,
 * gone with the root.
 */
export function handOn(root: string, name: string, value: unknown): string {
  const file = join(root, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

export function removeBuildRoot(root: string): void {
  // Removes the links, never what they point to.
  rmSync(root, { recursive: true, force: true });
}

/** Removes roots left by builds that were killed (their process is gone), and with `own` this process's. */
export function removeStaleBuildRoots(opts: { own?: boolean } = {}): string[] {
  const dir = buildRootsDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => {
    const pid = Number(/-(\d+)-\d+$/.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || (pid === process.pid ? !opts.own : processAlive(pid))) return false;
    removeBuildRoot(join(dir, name));
    return true;
  });
}
