/**
 * What the site already holds before an import: its công khai entries by TT 09/2024
 * item and năm học. A second entry for the same pair is refused by the build and the
 * CMS, so an old post that would be one is reported as a conflict, never written over
 * the school's own. new-school's unfilled frames («[CẦN THAY]») are the exception: the
 * old post takes the frame's file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS } from '../../../content-schemas/index.ts';
import { isTemplateFrame, type Manifest } from './manifest.ts';
import type { Claims } from './map-entry.ts';

function frontMatter(file: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  try {
    return (parse(match?.[1] ?? '') ?? {}) as Record<string, unknown>;
  } catch {
    // A broken file is the validator's to report (commit.ts runs it over the whole site).
    return {};
  }
}

export function siteClaims(siteDir: string, manifest: Manifest): Claims {
  const folder = `content/${COLLECTIONS.disclosures.folder}`;
  const disclosures: Claims['disclosures'] = new Map();
  const dir = join(siteDir, folder);
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  for (const name of names) {
    const data = frontMatter(join(dir, name));
    if (typeof data.item !== 'string' || typeof data.schoolYear !== 'string') continue;
    const file = `${folder}/${name}`;
    // An entry an earlier import wrote belongs to its old URL, which may update it.
    disclosures.set(`${data.item} ${data.schoolYear}`, {
      file,
      from: manifest.files[file]?.from,
      frame: isTemplateFrame(join(dir, name)),
    });
  }
  return { disclosures, pages: new Set() };
}
