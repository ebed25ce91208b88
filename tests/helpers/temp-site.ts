/** Copies a fixture site into a temporary sites folder so a test can break it safely. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempSite {
  sitesDir: string;
  siteDir: string;
  /** Rewrites one file of the site through a string transform. */
  edit: (relativePath: string, change: (source: string) => string) => void;
  write: (relativePath: string, source: string) => void;
}

export function copySite(fromSiteDir: string, id = 'mini'): TempSite {
  const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-site-'));
  const siteDir = join(sitesDir, id);
  cpSync(fromSiteDir, siteDir, { recursive: true });
  return {
    sitesDir,
    siteDir,
    edit: (path, change) => writeFileSync(join(siteDir, path), change(readFileSync(join(siteDir, path), 'utf8'))),
    write: (path, source) => writeFileSync(join(siteDir, path), source),
  };
}
