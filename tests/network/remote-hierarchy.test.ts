/**
 * Remote units beyond the direct parent: a remote Phòng's own parent read from its
 * site.json (and a cycle that ends the walk), and a Phòng whose school lives in
 * another repository (remoteMembers): its news and công khai status, judged by the
 * audit's deadline rules, with no audit score (a remote portal publishes none).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { NETWORK_DIST, NETWORK_SITES_DIR } from '../helpers/paths.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const DAY = new Date('2026-12-10T02:00:00Z');
const servers: StaticServer[] = [];

/** Serves a copy of a built site of the fixture, so its site.json can be edited. */
async function serveCopy(id: string): Promise<{ server: StaticServer; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), `cong-truong-${id}-`));
  cpSync(join(NETWORK_DIST, id), dir, { recursive: true });
  const server = await serve(dir);
  servers.push(server);
  return { server, dir };
}

function setParent(dir: string, parent: Record<string, string>): void {
  const file = join(dir, 'api/v1/site.json');
  const site = JSON.parse(readFileSync(file, 'utf8')) as { unit: { parent: unknown } };
  site.unit.parent = parent;
  writeFileSync(file, JSON.stringify(site));
}

/** A sites folder holding only `id`, its site.yaml changed by `change`. */
function aloneInFolder(id: string, change: (yaml: string) => string): string {
  const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-sites-'));
  cpSync(join(NETWORK_SITES_DIR, id), join(sitesDir, id), { recursive: true });
  const yaml = join(sitesDir, id, 'site.yaml');
  writeFileSync(yaml, change(readFileSync(yaml, 'utf8')));
  return sitesDir;
}

let phong: { server: StaticServer; dir: string };
let so: { server: StaticServer; dir: string };
let thcs: { server: StaticServer; dir: string };

beforeAll(async () => {
  [phong, so, thcs] = await Promise.all([
    serveCopy('phong-vhxh-thu-nghiem'),
    serveCopy('so-gddt-thu-nghiem'),
    serveCopy('thcs-thu-nghiem'),
  ]);
  setParent(phong.dir, {
    name: 'Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm',
    id: 'so-gddt-thu-nghiem',
    url: `${so.server.url}/`,
  });
  // A Sở that (wrongly) names the Phòng as its parent: the walk must stop, not loop.
  setParent(so.dir, {
    name: 'Phòng Văn hóa - Xã hội phường Hòa Bình',
    id: 'phong-vhxh-thu-nghiem',
    url: `${phong.server.url}/`,
  });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const cache = () => mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-'));

describe('remote units above a school', () => {
  it('follows the remote Phòng to its remote Sở, stops on the cycle, and takes what each addressed to the school', async () => {
    const sitesDir = aloneInFolder('th-thu-nghiem', (y) =>
      y.replace('  id: phong-vhxh-thu-nghiem\n', `  id: phong-vhxh-thu-nghiem\n  url: ${phong.server.url}/\n`),
    );
    const net = await loadNetwork({
      sitesDir,
      siteId: 'th-thu-nghiem',
      buildDate: DAY,
      cacheDir: cache(),
      timeoutMs: 2000,
    });
    expect(net.warnings).toEqual([]);
    expect(net.ancestors.map((u) => [u.id, u.remote])).toEqual([
      ['phong-vhxh-thu-nghiem', true],
      ['so-gddt-thu-nghiem', true],
    ]);
    expect(net.upstream.documents.map((d) => `${d.from.id}/${d.slug}`)).toEqual([
      'phong-vhxh-thu-nghiem/kiem-tra-cong-khai-truong-tieu-hoc',
      'so-gddt-thu-nghiem/huong-dan-nhiem-vu-nam-hoc-2026-2027',
    ]);
    // The Sở names the school by id two levels down.
    expect(net.upstream.notices.map((n) => `${n.from.id}/${n.slug}`)).toEqual([
      'phong-vhxh-thu-nghiem/thong-bao-lich-nghi-tet-nguyen-dan',
      'so-gddt-thu-nghiem/thong-bao-tap-huan-giao-vien-tieu-hoc',
    ]);
    expect(net.upstream.alerts.map((a) => `${a.from.id}/${a.slug}`)).toEqual(['so-gddt-thu-nghiem/phong-chong-bao-lu']);
  });
});

describe('a member in another repository', () => {
  it('shows its news and the công khai status of its /api/v1/, without an audit score', async () => {
    const sitesDir = aloneInFolder('phong-vhxh-thu-nghiem', (y) => `${y}remoteMembers:\n  - url: ${thcs.server.url}\n`);
    const net = await loadNetwork({
      sitesDir,
      siteId: 'phong-vhxh-thu-nghiem',
      buildDate: DAY,
      cacheDir: cache(),
      timeoutMs: 2000,
    });
    // Alone in its folder, the Phòng's document for th-thu-nghiem reaches no one it can see.
    expect(net.warnings).toEqual([
      expect.stringMatching(
        /^Liên thông: \/.*\/phong-vhxh-thu-nghiem\/content\/van-ban\/kiem-tra-cong-khai-truong-tieu-hoc\.md: «audience\.units» ghi "th-thu-nghiem", không phải đơn vị trực thuộc nào/,
      ),
    ]);
    expect(net.members).toHaveLength(1);
    const [member] = net.members;
    expect(member?.unit).toMatchObject({
      id: 'thcs-thu-nghiem',
      level: 'thcs',
      url: 'https://thcshoabinh.thunghiem.edu.vn/',
      remote: true,
    });
    expect(member?.news.map((n) => n.slug)).toEqual(['hoi-thao-stem', 'dai-hoi-lien-doi']);
    expect(member?.disclosures).toHaveLength(13);
    expect(member?.status.published.filter((p) => p.late).map((p) => p.item)).toEqual(['hoc-phi']);
    expect(member?.status.missing.map((m) => m.item)).toEqual(['kiem-dinh', 'bao-cao-thuong-nien']);
    expect(member?.status.audit).toBeUndefined();
    expect(member?.staleSince).toBeUndefined();
  });
});
