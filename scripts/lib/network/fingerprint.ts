/**
 * What an audit judged, as one hash: every file of the site's folder, the audit's own
 * code and schemas (a changed rule judges the same content differently) and, for a
 * Phòng or Sở, its members' ids (its `audience.units` are checked against them). A
 * unit's build reuses a member's audit summary only when this hash is unchanged.
 */
import { createHash, type Hash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Files up to this size are hashed byte for byte (content files are at most 1 MB);
 * larger ones (unshrunk phone photos, long PDFs) by size and modification time, so a
 * school's fingerprint costs milliseconds rather than a read of its whole media folder.
 */
const HASHED_BYTES = 1024 * 1024;

/** The code an audit result depends on, besides the site: its rules, profiles and the schemas. */
const AUDIT_CODE = [
  resolve(import.meta.dirname, '../../audit'),
  resolve(import.meta.dirname, '../../../content-schemas'),
];

function hashTree(hash: Hash, root: string, dir = root): void {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    const path = join(dir, name);
    const shown = path.slice(root.length + 1);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) hash.update(`L ${shown} ${readlinkSync(path)}\n`);
    else if (stat.isDirectory()) hashTree(hash, root, path);
    else if (stat.size <= HASHED_BYTES) hash.update(`F ${shown} ${stat.size}\n`).update(readFileSync(path));
    else hash.update(`B ${shown} ${stat.size} ${stat.mtimeMs}\n`);
  }
}

let auditCode: string | undefined;

function auditCodeHash(): string {
  if (auditCode) return auditCode;
  const hash = createHash('sha256');
  for (const dir of AUDIT_CODE) hashTree(hash, dir);
  return (auditCode = hash.digest('hex'));
}

/** Every file under `siteDir` (symlinks as links, never followed). */
export function siteFilesHash(siteDir: string): string {
  const hash = createHash('sha256');
  hashTree(hash, resolve(siteDir));
  return hash.digest('hex');
}

/** `filesHash` from siteFilesHash, taken before the content was read; `memberIds` for a Phòng or Sở. */
export function auditFingerprint(filesHash: string, memberIds: readonly string[] = []): string {
  const hash = createHash('sha256').update(`${auditCodeHash()}\n${filesHash}\n${[...memberIds].sort().join(',')}`);
  return `sha256-${hash.digest('hex')}`;
}

/** The ids below `unitId` at any depth, from one map of each site's parent id (members.ts `parentIds`). */
export function descendantsFrom(parents: ReadonlyMap<string, string | undefined>, unitId: string): string[] {
  const found = new Set<string>();
  const queue = [unitId];
  for (let unit = queue.shift(); unit !== undefined; unit = queue.shift()) {
    for (const [id, parent] of parents) {
      if (parent !== unit || id === unitId || found.has(id)) continue;
      found.add(id);
      queue.push(id);
    }
  }
  return [...found];
}
