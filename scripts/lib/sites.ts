/** Finding the school sites of a repository: every folder of `sites/` with a site.yaml. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSiteConfig } from '../../content-schemas/validate.ts';

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

/**
 * `ids` in build order, as waves: the sites of a wave have no member among the sites
 * of later waves. A Phòng's or Sở's status page reads its members' fresh builds (their
 * audit), so schools come first, then their offices, then the Sở. A site whose
 * site.yaml does not validate goes first: its build fails with the message anyway.
 */
export function membersFirst(sitesDir: string, ids: readonly string[]): string[][] {
  const chosen = new Set(ids);
  const membersOf = new Map<string, string[]>();
  for (const id of ids) {
    let parent: string | undefined;
    try {
      parent = loadSiteConfig(join(sitesDir, id), sitesDir).parent.id;
    } catch {
      continue;
    }
    if (parent && parent !== id && chosen.has(parent)) membersOf.set(parent, [...(membersOf.get(parent) ?? []), id]);
  }
  const height = new Map<string, number>();
  const heightOf = (id: string, path: ReadonlySet<string>): number => {
    const known = height.get(id);
    if (known !== undefined) return known;
    // A cycle of parent.id (a broken hierarchy) ends the walk instead of recursing forever.
    const members = (membersOf.get(id) ?? []).filter((m) => !path.has(m));
    const h = members.length ? 1 + Math.max(...members.map((m) => heightOf(m, new Set([...path, id])))) : 0;
    height.set(id, h);
    return h;
  };
  const waves: string[][] = [];
  for (const id of ids) (waves[heightOf(id, new Set([id]))] ??= []).push(id);
  return waves.filter(Boolean);
}
