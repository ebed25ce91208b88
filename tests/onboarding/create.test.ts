/**
 * Onboarding end to end, with the real templates: one school from flags, ten from
 * a CSV (every level), all validated by the same validator as the build; three of
 * them built by the real pipeline and checked by the Nu HTML Checker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateSite } from '../../content-schemas/validate.ts';
import { requiredDisclosureItems } from '../../content-schemas/disclosure-items.ts';
import { REQUIRED_PAGES } from '../../content-schemas/collections/pages.ts';
import { LEVEL_KEYS } from '../../content-schemas/levels.ts';
import { createSchools, type CreatedSite } from '../../scripts/lib/onboarding/create.ts';
import { parseSchoolsCsv } from '../../scripts/lib/onboarding/csv.ts';
import { COMMAND_LINE } from '../../scripts/lib/onboarding/input.ts';
import { TEMPLATE_MARKER } from '../../scripts/lib/onboarding/marker.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const TODAY = new Date('2025-11-22T03:00:00Z');
const CSV = join(ROOT, 'tests/fixtures/onboarding/ten-schools.csv');

let sitesDir: string;
let fromFlags: CreatedSite[];
let fromCsv: CreatedSite[];

beforeAll(() => {
  sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-new-school-'));
  fromFlags = createSchools(
    [
      {
        id: 'thcs-nguyen-du',
        name: 'Trường Trung học cơ sở Nguyễn Du',
        level: 'thcs',
        domain: 'THCSNguyenDu.hcm.edu.vn',
        principal: 'Nguyễn Thị Thu Hà',
        source: { file: COMMAND_LINE },
      },
    ],
    { sitesDir, today: TODAY },
  );
  const { inputs, problems } = parseSchoolsCsv(readFileSync(CSV, 'utf8'), 'ten-schools.csv');
  expect(problems).toEqual([]);
  fromCsv = createSchools(inputs, { sitesDir, today: TODAY, schoolYear: '2025-2026' });
});
afterAll(() => rmSync(sitesDir, { recursive: true, force: true }));

const read = (site: string, path: string) => readFileSync(join(sitesDir, site, path), 'utf8');
const frontmatter = (site: string, path: string) =>
  parseYaml(read(site, path).split('---')[1] ?? '') as Record<string, unknown>;

describe('a school from flags', () => {
  it('fills site.yaml from the flags and marks every default', () => {
    expect(fromFlags.map((s) => s.id)).toEqual(['thcs-nguyen-du']);
    const site = parseYaml(read('thcs-nguyen-du', 'site.yaml')) as Record<string, any>;
    expect(site).toMatchObject({
      name: 'Trường Trung học cơ sở Nguyễn Du',
      shortName: 'THCS Nguyễn Du',
      unitType: 'truong',
      level: 'thcs',
      domain: 'thcsnguyendu.hcm.edu.vn',
      responsible: { name: 'Nguyễn Thị Thu Hà', position: 'Hiệu trưởng' },
      editorialBoard: { head: { name: 'Nguyễn Thị Thu Hà' } },
      email: 'lien-he@thcs-nguyen-du.invalid',
      phone: '0000 000 000',
    });
    expect(site.parent.name).toContain(TEMPLATE_MARKER);
    expect(site.address).toContain(TEMPLATE_MARKER);
    // Values whose format cannot hold the marker carry it as a comment on their line.
    expect(read('thcs-nguyen-du', 'site.yaml')).toMatch(/^email: "lien-he@thcs-nguyen-du\.invalid" # \[CẦN THAY\]/m);
  });

  it('has every page the law requires, a leader, a first post, Q&A and the placeholder logo', () => {
    for (const page of REQUIRED_PAGES) expect(read('thcs-nguyen-du', `content/trang/${page}.md`)).toContain('title:');
    expect(frontmatter('thcs-nguyen-du', 'content/lanh-dao/hieu-truong.md')).toMatchObject({
      name: 'Nguyễn Thị Thu Hà',
      position: 'Hiệu trưởng',
    });
    expect(frontmatter('thcs-nguyen-du', 'content/tin-tuc/ra-mat-cong-thong-tin.md')).toMatchObject({
      date: '2025-11-22',
      category: 'thong-bao',
    });
    expect(frontmatter('thcs-nguyen-du', 'content/hoi-dap/cach-gui-cau-hoi.md')).toMatchObject({ asked: '2025-11-22' });
    expect(read('thcs-nguyen-du', 'public/logo.svg')).toContain('>THCS</text>');
    for (const page of ['gioi-thieu', 'lich-su', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc']) {
      expect(read('thcs-nguyen-du', `content/trang/${page}.md`)).toContain(TEMPLATE_MARKER);
    }
  });

  it('has one công khai entry per required item, for the school year of "today"', () => {
    const files = readdirSync(join(sitesDir, 'thcs-nguyen-du/content/cong-khai')).sort();
    expect(files).toEqual(
      requiredDisclosureItems('thcs')
        .map((item) => `2025-2026-${item}.md`)
        .sort(),
    );
    expect(frontmatter('thcs-nguyen-du', 'content/cong-khai/2025-2026-doi-ngu.md')).toMatchObject({
      schoolYear: '2025-2026',
      category: 'dieu-kien',
      item: 'doi-ngu',
      published: '2025-11-22',
    });
  });

  it('leaves no placeholder unfilled', () => {
    const all = spawnSync('grep', ['-rl', '{{', join(sitesDir, 'thcs-nguyen-du')], { encoding: 'utf8' });
    expect(all.stdout).toBe('');
  });
});

describe('ten schools from a CSV', () => {
  it('creates every row, at least one per level', () => {
    expect(fromCsv).toHaveLength(10);
    expect(new Set(fromCsv.map((s) => s.level))).toEqual(new Set(LEVEL_KEYS));
    expect(fromCsv.find((s) => s.id === 'mn-son-ca')?.level).toBe('mam-non');
  });

  it('passes the site validator, every one', () => {
    for (const site of fromCsv) expect(() => validateSite(site.dir), site.id).not.toThrow();
  });

  it('uses the level of each school: its công khai items, its head of unit', () => {
    for (const site of fromCsv) {
      expect(readdirSync(join(site.dir, 'content/cong-khai')).length, site.id).toBe(
        requiredDisclosureItems(site.level!).length,
      );
    }
    expect(frontmatter('gdtx-quang-ngai', 'content/lanh-dao/giam-doc.md')).toMatchObject({
      name: 'Võ Văn Hùng',
      position: 'Giám đốc',
    });
    expect(existsSync(join(sitesDir, 'mn-hoa-mai/content/thuc-don/mau-thuc-don-tuan.md'))).toBe(true);
    expect((parseYaml(read('thpt-ba-to', 'site.yaml')) as { parent: { name: string } }).parent.name).toBe(
      'Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi',
    );
  });
});

function vnuErrors(dir: string): string[] {
  // vnu prints its JSON report on stderr and exits 1 when it finds errors.
  const run = spawnSync('java', ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string; lastLine?: number }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.slice(m.url.indexOf(dir) + dir.length)}:${m.lastLine ?? '?'} ${m.message}`);
}

describe('new sites build and validate as HTML', () => {
  const outRoot = join(TEST_OUTPUT, 'onboarding');
  // One preschool, one lower secondary, one continuing-education centre: the three
  // templates that differ most. The other levels are checked by the validator above.
  const built = ['mn-son-ca', 'thcs-nguyen-du', 'gdtx-quang-ngai'];

  beforeAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    process.env.CONG_TRUONG_CACHE_DIR ??= join(TEST_OUTPUT, '.astro-cache');
    for (const site of built) {
      const result = await buildSite(site, { sitesDir, outRoot });
      expect(result.error ?? '', site).toBe('');
    }
  });

  it.each(built)('%s has its home and công khai pages', (site) => {
    expect(existsSync(join(outRoot, site, 'index.html'))).toBe(true);
    expect(existsSync(join(outRoot, site, 'cong-khai/index.html'))).toBe(true);
    expect(readFileSync(join(outRoot, site, 'index.html'), 'utf8')).toContain('<html lang="vi"');
  });

  it('0 errors from the Nu HTML Checker on every page of the three', () => {
    // One run over the three sites: the JVM starts once.
    expect(vnuErrors(outRoot)).toEqual([]);
  });
});
