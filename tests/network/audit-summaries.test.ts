/**
 * Each build leaves its audit summary in `<out-dir>/.audit/<id>.json`, judged on what
 * the build had just read and built; a Phòng's build reads its members' summaries
 * instead of auditing them again, when they are fresh. Real builds of the liên thông
 * fixture (two schools, then their Phòng) in a copy of its sites folder.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, summaryLine } from '../../scripts/audit/index.ts';
import { buildSite, type BuildResult } from '../../scripts/lib/build-site.ts';
import { summaryFile, type AuditSummary } from '../../scripts/lib/network/audit-summary.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { memberAudits } from '../../scripts/lib/network/members.ts';
import { NETWORK_SITES_DIR } from '../helpers/paths.ts';

const PHONG = 'phong-vhxh-thu-nghiem';
const SCHOOLS = ['th-thu-nghiem', 'thcs-thu-nghiem'];
const work = mkdtempSync(join(tmpdir(), 'cong-truong-audit-summary-'));
const sitesDir = join(work, 'sites');
const outRoot = join(work, 'dist');
const built: Record<string, BuildResult> = {};
const original: Record<string, string> = {};

const summaryOf = (id: string) => JSON.parse(readFileSync(summaryFile(outRoot, id), 'utf8')) as AuditSummary;
/** The instant the schools were built: the summaries' day, whatever the clock says now. */
const builtAt = () => new Date(summaryOf(SCHOOLS[0]!).builtAt);
/** What `npm run audit` finds from the disk, on the day the summaries were judged. */
const diskAudit = (id: string) =>
  auditSite(join(sitesDir, id), join(outRoot, id), { date: new Date(`${summaryOf(SCHOOLS[0]!).day}T00:00:00Z`) });

async function loadPhong(buildDate = builtAt()) {
  const before = { ...memberAudits };
  const network = await loadNetwork({ sitesDir, siteId: PHONG, outRoot, buildDate, cacheDir: join(work, 'cache') });
  const audited = memberAudits.audited - before.audited;
  const fromSummary = memberAudits.fromSummary - before.fromSummary;
  const status = (id: string) => network.members.find((m) => m.unit.id === id)?.status;
  return { network, audited, fromSummary, status };
}

function restore(): void {
  for (const id of SCHOOLS) writeFileSync(summaryFile(outRoot, id), original[id]!);
}

beforeAll(async () => {
  cpSync(NETWORK_SITES_DIR, sitesDir, { recursive: true });
  for (const id of SCHOOLS) {
    built[id] = await buildSite(id, { sitesDir, outRoot, onWarning: () => {} });
    if (!built[id].ok) throw new Error(`${id}: ${built[id].error}`);
    original[id] = readFileSync(summaryFile(outRoot, id), 'utf8');
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the audit a build runs on what it has just read and built', () => {
  it('says what `npm run audit` says from the disk, in the build line and in the summary', () => {
    for (const id of SCHOOLS) {
      const disk = diskAudit(id);
      expect(disk.built, id).toBe(true);
      expect(built[id]!.audit?.line, id).toBe(summaryLine(disk));
      expect(summaryOf(id).audit, id).toEqual({
        score: disk.score,
        band: disk.band,
        errors: disk.counts.error,
        warnings: disk.counts.warning,
        infos: disk.counts.info,
      });
    }
  });

  it('keeps the summary out of the published site, next to it in a hidden folder', () => {
    expect(summaryFile(outRoot, 'th-thu-nghiem')).toBe(join(outRoot, '.audit', 'th-thu-nghiem.json'));
    expect(existsSync(join(outRoot, 'th-thu-nghiem', '.audit'))).toBe(false);
    expect(built['th-thu-nghiem']!.audit?.summaryFile).toBe(summaryFile(outRoot, 'th-thu-nghiem'));
  });

  it('gives the unit the same member feeds (news, documents, công khai, status) as reading and auditing the members', async () => {
    restore();
    const when = builtAt();
    const fresh = await loadPhong(when);
    for (const id of SCHOOLS) rmSync(summaryFile(outRoot, id));
    const audited = await loadPhong(when);
    expect([fresh.fromSummary, audited.audited]).toEqual([2, 2]);
    for (const id of SCHOOLS) expect(fresh.status(id), id).toEqual(audited.status(id));
    // From the summary, the feeds come from the members' published /api/v1/ files, not their content.
    expect(fresh.network.members.map((m) => m.news.length)).not.toContain(0);
    expect(fresh.network.members).toEqual(audited.network.members);
    restore();
  });
});

describe("a unit's build and its members' summaries", () => {
  it('reads fresh summaries instead of auditing the members again', async () => {
    restore();
    const { audited, fromSummary, network } = await loadPhong();
    expect([audited, fromSummary]).toEqual([0, 2]);
    expect(network.warnings).toEqual([]);
  });

  it('shows what the summary says on its status page, not a new audit (a marked, fresh summary)', async () => {
    restore();
    const marked = { ...summaryOf('th-thu-nghiem') };
    marked.audit = { ...marked.audit, score: 7, errors: 77 };
    writeFileSync(summaryFile(outRoot, 'th-thu-nghiem'), JSON.stringify(marked));
    expect((await loadPhong()).status('th-thu-nghiem')?.audit).toMatchObject({ score: 7, errors: 77 });

    const phong = await buildSite(PHONG, { sitesDir, outRoot, onWarning: () => {} });
    expect(phong.ok, phong.error).toBe(true);
    const page = readFileSync(join(outRoot, PHONG, 'truong-hoc/cong-khai/index.html'), 'utf8');
    expect(page).toContain('Điểm đánh giá cổng: 7/100');
    expect(page).toContain('77 lỗi');
    const thcs = summaryOf('thcs-thu-nghiem').audit;
    expect(page).toContain(`Điểm đánh giá cổng: ${thcs.score}/100`);
    // The Phòng's own build left its summary too (a Sở reads it).
    expect(summaryOf(PHONG).site).toBe(PHONG);
    restore();
  });

  it("takes a fresh member's news from the /api/v1/ files its build published, not from its content", async () => {
    restore();
    const file = join(outRoot, 'th-thu-nghiem', 'api/v1/tin-tuc.json');
    const published = readFileSync(file, 'utf8');
    const news = JSON.parse(published) as { items: { title: string }[] };
    news.items[0]!.title = 'Dấu kiểm tra: đọc từ tin-tuc.json đã dựng';
    writeFileSync(file, JSON.stringify(news));
    try {
      const run = await loadPhong();
      expect(run.fromSummary).toBe(2);
      expect(run.network.members.find((m) => m.unit.id === 'th-thu-nghiem')?.news.map((n) => n.title)).toContain(
        'Dấu kiểm tra: đọc từ tin-tuc.json đã dựng',
      );
      // A published file that no longer matches the schema: the member's content is read instead.
      writeFileSync(file, JSON.stringify({ ...news, items: 'hỏng' }));
      const fallback = await loadPhong();
      expect(
        fallback.network.members.find((m) => m.unit.id === 'th-thu-nghiem')?.news.map((n) => n.title),
      ).not.toContain('Dấu kiểm tra: đọc từ tin-tuc.json đã dựng');
      expect(fallback.network.warnings).toEqual([]);
    } finally {
      writeFileSync(file, published);
    }
  });

  it('audits a member again when its content changed since its build', async () => {
    restore();
    const news = join(sitesDir, 'th-thu-nghiem/content/tin-tuc');
    const source = join(
      news,
      readdirSync(news)
        .filter((n) => n.endsWith('.md'))
        .sort()[0]!,
    );
    const text = readFileSync(source, 'utf8');
    writeFileSync(source, `${text}\nCập nhật: nhà trường bổ sung ảnh hoạt động.\n`);
    try {
      const run = await loadPhong();
      expect([run.audited, run.fromSummary]).toEqual([1, 1]);
      expect(run.network.warnings).toEqual([]);
    } finally {
      writeFileSync(source, text);
    }
    expect((await loadPhong()).fromSummary).toBe(2);
  });

  it('audits a member again on another day, or when its output was rebuilt or removed', async () => {
    restore();
    const nextDay = new Date(builtAt().getTime() + 24 * 3600 * 1000);
    expect((await loadPhong(nextDay)).audited).toBe(2);

    const index = join(outRoot, 'th-thu-nghiem', 'index.html');
    const later = new Date(Date.now() + 60_000);
    utimesSync(index, later, later);
    const rebuilt = await loadPhong();
    expect([rebuilt.audited, rebuilt.fromSummary]).toEqual([1, 1]);
  });

  it('audits a member whose summary is missing, without a warning', async () => {
    rmSync(summaryFile(outRoot, 'thcs-thu-nghiem'));
    const run = await loadPhong();
    expect(run.audited).toBeGreaterThanOrEqual(1);
    expect(run.network.warnings).toEqual([]);
    expect(run.status('thcs-thu-nghiem')?.audit?.score).toBe(diskAudit('thcs-thu-nghiem').score);
    restore();
  });

  it('warns about a damaged summary, in Vietnamese and English, and audits the member instead of failing', async () => {
    for (const damaged of [
      '{"format": 1, "site": "thcs-thu-ng',
      JSON.stringify({ format: 1, site: 'thcs-thu-nghiem', day: 'hôm qua' }),
      '\u0000\u0001',
    ]) {
      writeFileSync(summaryFile(outRoot, 'thcs-thu-nghiem'), damaged);
      const run = await loadPhong();
      const shown = relative(process.cwd(), summaryFile(outRoot, 'thcs-thu-nghiem'));
      expect(run.network.warnings, damaged).toHaveLength(1);
      expect(run.network.warnings[0]).toContain(`tệp tóm tắt kiểm tra ${shown} của "thcs-thu-nghiem" bị hỏng`);
      expect(run.network.warnings[0]).toContain(
        'Cách sửa: dựng lại đơn vị đó (npm run build -- --site thcs-thu-nghiem)',
      );
      expect(run.network.warnings[0]).toContain('[en] Liên thông: the audit summary');
      expect(run.status('thcs-thu-nghiem')?.audit?.score).toBe(diskAudit('thcs-thu-nghiem').score);
    }
    restore();
  });
});
