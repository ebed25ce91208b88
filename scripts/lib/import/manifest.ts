/**
 * What earlier imports wrote into a site, with each file's content hash, kept in
 * `sites/<id>/.import/manifest.json` (commit it with the site). It makes re-imports
 * idempotent (the same old URL keeps its file) and safe: a file whose hash no longer
 * matches was changed by an editor and is never overwritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEMPLATE_MARKER } from '../onboarding/marker.ts';

export interface Manifest {
  version: 1;
  /** Old URL (canonical) → the entry written for it; `id` is a hash of that URL, stable across runs. */
  entries: Record<string, { id: string; file: string }>;
  /** File relative to the site folder → hash when written, the old URL it came from and, for photos, the hash of the old bytes. */
  files: Record<string, { sha256: string; from: string; source?: string }>;
}

export const IMPORT_DIR = '.import';

export function hashOf(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function manifestPath(siteDir: string): string {
  return join(siteDir, IMPORT_DIR, 'manifest.json');
}

export function readManifest(siteDir: string): Manifest {
  const file = manifestPath(siteDir);
  if (!existsSync(file)) return { version: 1, entries: {}, files: {} };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return { version: 1, entries: parsed.entries ?? {}, files: parsed.files ?? {} };
}

export function writeManifest(siteDir: string, manifest: Manifest): void {
  const file = manifestPath(siteDir);
  mkdirSync(dirname(file), { recursive: true });
  const sorted: Manifest = {
    version: 1,
    entries: Object.fromEntries(Object.entries(manifest.entries).sort(([a], [b]) => a.localeCompare(b))),
    files: Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b))),
  };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Whether `rel` is still exactly what the import wrote there (not edited, not deleted). */
export function untouched(siteDir: string, rel: string, manifest: Manifest): boolean {
  const known = manifest.files[rel];
  const file = join(siteDir, rel);
  return !!known && existsSync(file) && hashOf(readFileSync(file)) === known.sha256;
}

export type WriteVerdict = 'new' | 'updated' | 'template' | 'unchanged' | 'edited' | 'deleted' | 'foreign';

/** A file new-school wrote and nobody filled in yet: its «[CẦN THAY]» text is a frame, not the school's content. */
export function isTemplateFrame(file: string): boolean {
  return existsSync(file) && readFileSync(file, 'utf8').normalize('NFC').includes(TEMPLATE_MARKER);
}

/**
 * May the import write `bytes` at `rel`? `new`/`updated` yes; `unchanged` nothing to
 * do; `template` yes, over new-school's unfilled frame; `edited` (changed since the import), `deleted` (removed since) and `foreign`
 * (a file the import never wrote) are left alone.
 */
export function verdict(siteDir: string, rel: string, bytes: Uint8Array | string, manifest: Manifest): WriteVerdict {
  const file = join(siteDir, rel);
  const known = manifest.files[rel];
  if (!existsSync(file)) return known ? 'deleted' : 'new';
  const current = hashOf(readFileSync(file));
  if (!known) return current === hashOf(bytes) ? 'unchanged' : isTemplateFrame(file) ? 'template' : 'foreign';
  if (current !== known.sha256) return 'edited';
  return current === hashOf(bytes) ? 'unchanged' : 'updated';
}
