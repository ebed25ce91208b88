/**
 * Across repositories: a school whose parent.id names no site of its folder reads its
 * Phòng from the Phòng's published /api/v1/ (a real build of the fixture, served on
 * 127.0.0.1). Reachable: data and cache. Unreachable: the last good copy, a warning
 * naming the unit and the copy's date, and a build that passes. A broken answer never
 * replaces the copy; an alert that ended is never shown, cached or not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlertsApi } from '../../content-schemas/api/alerts.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { portalUrl } from '../../scripts/lib/network/remote.ts';
import { readCopy, writeCopy } from '../../scripts/lib/network/cache.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { NETWORK_DIST, NETWORK_SITES_DIR } from '../helpers/paths.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const PHONG = 'phong-vhxh-thu-nghiem';
const PHONG_NAME = 'Phòng Văn hóa - Xã hội phường Hòa Bình';
const DAY = new Date('2026-12-10T02:00:00Z');

/** The Phòng's built portal, copied so one test can break a file of it. */
const served = mkdtempSync(join(tmpdir(), 'cong-truong-phong-'));
const cacheDir = mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-'));
const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-truong-'));
let server: StaticServer;

beforeAll(async () => {
  cpSync(join(NETWORK_DIST, PHONG), served, { recursive: true });
  server = await serve(served);
  // The school alone in its folder: its Phòng lives in another repository.
  cpSync(join(NETWORK_SITES_DIR, 'th-thu-nghiem'), join(sitesDir, 'th-thu-nghiem'), { recursive: true });
  const yaml = join(sitesDir, 'th-thu-nghiem', 'site.yaml');
  writeFileSync(
    yaml,
    readFileSync(yaml, 'utf8').replace(`  id: ${PHONG}\n`, `  id: ${PHONG}\n  url: ${server.url}/\n`),
  );
});

afterAll(async () => {
  await server?.close();
});

const load = (buildDate = DAY) =>
  loadNetwork({ sitesDir, siteId: 'th-thu-nghiem', buildDate, cacheDir, timeoutMs: 2000 });
const portal = () => portalUrl(`${server.url}/`) as URL;

describe('a Phòng in another repository', () => {
  it('is read over HTTP on this machine only; another host needs https://', () => {
    expect(portalUrl('http://127.0.0.1:8080')).toEqual(new URL('http://127.0.0.1:8080/'));
    expect(portalUrl('http://vhxh-hoabinh.thunghiem.edu.vn/')).toMatchObject({
      en: '"http://vhxh-hoabinh.thunghiem.edu.vn/" does not use https://',
    });
  });

  it('when reachable: what it addressed to the school, and a copy of each file in the cache', async () => {
    const net = await load();
    expect(net.warnings).toEqual([]);
    expect(net.ancestors.map((u) => [u.id, u.name, u.remote])).toEqual([[PHONG, PHONG_NAME, true]]);
    expect(net.upstream.documents.map((d) => [d.slug, d.url])).toEqual([
      [
        'kiem-tra-cong-khai-truong-tieu-hoc',
        'https://vhxh-hoabinh.thunghiem.edu.vn/van-ban/kiem-tra-cong-khai-truong-tieu-hoc/',
      ],
    ]);
    expect(net.upstream.notices.map((n) => n.slug)).toEqual(['thong-bao-lich-nghi-tet-nguyen-dan']);
    for (const name of ['site', 'van-ban', 'tin-tuc', 'thong-bao-khan']) {
      expect(readCopy(cacheDir, portal(), name)?.savedAt, name).toBe(DAY.toISOString());
    }
  });

  it('a broken answer is a warning and never replaces the good copy', async () => {
    const file = join(served, 'api/v1/van-ban.json');
    const good = readFileSync(file, 'utf8');
    const cached = readCopy(cacheDir, portal(), 'van-ban');
    try {
      writeFileSync(file, good.replace(/"issued": "2026-11-25"/, '"issued": "25/11/2026"'));
      const invalid = await load(new Date('2026-12-11T02:00:00Z'));
      writeFileSync(file, '{ "version": 1, ');
      const notJson = await load(new Date('2026-12-11T03:00:00Z'));
      for (const [net, why] of [
        [invalid, 'does not match the /api/v1/ schema'],
        [notJson, 'is not valid JSON'],
      ] as const) {
        expect(net.warnings).toHaveLength(1);
        expect(net.warnings[0]).toContain(`«${PHONG_NAME}»`);
        expect(net.warnings[0]).toContain(`van-ban.json: nội dung`);
        expect(net.warnings[0]).toContain('dùng bản lưu ngày 10/12/2026');
        expect(net.warnings[0]).toContain(`[en] Liên thông: could not read the portal "${PHONG_NAME}"`);
        expect(net.warnings[0]).toContain(why);
        expect(net.upstream.documents.map((d) => d.slug)).toEqual(['kiem-tra-cong-khai-truong-tieu-hoc']);
      }
      expect(readCopy(cacheDir, portal(), 'van-ban')).toEqual(cached);
    } finally {
      writeFileSync(file, good);
    }
  });

  it('an alert that has ended is not shown, even from the cached copy', async () => {
    const copy = readCopy(cacheDir, portal(), 'thong-bao-khan');
    const body = copy?.body as AlertsApi;
    const ended = {
      slug: 'ngap-ung',
      title: 'Học sinh nghỉ học do ngập úng.',
      level: 'urgent' as const,
      levelLabel: 'Khẩn',
      start: '2026-12-09',
      end: '2026-12-11',
      audience: 'all' as const,
    };
    writeCopy(cacheDir, portal(), 'thong-bao-khan', { ...body, items: [ended, ...body.items] }, DAY);
    await server.close();
    try {
      expect((await load(new Date('2026-12-11T02:00:00Z'))).upstream.alerts.map((a) => a.slug)).toEqual(['ngap-ung']);
      expect((await load(new Date('2026-12-12T02:00:00Z'))).upstream.alerts).toEqual([]);
    } finally {
      writeCopy(cacheDir, portal(), 'thong-bao-khan', body, DAY);
    }
  });

  it('when stopped: the last good copy, a warning naming the unit and the date, and the school still builds', async () => {
    const net = await load(new Date('2026-12-20T02:00:00Z'));
    expect(net.ancestors.map((u) => u.id)).toEqual([PHONG]);
    expect(net.upstream.documents.map((d) => d.slug)).toEqual(['kiem-tra-cong-khai-truong-tieu-hoc']);
    expect(net.warnings).toHaveLength(1);
    // site.json was last read well on 11/12, van-ban.json on 10/12 (the broken answers of 11/12 were not kept).
    expect(net.warnings[0]).toMatch(
      new RegExp(
        `^Liên thông: không đọc được cổng «${PHONG_NAME}» \\(http://127\\.0\\.0\\.1:\\d+/\\): site\\.json: không kết nối được \\(ECONNREFUSED\\), dùng bản lưu ngày 11/12/2026; van-ban\\.json: không kết nối được \\(ECONNREFUSED\\), dùng bản lưu ngày 10/12/2026;`,
      ),
    );
    const outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-dist-'));
    const result = await buildSite('th-thu-nghiem', {
      sitesDir,
      outRoot,
      networkCacheDir: cacheDir,
      onWarning: () => {},
    });
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(
      result.warnings?.some((w) => w.includes(`«${PHONG_NAME}»`) && w.includes('dùng bản lưu ngày 10/12/2026')),
    ).toBe(true);
    // Text, not markup: codes such as 2026-2027 are wrapped to keep them on one line.
    const listing = readFileSync(join(outRoot, 'th-thu-nghiem', 'van-ban', 'index.html'), 'utf8').replace(
      /<[^>]+>/g,
      '',
    );
    expect(listing).toContain('kiểm tra công tác công khai năm học 2026-2027');
    expect(existsSync(join(outRoot, 'th-thu-nghiem', 'index.html'))).toBe(true);
  });

  it('with no copy at all: nothing from that unit, and the warning says so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-'));
    const net = await loadNetwork({
      sitesDir,
      siteId: 'th-thu-nghiem',
      buildDate: DAY,
      cacheDir: empty,
      timeoutMs: 2000,
    });
    expect([net.ancestors, net.upstream]).toEqual([[], { documents: [], notices: [], alerts: [] }]);
    expect(net.warnings).toHaveLength(1);
    expect(net.warnings[0]).toContain('chưa có bản lưu nên bỏ qua');
    expect(net.warnings[0]).toContain('Nothing of this unit is shown in this build.');
  });
});
