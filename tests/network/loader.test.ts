/**
 * The liên thông loader over the three-level fixture (a Sở, its Phòng, a tiểu học and
 * a THCS under the Phòng): what each site receives from above, by audience and by
 * date, and what a unit sees of its members, against the audit of their real builds.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Network } from '../../content-schemas/network.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { auditSite } from '../../scripts/audit/index.ts';
import { listSites } from '../../scripts/lib/sites.ts';
import { NETWORK_DIST, NETWORK_SITES_DIR } from '../helpers/paths.ts';

const SITES = listSites(NETWORK_SITES_DIR);
const cacheDir = mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-'));
/** 10/12/2026, 9:00 in Vietnam. */
const DAY = new Date('2026-12-10T02:00:00Z');

const load = (siteId: string, buildDate = DAY): Promise<Network> =>
  loadNetwork({ sitesDir: NETWORK_SITES_DIR, siteId, outRoot: NETWORK_DIST, buildDate, cacheDir });

/** Which sites of the fixture receive each upstream entry, by `<sender>/<slug>`. */
async function receivers(kind: keyof Network['upstream'], buildDate = DAY): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const id of SITES) {
    for (const item of (await load(id, buildDate)).upstream[kind])
      (found[`${item.from.id}/${item.slug}`] ??= []).push(id);
  }
  return found;
}

describe('documents and notices from above', () => {
  it('reach exactly the addressed units: by all (recursively), by level, by id; none without audience', async () => {
    expect(await receivers('documents')).toEqual({
      'so-gddt-thu-nghiem/huong-dan-nhiem-vu-nam-hoc-2026-2027': [
        'phong-vhxh-thu-nghiem',
        'th-thu-nghiem',
        'thcs-thu-nghiem',
      ],
      'so-gddt-thu-nghiem/ke-hoach-thi-hoc-sinh-gioi-lop-9': ['thcs-thu-nghiem'],
      'phong-vhxh-thu-nghiem/kiem-tra-cong-khai-truong-tieu-hoc': ['th-thu-nghiem'],
    });
    expect(await receivers('notices')).toEqual({
      'so-gddt-thu-nghiem/thong-bao-tap-huan-giao-vien-tieu-hoc': ['th-thu-nghiem'],
      'phong-vhxh-thu-nghiem/thong-bao-hoi-thi-giao-vien-day-gioi-thcs': ['thcs-thu-nghiem'],
      'phong-vhxh-thu-nghiem/thong-bao-lich-nghi-tet-nguyen-dan': ['th-thu-nghiem', 'thcs-thu-nghiem'],
    });
  });

  it('lists the units above, nearest first, and what they sent newest first, with the sender', async () => {
    const net = await load('thcs-thu-nghiem');
    expect(net.ancestors.map((u) => [u.id, u.unitType, u.url, u.remote])).toEqual([
      ['phong-vhxh-thu-nghiem', 'phong', 'https://vhxh-hoabinh.thunghiem.edu.vn/', false],
      ['so-gddt-thu-nghiem', 'so', 'https://sogddt.thunghiem.edu.vn/', false],
    ]);
    expect(net.upstream.documents.map((d) => [d.issued, d.from.shortName, d.url])).toEqual([
      [
        '2026-10-12',
        'Sở GD&ĐT Thử Nghiệm',
        'https://sogddt.thunghiem.edu.vn/van-ban/ke-hoach-thi-hoc-sinh-gioi-lop-9/',
      ],
      [
        '2026-08-25',
        'Sở GD&ĐT Thử Nghiệm',
        'https://sogddt.thunghiem.edu.vn/van-ban/huong-dan-nhiem-vu-nam-hoc-2026-2027/',
      ],
    ]);
    expect(net.upstream.documents[1]?.files).toEqual([
      { title: 'Toàn văn hướng dẫn', url: 'https://sogddt.thunghiem.edu.vn/tep/huong-dan-nhiem-vu-2026-2027.pdf' },
    ]);
    expect(net.upstream.notices.map((n) => n.date)).toEqual(['2026-12-01', '2026-11-18']);
    expect(net.warnings).toEqual([]);
  });

  it('gives the Sở nothing from above (its parent is no portal of the system)', async () => {
    const net = await load('so-gddt-thu-nghiem');
    expect([net.ancestors, net.upstream]).toEqual([[], { documents: [], notices: [], alerts: [] }]);
  });
});

describe('alerts from above', () => {
  const alertsOn = async (instant: string) =>
    (await load('thcs-thu-nghiem', new Date(instant))).upstream.alerts.map((a) => `${a.from.id}/${a.slug}`);

  it('appear before and while in force and disappear once ended, by the day in Vietnam', async () => {
    // The Phòng's power cut at the THCS runs 08–12/12/2026; the Sở's cold-weather closure ran 12–16/01/2026.
    // Upcoming ones are listed too (latest start first): the page shows each from its start.
    expect(await alertsOn('2026-01-14T02:00:00Z')).toEqual([
      'phong-vhxh-thu-nghiem/cat-dien-truong-thcs',
      'so-gddt-thu-nghiem/nghi-hoc-do-ret-dam',
      'so-gddt-thu-nghiem/phong-chong-bao-lu',
    ]);
    expect(await alertsOn('2026-01-17T02:00:00Z')).toEqual([
      'phong-vhxh-thu-nghiem/cat-dien-truong-thcs',
      'so-gddt-thu-nghiem/phong-chong-bao-lu',
    ]);
    expect(await alertsOn('2026-12-05T02:00:00Z')).toEqual([
      'phong-vhxh-thu-nghiem/cat-dien-truong-thcs',
      'so-gddt-thu-nghiem/phong-chong-bao-lu',
    ]);
    // 23:59 on 12/12 in Vietnam, then midnight of 13/12.
    expect(await alertsOn('2026-12-12T16:59:00Z')).toEqual([
      'phong-vhxh-thu-nghiem/cat-dien-truong-thcs',
      'so-gddt-thu-nghiem/phong-chong-bao-lu',
    ]);
    expect(await alertsOn('2026-12-12T17:00:00Z')).toEqual(['so-gddt-thu-nghiem/phong-chong-bao-lu']);
  });

  it('reach only the addressed school', async () => {
    const th = (await load('th-thu-nghiem')).upstream.alerts;
    expect(th.map((a) => [a.slug, a.start, a.end])).toEqual([['phong-chong-bao-lu', '2026-01-01', '2099-12-31']]);
  });
});

describe('a unit and its members', () => {
  it('the Phòng sees both schools, their news and the công khai status the audit finds', async () => {
    const net = await load('phong-vhxh-thu-nghiem');
    expect(net.members.map((m) => [m.unit.id, m.unit.level, m.news.map((n) => n.date)])).toEqual([
      ['th-thu-nghiem', 'tieu-hoc', ['2026-12-02', '2026-11-15', '2026-09-05']],
      ['thcs-thu-nghiem', 'thcs', ['2026-11-22', '2026-10-08']],
    ]);
    for (const m of net.members) {
      const audit = auditSite(join(NETWORK_SITES_DIR, m.unit.id), join(NETWORK_DIST, m.unit.id), {
        date: new Date('2026-12-10T00:00:00Z'),
      });
      expect(audit.built, m.unit.id).toBe(true);
      expect(m.status.audit).toEqual({
        score: audit.score,
        band: audit.band,
        errors: audit.counts.error,
        warnings: audit.counts.warning,
      });
      const findings = (rule: string) => audit.findings.filter((f) => f.rule === rule).length;
      expect(m.status.missing.length, m.unit.id).toBe(findings('cong-khai-day-du'));
      expect(m.status.published.filter((p) => p.late).length, m.unit.id).toBe(
        findings('cong-khai-10-ngay') + findings('cong-khai-han-nam'),
      );
    }
    const [th, thcs] = net.members;
    expect([th?.status.expected, th?.status.published.length, th?.status.missing]).toEqual([15, 15, []]);
    expect(thcs?.status.published.filter((p) => p.late).map((p) => [p.item, p.published])).toEqual([
      ['hoc-phi', '2026-10-20'],
    ]);
    expect(thcs?.status.missing).toEqual([
      { item: 'kiem-dinh', itemLabel: 'Kết quả tự đánh giá, kiểm định chất lượng', overdue: false },
      { item: 'bao-cao-thuong-nien', itemLabel: 'Báo cáo thường niên (số liệu đến 31/12)', overdue: false },
    ]);
  });

  it('a missing item becomes overdue after 30/6 of the năm học', async () => {
    const net = await load('phong-vhxh-thu-nghiem', new Date('2027-07-02T02:00:00Z'));
    const thcs = net.members.find((m) => m.unit.id === 'thcs-thu-nghiem');
    expect(thcs?.status.schoolYear).toBe('2026-2027');
    expect(thcs?.status.missing.map((m) => m.overdue)).toEqual([true, true]);
  });

  it('the Sở sees its Phòng (no công khai of its own), and schools see no members', async () => {
    const so = await load('so-gddt-thu-nghiem');
    expect(so.members.map((m) => [m.unit.id, m.status.expected])).toEqual([['phong-vhxh-thu-nghiem', 0]]);
    expect((await load('th-thu-nghiem')).members).toEqual([]);
  });
});
