/**
 * Search across a unit: how a Phòng's index and its indexing grow with the number of
 * its member schools, whose news, documents and công khai entries its index holds
 * (themes/cong-truong/search/member-records.ts).
 *
 *   npx node scripts/bench/unit-search.ts [--members 0,10,50] [--posts 50]
 *
 * For each size, a sites folder holds the example Phòng (sites/phong-vhxh-ben-thanh)
 * and that many generated schools under it, each with `posts` news posts; the Phòng is
 * built with the real pipeline (the Network loaded from the folder, Astro, Pagefind).
 * Figures: the unit's build time, its index on disk, the part a first search always
 * downloads (`.pf_meta`), the time Pagefind takes for the members' records alone, and
 * what a visitor's first search downloads (headless Chromium, search.ts; its budget,
 * 150 KB, is set for a 1000-page school).
 * Reported, never asserted: timings on shared machines are noise.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import YAML from 'yaml';
import { buildSite } from '../lib/build-site.ts';
import { loadNetwork } from '../lib/network/index.ts';
import { INDEX_CHUNK_SIZE } from '../../themes/cong-truong/indexing/site-index.ts';
import { memberRecords, type MemberRecord } from '../../themes/cong-truong/search/member-records.ts';
import { DEFAULT_WORK_DIR } from './build.ts';
import { generateSchools } from './generate.ts';
import { benchSearch } from './search.ts';

const UNIT = 'phong-vhxh-ben-thanh';
const UNIT_SOURCE = resolve(import.meta.dirname, '../../sites', UNIT);

export interface UnitSearchOptions {
  /** Member counts to measure, e.g. [0, 10, 50]. */
  members: number[];
  /** News posts per member school. */
  posts: number;
  workDir?: string;
}

export interface UnitSearchRow {
  members: number;
  /** Records the unit's index got from its members (news, documents, công khai). */
  memberRecords: number;
  /** The unit's whole build: Network, Astro, Pagefind, checks. */
  buildSeconds: number;
  /** Index data on disk (index, fragments, filters, meta), without Pagefind's fixed scripts. */
  indexKb: number;
  indexFiles: number;
  /** `.pf_meta`: every first search downloads it whole. */
  metaKb: number;
  /** Pagefind on the members' records alone: add them all and write the bundle. */
  memberIndexMs: number;
  /** The heaviest first search of search.ts's FIRST_QUERIES, gzip KB; undefined if Chromium could not run. */
  firstSearchKb?: number;
}

/** What the first search costs a visitor of the unit's portal (the worst of the bench queries). */
async function firstSearchKb(distDir: string): Promise<number | undefined> {
  try {
    const result = await benchSearch({ distDir, queries: ['tuyen sinh', 'hoi thi giao vien'] });
    return Math.max(...result.firstSearch.map((f) => f.gzipKb));
  } catch {
    return undefined;
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Index data of a Pagefind bundle: everything but its scripts, styles and wasm, which do not grow. */
function indexData(dir: string): { files: number; bytes: number; metaBytes: number } {
  let files = 0;
  let bytes = 0;
  let metaBytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.(js|css)$|^wasm\./.test(entry.name)) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
    bytes += size;
    if (entry.name.endsWith('.pf_meta')) metaBytes += size;
  }
  return { files, bytes, metaBytes };
}

/** Entries addressed to example schools by id would name no member here: address them to all. */
function addressEveryone(contentDir: string): void {
  for (const entry of readdirSync(contentDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^audience:.*(?:\n[ \t]+.*)*/m, 'audience: all');
    if (changed !== text) writeFileSync(file, changed);
  }
}

/** The example Phòng, standing alone (its Sở is not in this folder), and `members` schools under it. */
async function generateUnit(sitesDir: string, members: number, posts: number): Promise<void> {
  rmSync(sitesDir, { recursive: true, force: true });
  mkdirSync(sitesDir, { recursive: true });
  cpSync(UNIT_SOURCE, join(sitesDir, UNIT), { recursive: true });
  const unitYaml = join(sitesDir, UNIT, 'site.yaml');
  const unit = YAML.parseDocument(readFileSync(unitYaml, 'utf8'));
  unit.deleteIn(['parent', 'id']);
  writeFileSync(unitYaml, unit.toString());
  addressEveryone(join(sitesDir, UNIT, 'content'));
  if (!members) return;
  const { ids } = await generateSchools({ sitesDir, schools: members, posts, photos: 0 });
  for (const id of ids) {
    const file = join(sitesDir, id, 'site.yaml');
    const school = YAML.parseDocument(readFileSync(file, 'utf8'));
    school.set('parent', { name: String(unit.get('name')), url: `https://${String(unit.get('domain'))}`, id: UNIT });
    writeFileSync(file, school.toString());
  }
}

/** Pagefind over the members' records only: what members add to the unit's indexing. */
async function timeMemberIndex(records: MemberRecord[], outDir: string): Promise<number> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  // Start Pagefind's service first: its start-up is not the members' cost.
  await (await pagefind.createIndex({ forceLanguage: 'vi' })).index?.deleteIndex();
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const record of records) await index.addCustomRecord(record);
    await index.writeFiles({ outputPath: outDir });
  } finally {
    await index.deleteIndex();
  }
  return performance.now() - started;
}

async function measure(members: number, opts: UnitSearchOptions, workDir: string): Promise<UnitSearchRow> {
  const sitesDir = join(workDir, `sites-${members}`);
  const outRoot = join(workDir, `dist-${members}`);
  await generateUnit(sitesDir, members, opts.posts);
  const built = await buildSite(UNIT, { sitesDir, outRoot, onWarning: () => {} });
  if (!built.ok) throw new Error(`Building ${UNIT} with ${members} members failed:\n${built.error}`);
  const data = indexData(join(outRoot, UNIT, 'pagefind'));
  const records = memberRecords(await loadNetwork({ sitesDir, siteId: UNIT, outRoot }));
  const memberIndexMs = records.length ? await timeMemberIndex(records, join(workDir, `members-only-${members}`)) : 0;
  return {
    members,
    memberRecords: records.length,
    buildSeconds: round(built.ms / 1000),
    indexKb: round(data.bytes / 1024),
    indexFiles: data.files,
    metaKb: round(data.metaBytes / 1024),
    memberIndexMs: Math.round(memberIndexMs),
    firstSearchKb: await firstSearchKb(join(outRoot, UNIT)),
  };
}

export async function benchUnitSearch(opts: UnitSearchOptions): Promise<UnitSearchRow[]> {
  const workDir = resolve(opts.workDir ?? join(DEFAULT_WORK_DIR, 'unit-search'));
  if (!existsSync(UNIT_SOURCE)) throw new Error(`${UNIT_SOURCE} is missing: the bench starts from the example Phòng`);
  const rows: UnitSearchRow[] = [];
  try {
    for (const members of opts.members) rows.push(await measure(members, opts, workDir));
  } finally {
    await pagefind.close();
  }
  return rows;
}

/** The table printed by `npm run bench`. */
export function unitSearchTable(rows: UnitSearchRow[], posts: number): string {
  const head = [
    'trường / members',
    'bản ghi / records',
    'dựng Phòng / unit build (s)',
    'chỉ mục / index (KB, tệp)',
    '.pf_meta (KB)',
    'chỉ mục bản ghi trường / members’ records (ms)',
    'tìm lần đầu / first search (gzip KB)',
  ];
  const body = rows.map((r) => [
    String(r.members),
    String(r.memberRecords),
    String(r.buildSeconds),
    `${r.indexKb} (${r.indexFiles})`,
    String(r.metaKb),
    String(r.memberIndexMs),
    r.firstSearchKb === undefined ? '-' : String(r.firstSearchKb),
  ]);
  const widths = head.map((h, i) => Math.max([...h].length, ...body.map((b) => [...b[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [
    `Tìm kiếm toàn đơn vị: Phòng với N trường, mỗi trường ${posts} bài / unit search: a Phòng with N schools, ${posts} posts each`,
    line(head),
    ...body.map(line),
  ].join('\n');
}

/** `--members 0,10,50`: member counts, each a whole number. */
export function parseMemberCounts(value: string): number[] | undefined {
  const counts = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map(Number);
  return counts.length && counts.every((n) => Number.isInteger(n) && n >= 0) ? counts : undefined;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '0,10,50' },
      posts: { type: 'string', default: '50' },
      json: { type: 'boolean' },
    },
  });
  const members = parseMemberCounts(values.members);
  const posts = Number(values.posts);
  if (!members || !Number.isInteger(posts) || posts < 1) {
    console.error(
      '--members: danh sách số nguyên ≥ 0, ví dụ 0,10,50; --posts: số nguyên ≥ 1 / --members: whole numbers, e.g. 0,10,50; --posts: an integer ≥ 1',
    );
    process.exit(2);
  }
  const rows = await benchUnitSearch({ members, posts });
  console.log(values.json ? JSON.stringify(rows, null, 2) : unitSearchTable(rows, posts));
}
