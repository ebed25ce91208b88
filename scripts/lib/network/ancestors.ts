/**
 * This site's units, nearest first: follow `parent.id` through the sites folder; when
 * it names no local site but `parent.url` is set, read that portal's `/api/v1/` and go
 * on with the parent its site.json names. A cycle or an unknown parent ends the walk.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { invalidUnit, readLocalUnit } from './local.ts';
import { readRemoteUnit } from './remote-unit.ts';
import { trustRemoteUnit } from './remote-trust.ts';
import type { RemoteOptions } from './remote.ts';
import type { UnitData } from './unit.ts';

interface Parent {
  id?: string;
  url?: string;
}

export interface WalkOptions {
  sitesDir: string;
  buildDate: Date;
  remote: RemoteOptions;
  warnings: string[];
}

async function readParent(parent: Parent, opts: WalkOptions): Promise<UnitData | undefined> {
  if (!parent.id) return undefined;
  if (existsSync(join(opts.sitesDir, parent.id, 'site.yaml'))) {
    const unit = await readLocalUnit(opts.sitesDir, parent.id, opts.buildDate);
    if (!unit) opts.warnings.push(invalidUnit(parent.id));
    return unit;
  }
  // Only a parent named by id is a portal of this system; parent.url alone may be any authority's website.
  if (!parent.url) return undefined;
  const unit = await readRemoteUnit(parent.url, ['van-ban', 'tin-tuc', 'thong-bao-khan'], opts.remote, opts.warnings);
  // What it addresses to the school links only to its own host (remote-trust.ts); who it is, the walk checks.
  return unit && trustRemoteUnit(unit, new URL(parent.url), [], opts.warnings);
}

export async function ancestorsOf(siteId: string, first: Parent, opts: WalkOptions): Promise<UnitData[]> {
  const seen = new Set([siteId]);
  const found: UnitData[] = [];
  let parent: Parent | undefined = first;
  while (parent?.id && !seen.has(parent.id)) {
    seen.add(parent.id);
    const unit = await readParent(parent, opts);
    if (!unit) break;
    // A remote portal may call itself by another id than its child does.
    if (found.some((u) => u.ref.id === unit.ref.id) || unit.ref.id === siteId) break;
    seen.add(unit.ref.id);
    found.push(unit);
    parent = unit.unit.parent;
  }
  return found;
}
