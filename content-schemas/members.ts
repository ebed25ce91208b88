/**
 * The units a Phòng or Sở site oversees: the sites of the same sites folder whose
 * `parent.id` is this site's id. The hierarchy Bộ → Sở → phòng → trường lives in each
 * site.yaml, never in code; a school that moves to another office changes one line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LEVELS } from './levels.ts';
import { loadSiteConfig } from './validate.ts';
import type { SiteConfig } from './site.ts';

export interface Member {
  id: string;
  name: string;
  unitType: SiteConfig['unitType'];
  level?: SiteConfig['level'];
  address: string;
  phone: string;
  email: string;
  domain: string;
}

const LEVEL_ORDER = Object.keys(LEVELS);

function order(m: Member): number {
  // Schools by level (mầm non first), then the offices a Sở oversees.
  return m.level ? LEVEL_ORDER.indexOf(m.level) : LEVEL_ORDER.length;
}

/** Members of `unitId`; `unreadable` lists sites whose site.yaml does not validate. */
export function membersOf(sitesDir: string, unitId: string): { members: Member[]; unreadable: string[] } {
  const members: Member[] = [];
  const unreadable: string[] = [];
  for (const id of readdirSync(sitesDir).sort()) {
    if (id === unitId || id.startsWith('_') || id.startsWith('.') || !existsSync(join(sitesDir, id, 'site.yaml')))
      continue;
    let site: SiteConfig;
    try {
      site = loadSiteConfig(join(sitesDir, id), sitesDir);
    } catch {
      unreadable.push(id);
      continue;
    }
    if (site.parent.id !== unitId) continue;
    members.push({
      id,
      name: site.name,
      unitType: site.unitType,
      level: site.level,
      address: site.address,
      phone: site.phone,
      email: site.email,
      domain: site.domain,
    });
  }
  members.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'vi'));
  return { members, unreadable };
}

/** Each site of the folder with the id of its parent unit (sites whose site.yaml does not validate are left out). */
export function parentIds(sitesDir: string): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>();
  for (const id of readdirSync(sitesDir).sort()) {
    if (id.startsWith('_') || id.startsWith('.') || !existsSync(join(sitesDir, id, 'site.yaml'))) continue;
    try {
      parents.set(id, loadSiteConfig(join(sitesDir, id), sitesDir).parent.id);
    } catch {
      // Its own build reports it.
    }
  }
  return parents;
}

/** The ids below `unitId` at any depth (its members, their members, …), nearest first. */
export function descendantIds(sitesDir: string, unitId: string): string[] {
  const parents = parentIds(sitesDir);
  const found: string[] = [];
  const queue = [unitId];
  for (let unit = queue.shift(); unit !== undefined; unit = queue.shift()) {
    for (const [id, parent] of parents) {
      if (parent !== unit || id === unitId || found.includes(id)) continue;
      found.push(id);
      queue.push(id);
    }
  }
  return found;
}
