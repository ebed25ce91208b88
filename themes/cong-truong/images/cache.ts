/**
 * The content-addressed image cache shared by every site and every checkout: an
 * encoded variant is stored under the hash of the source bytes and of everything that
 * changes the output (transform, encoder options, sharp and libvips versions), never
 * under a site id or a path. Same photo in two schools: encoded once. A new clone or
 * CI runner that restores the folder: nothing encoded again.
 *
 * Folder: $CONG_TRUONG_IMAGE_CACHE, else node_modules/.cache/cong-truong/images of the
 * project (each build root links the project's node_modules, so all builds share it).
 * Writes are atomic (temp file + rename): a parallel build never reads half a file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const IMAGE_CACHE_ENV = 'CONG_TRUONG_IMAGE_CACHE';
/** A file to which every cache hit and encode is appended as a JSON line (tests, bench). */
export const IMAGE_LOG_ENV = 'CONG_TRUONG_IMAGE_LOG';

/**
 * A relative $CONG_TRUONG_IMAGE_CACHE is taken from where the command was run (npm's
 * INIT_CWD), not from the private build root Astro runs in.
 */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const chosen = env[IMAGE_CACHE_ENV];
  return chosen ? resolve(env.INIT_CWD ?? cwd, chosen) : join(cwd, 'node_modules', '.cache', 'cong-truong', 'images');
}

const sourceHashes = new WeakMap<Uint8Array, string>();

/** SHA-256 of a source's bytes; Astro hands every variant of a source the same buffer, so it is hashed once. */
export function sourceHash(bytes: Uint8Array): string {
  let hash = sourceHashes.get(bytes);
  if (!hash) {
    hash = createHash('sha256').update(bytes).digest('hex');
    sourceHashes.set(bytes, hash);
  }
  return hash;
}

/** Key of one variant: the source's hash and a canonical JSON of what shapes the output. */
export function variantKey(source: string, recipe: Record<string, unknown>): string {
  const canonical = JSON.stringify(recipe, Object.keys(recipe).sort());
  return createHash('sha256').update(source).update('\0').update(canonical).digest('hex');
}

function entryPath(dir: string, key: string, format: string): string {
  return join(dir, key.slice(0, 2), `${key}.${format}`);
}

export function readVariant(dir: string, key: string, format: string): Buffer | undefined {
  try {
    return readFileSync(entryPath(dir, key, format));
  } catch {
    return undefined;
  }
}

export function writeVariant(dir: string, key: string, format: string, data: Uint8Array): void {
  const file = entryPath(dir, key, format);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // A read-only or full disk costs a re-encode next time, never the build.
    rmSync(temp, { force: true });
  }
}

export interface ImageEvent {
  event: 'hit' | 'encode';
  key: string;
  source: string;
  format: string;
  width?: number;
  height?: number;
  /** Time spent encoding (0 for a hit), and when the event ended (ms since the epoch). */
  ms: number;
  at: number;
}

export function logImageEvent(event: ImageEvent, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[IMAGE_LOG_ENV];
  if (!file) return;
  try {
    // One short line per append: O_APPEND keeps lines of parallel builds whole.
    appendFileSync(resolve(env.INIT_CWD ?? process.cwd(), file), `${JSON.stringify(event)}\n`);
  } catch {
    // A diagnostic log never fails a build.
  }
}
