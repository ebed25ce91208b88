/** Lists a site's files (media, public) with their sizes. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteFile {
  path: string;
  size: number;
}

export function listFiles(siteDir: string, folder: string): SiteFile[] {
  const out: SiteFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out.push({ path, size: stat.size });
    }
  };
  const root = join(siteDir, folder);
  if (existsSync(root)) walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
