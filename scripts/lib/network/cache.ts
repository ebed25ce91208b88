/**
 * The last good copy of each `/api/v1/` file read from another host: one folder per
 * portal under the cache folder (CI templates persist it between runs). A copy is
 * written only after its payload passed its schema, so a failed or invalid answer
 * never replaces it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../build-root.ts';

export const NETWORK_CACHE_ENV = 'CONG_TRUONG_NETWORK_CACHE';

/** `.cache/lien-thong/` of the project (gitignored), or the folder CONG_TRUONG_NETWORK_CACHE names. */
export function defaultCacheDir(): string {
  const fromEnv = process.env[NETWORK_CACHE_ENV];
  return fromEnv ? resolve(fromEnv) : join(PROJECT_ROOT, '.cache', 'lien-thong');
}

export interface CachedCopy {
  /** When the copy was read and checked (ISO instant). */
  savedAt: string;
  body: unknown;
}

/** `https://so.example.vn/` → `so.example.vn`; a port or a path stays apart (`127.0.0.1_8080`). */
function folderOf(portal: URL): string {
  return `${portal.host}${portal.pathname}`.replace(/[^a-z0-9.-]+/gi, '_').replace(/_+$/, '');
}

function fileOf(cacheDir: string, portal: URL, name: string): string {
  return join(cacheDir, folderOf(portal), `${name}.json`);
}

export function readCopy(cacheDir: string, portal: URL, name: string): CachedCopy | undefined {
  const file = fileOf(cacheDir, portal, name);
  if (!existsSync(file)) return undefined;
  try {
    const copy = JSON.parse(readFileSync(file, 'utf8')) as CachedCopy;
    return typeof copy.savedAt === 'string' ? copy : undefined;
  } catch {
    return undefined;
  }
}

/** Written beside and renamed, so a stopped build never leaves half a copy. */
export function writeCopy(cacheDir: string, portal: URL, name: string, body: unknown, now: Date): void {
  const file = fileOf(cacheDir, portal, name);
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ savedAt: now.toISOString(), body } satisfies CachedCopy)}\n`);
  renameSync(temp, file);
}
