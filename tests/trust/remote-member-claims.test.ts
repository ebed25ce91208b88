/**
 * Member portals of another repository, as a compromised one would answer a Phòng
 * (remoteMembers): `/api/v1/` files that pass the schema but carry markup, bidi
 * overrides and links to other hosts in their titles, summaries and addresses; one
 * that claims the id of a local school, one that claims its domain, and one whose
 * news names a `javascript:` address. The payloads are the real ones of the network
 * fixture's THCS (the same builders as its own build), edited and served on
 * loopback. The loader leaves out the impostors and every off-host item or file,
 * each with a bilingual warning; a real build of the Phòng succeeds and shows the
 * honest member's news as text, linking only to that member's own host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readLocalUnit } from '../../scripts/lib/network/local.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import type { Network } from '../../content-schemas/network.ts';
import { buildSite, type BuildResult } from '../../scripts/lib/build-site.ts';
import { sitePayload } from '../../content-schemas/api/payloads/site.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { NETWORK_SITES_DIR } from '../helpers/paths.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const DAY = new Date('2026-12-10T02:00:00Z');
const OWN = 'https://thcshoabinh.thunghiem.edu.vn';
const LOCAL_SCHOOL = { id: 'th-thu-nghiem', host: 'thhoabinh.thunghiem.edu.vn' };
const EVIL = 'https://evil.example/dang-nhap/';
const HOSTILE_TITLE = '<script>alert(1)</script> Hội thảo \u202ESTEM';
const HOSTILE_SUMMARY = '"><img src=x onerror=alert(2)> Tóm tắt';

let root: string;
let sitesDir: string;
let server: StaticServer;
let network: Network;
let build: BuildResult;
let outRoot: string;

type Json = Record<string, any>;

/** A fixture unit's real /api/v1/ payloads (the THCS by default), as its own build would publish them. */
async function realPayloads(
  id = 'thcs-thu-nghiem',
): Promise<Record<'site' | 'tin-tuc' | 'van-ban' | 'cong-khai' | 'thong-bao-khan', Json>> {
  const unit = await readLocalUnit(NETWORK_SITES_DIR, id, DAY);
  const site = sitePayload({ siteId: id, site: loadSiteConfig(join(NETWORK_SITES_DIR, id)), buildDate: DAY });
  return structuredClone({
    site,
    'tin-tuc': unit!.news!,
    'van-ban': unit!.documents!,
    'cong-khai': unit!.disclosures!,
    'thong-bao-khan': unit!.alerts!,
  });
}

/** The same portal moved to another host: every address in its files follows. */
function movedTo<T>(payloads: T, host: string): T {
  return JSON.parse(JSON.stringify(payloads).replaceAll(OWN, `https://${host}`)) as T;
}

function publish(folder: string, files: Record<string, Json>): void {
  mkdirSync(join(root, folder, 'api/v1'), { recursive: true });
  for (const [name, body] of Object.entries(files))
    writeFileSync(join(root, folder, 'api/v1', `${name}.json`), JSON.stringify(body));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cong-truong-remote-claims-'));
  // A: the honest member, compromised: hostile text, one article and one file on another host.
  const a = await realPayloads();
  a['tin-tuc'].items[0].title = HOSTILE_TITLE;
  a['tin-tuc'].items[0].description = HOSTILE_SUMMARY;
  a['tin-tuc'].items[1].url = EVIL;
  a['cong-khai'].years[0].items[0].files = [
    ...a['cong-khai'].years[0].items[0].files,
    { title: 'Biểu mẫu', url: 'https://evil.example/bieu-mau.pdf' },
  ];
  publish('a', a);
  // B: claims the id of the Phòng's local school; C: claims its domain.
  const b = await realPayloads();
  b.site.site = LOCAL_SCHOOL.id;
  b.site.unit.name = 'Trường Tiểu học Thử Nghiệm';
  publish('b', b);
  const c = movedTo(await realPayloads(), LOCAL_SCHOOL.host);
  c.site.site = 'thcs-gia-mao';
  publish('c', c);
  // D: another school, whose news file names a javascript: address: that file fails the schema as a whole.
  const d = movedTo(await realPayloads(), 'thcs-d.thunghiem.edu.vn');
  d.site.site = 'thcs-d';
  d['tin-tuc'].items[0].url = 'javascript:alert(3)';
  publish('d', d);
  // P: the school's Phòng in another repository, compromised: a document it addresses leads elsewhere.
  const p = await realPayloads('phong-vhxh-thu-nghiem');
  const addressed = p['van-ban'].items.find((d: Json) => d.slug === 'kiem-tra-cong-khai-truong-tieu-hoc');
  addressed.url = EVIL;
  publish('p', p);
  server = await serve(root);

  sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-sites-'));
  for (const id of ['phong-vhxh-thu-nghiem', LOCAL_SCHOOL.id])
    cpSync(join(NETWORK_SITES_DIR, id), join(sitesDir, id), { recursive: true });
  const yaml = join(sitesDir, 'phong-vhxh-thu-nghiem/site.yaml');
  writeFileSync(
    yaml,
    `${readFileSync(yaml, 'utf8')}remoteMembers:\n${['a', 'b', 'c', 'd'].map((f) => `  - url: ${server.url}/${f}/\n`).join('')}`,
  );
  network = await loadNetwork({
    sitesDir,
    siteId: 'phong-vhxh-thu-nghiem',
    buildDate: DAY,
    cacheDir: mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-')),
    timeoutMs: 2000,
  });
});

afterAll(async () => {
  await server?.close();
  for (const dir of [root, sitesDir, outRoot]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the loader', () => {
  it('keeps the local school and the two members that are who they say, without D’s broken news', () => {
    expect(network.members.map((m) => [m.unit.id, m.unit.remote])).toEqual([
      [LOCAL_SCHOOL.id, false],
      ['thcs-thu-nghiem', true],
      ['thcs-d', true],
    ]);
    expect(network.members.find((m) => m.unit.id === 'thcs-d')?.news).toEqual([]);
  });

  it('leaves out the impostors and the broken file, each with a bilingual warning naming the portal', () => {
    const about = (folder: string) => network.warnings.filter((w) => w.includes(`${server.url}/${folder}/`));
    expect(about('b')).toEqual([
      `Liên thông: bỏ qua cổng ${server.url}/b/: cổng này tự nhận là «${LOCAL_SCHOOL.id}» (thcshoabinh.thunghiem.edu.vn), trùng mã hoặc tên miền của đơn vị «${LOCAL_SCHOOL.id}» (${LOCAL_SCHOOL.host}). Cách sửa: kiểm tra địa chỉ này trong remoteMembers của site.yaml và báo đơn vị quản lý cổng đó. | [en] Liên thông: skipped the portal ${server.url}/b/: it claims to be "${LOCAL_SCHOOL.id}" (thcshoabinh.thunghiem.edu.vn), the id or domain of the unit "${LOCAL_SCHOOL.id}" (${LOCAL_SCHOOL.host}). Fix: check this address in site.yaml's remoteMembers and tell whoever runs that portal.`,
    ]);
    expect(about('c')).toEqual([expect.stringContaining(`cổng này tự nhận là «thcs-gia-mao» (${LOCAL_SCHOOL.host})`)]);
    expect(about('d')).toEqual([
      expect.stringContaining('tin-tuc.json: nội dung không khớp chuẩn kết nối /api/v1/, chưa có bản lưu nên bỏ qua'),
    ]);
  });

  it('drops the off-host article and file, with a warning, and keeps the text as data', () => {
    const member = network.members.find((m) => m.unit.id === 'thcs-thu-nghiem')!;
    expect(member.news.map((n) => n.url)).toEqual([`${OWN}/tin-tuc/hoi-thao-stem/`]);
    expect(member.news[0]?.title).toBe(HOSTILE_TITLE.replace('\u202E', ''));
    const files = [...member.disclosures.flatMap((d) => d.files), ...member.documents.flatMap((d) => d.files)];
    expect(files.filter((f) => !f.url.startsWith(`${OWN}/`))).toEqual([]);
    expect(network.warnings.filter((w) => w.includes(`${server.url}/a/`))).toEqual([
      expect.stringMatching(
        /^Liên thông: cổng «[^»]+» \(.*\/a\/\) có 2 địa chỉ \(bài, văn bản, tệp\) không thuộc tên miền thcshoabinh\.thunghiem\.edu\.vn của chính nó; đã bỏ qua\..* \| \[en\] /,
      ),
    ]);
  });
});

describe('a real build of the Phòng', () => {
  beforeAll(async () => {
    outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-remote-claims-out-'));
    build = await buildSite('phong-vhxh-thu-nghiem', {
      sitesDir,
      outRoot,
      onOutput: () => {},
      onWarning: () => {},
      networkCacheDir: mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-')),
    });
  });

  it('succeeds and shows the member’s news as text, linking only to members’ own hosts', () => {
    expect(build.error).toBeUndefined();
    const dist = join(outRoot, 'phong-vhxh-thu-nghiem');
    for (const page of ['index.html', 'truong-hoc/index.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      const { document } = parseHTML(html);
      expect(html, page).not.toContain('evil.example');
      expect(html, page).not.toContain('thcs-gia-mao');
      expect(document.querySelectorAll('main script, main img[onerror]').length, page).toBe(0);
      for (const a of document.querySelectorAll('main a[href^="http"]')) {
        const host = new URL(a.getAttribute('href')!).host;
        expect(
          ['thcshoabinh.thunghiem.edu.vn', 'thcs-d.thunghiem.edu.vn', LOCAL_SCHOOL.host],
          `${page}: ${host}`,
        ).toContain(host);
      }
    }
    const home = parseHTML(readFileSync(join(dist, 'index.html'), 'utf8')).document;
    const link = [...home.querySelectorAll('a')].find(
      (a) => a.getAttribute('href') === `${OWN}/tin-tuc/hoi-thao-stem/`,
    );
    expect(link?.textContent).toBe('<script>alert(1)</script> Hội thảo STEM');
  });
});

describe('a school whose Phòng is in another repository', () => {
  it('shows only what the Phòng addresses on its own host, with a warning', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'cong-truong-sites-'));
    cpSync(join(NETWORK_SITES_DIR, LOCAL_SCHOOL.id), join(alone, LOCAL_SCHOOL.id), { recursive: true });
    const yaml = join(alone, LOCAL_SCHOOL.id, 'site.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace(
        '  id: phong-vhxh-thu-nghiem\n',
        `  id: phong-vhxh-thu-nghiem\n  url: ${server.url}/p/\n`,
      ),
    );
    const net = await loadNetwork({
      sitesDir: alone,
      siteId: LOCAL_SCHOOL.id,
      buildDate: DAY,
      cacheDir: mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-')),
      timeoutMs: 2000,
    });
    rmSync(alone, { recursive: true, force: true });
    expect(net.ancestors.map((u) => [u.id, u.remote])).toEqual([['phong-vhxh-thu-nghiem', true]]);
    const links = [...net.upstream.documents, ...net.upstream.notices].map((d) => d.url);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !url.startsWith('https://vhxh-hoabinh.thunghiem.edu.vn/'))).toEqual([]);
    expect(net.upstream.documents.map((d) => d.slug)).not.toContain('kiem-tra-cong-khai-truong-tieu-hoc');
    expect(net.warnings).toEqual([
      expect.stringMatching(
        /^Liên thông: cổng «[^»]+» \(.*\/p\/\) có 1 địa chỉ \(bài, văn bản, tệp\) không thuộc tên miền vhxh-hoabinh\.thunghiem\.edu\.vn của chính nó; đã bỏ qua\./,
      ),
    ]);
  });
});
