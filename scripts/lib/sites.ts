/** Finding the school sites of a repository: every folder of `sites/` with a site.yaml. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_SITES_DIR = resolve('sites');

/** Folders starting with `_` or `.` (templates, drafts) are not sites. */
export function listSites(sitesDir = DEFAULT_SITES_DIR): string[] {
  if (!existsSync(sitesDir)) return [];
  return readdirSync(sitesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .filter((d) => existsSync(join(sitesDir, d.name, 'site.yaml')))
    .map((d) => d.name)
    .sort();
}
