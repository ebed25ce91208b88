/** Reports: summary line, score, ranking, JSON, GitHub and GitLab annotations, HTML (vnu), CLI. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankResults, summaryLine, type Ranked } from '../../scripts/audit/index.ts';
import { jsonReport } from '../../scripts/audit/report/json.ts';
import { githubAnnotations } from '../../scripts/audit/report/github.ts';
import { gitlabCodeQuality } from '../../scripts/audit/report/gitlab.ts';
import { htmlReport, REPORT_TITLE } from '../../scripts/audit/report/html.ts';
import { consoleReport } from '../../scripts/audit/report/console.ts';
import { score } from '../../scripts/audit/score.ts';
import type { Finding } from '../../scripts/audit/types.ts';
import { ROOT } from '../helpers/paths.ts';
import { variant, type Variant } from './helpers/variant.ts';
import { MUTATIONS } from './helpers/mutations.ts';
import { fakeBuild } from './helpers/fake-build.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

const mutation = (rule: string, severity?: Finding['severity']) =>
  MUTATIONS.find((m) => m.rule === rule && (!severity || m.severity === severity))?.apply as (v: Variant) => void;

/** Three schools of one parent unit, in one sites folder: clean, one warning, errors. */
function schools(): { root: string; results: Ranked[] } {
  const root = mkdtempSync(join(tmpdir(), 'cong-truong-audit-many-'));
  mkdirSync(join(root, 'sites'));
  mkdirSync(join(root, 'dist'));
  const make = (id: string, name: string, change?: (v: Variant) => void) => {
    const v = variant(id);
    v.edit('site.yaml', (s) =>
      s
        .replace(/^name: .*$/m, `name: ${name}`)
        .replace(/^shortName: .*$/m, `shortName: ${name.replace('Trường Trung học cơ sở', 'THCS')}`),
    );
    fakeBuild(v.siteDir, v.distDir);
    change?.(v);
    renameSync(v.siteDir, join(root, 'sites', id));
    renameSync(v.distDir, join(root, 'dist', id));
  };
  make('thcs-an-binh', 'Trường Trung học cơ sở An Bình', (v) => {
    mutation('cong-khai-day-du', 'error')(v);
    mutation('lien-he')(v);
  });
  make('thcs-binh-minh', 'Trường Trung học cơ sở Bình Minh', mutation('lay-y-kien-ket-qua'));
  make('thcs-cam-tu', 'Trường Trung học cơ sở Cẩm Tú');
  make('thcs-dong-tien', 'Trường Trung học cơ sở Đồng Tiến');
  return { root, results: [] };
}

function runCli(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/audit.ts'), ...args], { cwd, encoding: 'utf8' });
}

let many: { root: string; results: Ranked[] };

beforeAll(async () => {
  many = schools();
  const { auditSite } = await import('../../scripts/audit/index.ts');
  const { utcDate } = await import('../../scripts/audit/dates.ts');
  many.results = rankResults(
    ['thcs-an-binh', 'thcs-binh-minh', 'thcs-cam-tu', 'thcs-dong-tien'].map((id) =>
      auditSite(join(many.root, 'sites', id), join(many.root, 'dist', id), {
        date: utcDate(2026, 11, 22),
        root: many.root,
      }),
    ),
  );
});

describe('score and ranking', () => {
  it('summarises a site in one line for the build log', () => {
    const binhMinh = many.results.find((r) => r.id === 'thcs-binh-minh') as Ranked;
    expect(summaryLine(binhMinh)).toBe('Kiểm tra: 0 lỗi, 1 cảnh báo (điểm 97/100)');
  });

  it('ranks by score, ties share a rank and are ordered by name', () => {
    expect(many.results.map((r) => [r.rank, r.id, r.score])).toEqual([
      [1, 'thcs-cam-tu', 100],
      [1, 'thcs-dong-tien', 100],
      [3, 'thcs-binh-minh', 97],
      [4, 'thcs-an-binh', 80],
    ]);
  });

  it('caps one rule at twice its worst finding and each category at its cap', () => {
    const f = (rule: string, severity: Finding['severity'], category: Finding['category'] = 'noi-dung'): Finding => ({
      rule,
      severity,
      category,
      message: '',
      basis: '',
      fix: '',
    });
    expect(score([f('a', 'error')])).toBe(90);
    expect(score(Array.from({ length: 9 }, () => f('a', 'error')))).toBe(80);
    expect(score([f('a', 'warning'), f('a', 'warning'), f('a', 'warning')])).toBe(94);
    expect(score(['a', 'b', 'c', 'd', 'e'].map((r) => f(r, 'error')))).toBe(60);
    expect(score(['a', 'b'].map((r) => f(r, 'error', 'bo-cuc')))).toBe(90);
    expect(score([f('a', 'info'), f('b', 'info')])).toBe(100);
  });
});

describe('JSON report', () => {
  it('has a stable, documented shape', () => {
    const report = jsonReport(many.results, '2026-11-22');
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'date', 'sites', 'rules', 'configErrors']);
    const site = report.sites[3] as Record<string, unknown>;
    expect(Object.keys(site)).toEqual([
      'id',
      'name',
      'shortName',
      'unitType',
      'level',
      'profile',
      'built',
      'score',
      'band',
      'rank',
      'counts',
      'penalties',
      'findings',
    ]);
    expect((site.findings as Record<string, unknown>[])[0]).toEqual({
      rule: 'lien-he',
      severity: 'error',
      severityLabel: 'lỗi',
      category: 'noi-dung',
      message: 'Thiếu trang «Liên hệ».',
      basis: 'Điều 9 khoản 1 điểm b Thông tư 37/2020/TT-BGDĐT',
      fix: 'Tạo trang sites/thcs-an-binh/content/trang/lien-he.md với địa chỉ, điện thoại, thư điện tử và cách gửi câu hỏi cho nhà trường.',
      file: 'sites/thcs-an-binh/content/trang/lien-he.md',
      url: '/lien-he/',
    });
    expect(report.rules.find((r) => r.id === 'so-do-cong')?.severity).toEqual({
      truong: 'warning',
      phong: 'warning',
      so: 'error',
    });
  });
});

describe('CI annotations', () => {
  it('GitHub: one workflow command per finding, with file, line and escaped text', () => {
    const lines = githubAnnotations(many.results);
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      '::warning file=sites/thcs-binh-minh/content/lay-y-kien/du-thao-noi-quy-hoc-sinh.md,line=5,title=thcs-binh-minh%3A lay-y-kien-ket-qua::' +
        'Đợt lấy ý kiến «Dự thảo Nội quy học sinh năm học 2026-2027» đã hết hạn ngày 15/10/2026 nhưng chưa có kết quả tiếp thu. (/lay-y-kien/du-thao-noi-quy-hoc-sinh/) ' +
        'Căn cứ: Điều 9 khoản 5 Thông tư 37/2020/TT-BGDĐT. Cách sửa: Ghi «Kết quả tiếp thu» (result): số ý kiến nhận được và những điểm được tiếp thu, giải trình.',
    );
  });

  it('GitLab: a Code Quality issue per finding, unique fingerprints', () => {
    const issues = gitlabCodeQuality(many.results);
    expect(issues).toHaveLength(3);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    expect(issues.map((i) => i.severity)).toEqual(['minor', 'major', 'major']);
    expect(issues[1]?.location.path).toMatch(/^sites\/thcs-an-binh\//);
  });
});

describe('HTML report', () => {
  let html: string;
  let file: string;
  beforeAll(() => {
    html = htmlReport(many.results, '2026-11-22');
    file = join(many.root, 'bao-cao.html');
    writeFileSync(file, html);
  });

  it('is titled, Vietnamese, self-contained and script-free', () => {
    expect(html).toContain(`<title>${REPORT_TITLE}</title>`);
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script|<link[^>]+stylesheet|src="http/i);
    expect(html).toContain('<style>');
  });

  it('ranks the schools in an accessible table, and explains the scoring', () => {
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(html.match(/<caption>/g)?.length).toBe(tables);
    expect(html).toMatch(/<th scope="col" class="num">Hạng<\/th>/);
    expect(html.indexOf('Cẩm Tú')).toBeLessThan(html.indexOf('Bình Minh'));
    expect(html).toContain('Cách tính điểm');
    expect(html).toContain('Điểm = 100 trừ tổng điểm trừ các nhóm');
  });

  it('passes the Nu HTML Checker', () => {
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', file], { encoding: 'utf8' });
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { message: string }[] }).messages;
    expect(messages.map((m) => m.message)).toEqual([]);
  });

  it('is also readable on the console', () => {
    const text = consoleReport(many.results, '2026-11-22');
    expect(text).toContain('KẾT QUẢ KIỂM TRA CỔNG THÔNG TIN ĐIỆN TỬ · ngày tham chiếu 22/11/2026');
    expect(text).toMatch(/Hạng\s+Đơn vị\s+Điểm\s+Xếp loại\s+Lỗi\s+Cảnh báo\s+Thông tin/);
  });
});

describe('npm run audit', () => {
  const args = () => [
    '--sites-dir',
    join(many.root, 'sites'),
    '--dist-dir',
    join(many.root, 'dist'),
    '--date',
    '2026-11-22',
  ];

  it('exits 0 by default and prints the report', () => {
    const run = runCli(args(), many.root);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('XẾP HẠNG');
  });

  it('exits 1 with --strict when a site has an error, 0 when none has', () => {
    expect(runCli([...args(), '--strict'], many.root).status).toBe(1);
    expect(runCli([...args(), '--strict', '--site', 'thcs-binh-minh,thcs-cam-tu'], many.root).status).toBe(0);
  });

  it('prints JSON only with --json', () => {
    const run = runCli([...args(), '--json', '--site', 'thcs-cam-tu'], many.root);
    expect(JSON.parse(run.stdout).sites[0].score).toBe(100);
  });

  it('writes the HTML report, GitHub annotations and the GitLab file', () => {
    const gh = runCli([...args(), '--ci', 'github', '--html', 'xep-hang.html'], many.root);
    expect(gh.stdout).toMatch(/^::error file=sites\/thcs-an-binh\//m);
    expect(readFileSync(join(many.root, 'xep-hang.html'), 'utf8')).toContain(REPORT_TITLE);
    runCli([...args(), '--ci', 'gitlab'], many.root);
    expect(existsSync(join(many.root, 'gl-code-quality-report.json'))).toBe(true);
  });

  it('exits 2 with a Vietnamese message on bad input', () => {
    const badDate = runCli([...args(), '--date', '2026-02-30'], many.root);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--date "2026-02-30" không phải ngày hợp lệ');
    const unknownSite = runCli([...args(), '--site', 'khong-co'], many.root);
    expect(unknownSite.status).toBe(2);
    expect(unknownSite.stderr).toContain('Không có trường "khong-co"');
    expect(runCli([...args(), '--ci', 'jenkins'], many.root).status).toBe(2);
  });
});
