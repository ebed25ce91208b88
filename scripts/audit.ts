/**
 * `npm run audit -- [--site <id>] [--sites-dir <dir>] [--dist-dir <dir>] [--json]
 *   [--strict] [--fail-on <rule>] [--date YYYY-MM-DD] [--html <file>] [--ci github|gitlab] [--profile <id>]`
 *
 * Checks every site (or the chosen ones) against TT 37/2020, TT 09/2024 and the
 * state-portal rules, from the content and the built output (`<dist-dir>/<id>/`), and
 * ranks them. Exit codes: 0 done (findings or not); 1 with --strict when any site has
 * an error, or with --fail-on <rule> when any site has an error of that rule (CI: a
 * defacement fails the job, a missing công khai item does not); 2 bad arguments or a
 * site the audit cannot judge (unknown profile).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCliArgs, usageError as fail } from './lib/cli-args.ts';
import { listSites } from './lib/sites.ts';
import { AuditConfigError, RULE_IDS, auditSite, rankResults } from './audit/index.ts';
import { isoDate, parseDateArg, todayInVietnam } from './audit/dates.ts';
import type { SiteResult } from './audit/types.ts';
import { consoleReport } from './audit/report/console.ts';
import { jsonReport } from './audit/report/json.ts';
import { githubAnnotations } from './audit/report/github.ts';
import { gitlabCodeQuality } from './audit/report/gitlab.ts';
import { htmlReport } from './audit/report/html.ts';

const GITLAB_REPORT = 'gl-code-quality-report.json';

const HELP = `Kiểm tra cổng thông tin theo TT 37/2020, TT 09/2024 và quy định về cổng thông tin / Compliance audit

  npm run audit -- [tùy chọn / options]

  --site <id>        chỉ kiểm tra trường này; lặp lại hoặc phân cách bằng dấu phẩy / only this site (repeatable, a,b)
  --sites-dir <dir>  thư mục chứa các trường (mặc định sites) / the sites folder
  --dist-dir <dir>   nơi có bản dựng <dist-dir>/<id>/ (mặc định dist) / where the built sites are
  --json             in kết quả dạng JSON / print the results as JSON
  --strict           mã thoát 1 khi có trường bị lỗi / exit 1 when any site has an error
  --fail-on <rule>   mã thoát 1 khi có lỗi của tiêu chí này, ví dụ tu-khoa-co-bac / exit 1 on an error of this rule
  --date YYYY-MM-DD  ngày tham chiếu (mặc định hôm nay ở Việt Nam) / reference day (default: today in Vietnam)
  --html <file>      ghi thêm báo cáo HTML / also write an HTML report
  --ci github|gitlab chú thích cho GitHub Actions hoặc báo cáo Code Quality của GitLab / CI annotations or report
  --profile <id>     bộ tiêu chí của địa phương / the province's rule profile

Mã thoát / exit codes: 0 xong / done; 1 có lỗi với --strict hoặc --fail-on / errors with --strict or --fail-on;
2 tham số sai hoặc trường không kiểm tra được / wrong arguments or a site that cannot be judged.`;

const { values } = readCliArgs(HELP, {
  site: { type: 'string', multiple: true },
  'sites-dir': { type: 'string', default: 'sites' },
  'dist-dir': { type: 'string', default: 'dist' },
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  'fail-on': { type: 'string', multiple: true },
  date: { type: 'string' },
  html: { type: 'string' },
  ci: { type: 'string' },
  profile: { type: 'string' },
});

const date = values.date === undefined ? todayInVietnam() : parseDateArg(values.date);
if (!date)
  fail(
    `--date "${values.date}" không phải ngày hợp lệ. Cách sửa: ghi theo dạng YYYY-MM-DD, ví dụ --date 2026-11-22. / Invalid date.`,
  );
if (values.ci !== undefined && values.ci !== 'github' && values.ci !== 'gitlab')
  fail(`--ci chỉ nhận github hoặc gitlab (nhận "${values.ci}"). / --ci must be github or gitlab.`);

const failOn = values['fail-on']?.flatMap((s) => s.split(',')).filter(Boolean) ?? [];
const unknownRules = failOn.filter((r) => !RULE_IDS.includes(r));
if (unknownRules.length)
  fail(
    `--fail-on: không có tiêu chí "${unknownRules.join(', ')}". Cách sửa: dùng mã trong bảng tiêu chí của scripts/audit/README.md, ví dụ --fail-on tu-khoa-co-bac. / No such rule.`,
  );

const sitesDir = resolve(values['sites-dir']);
const all = listSites(sitesDir);
const chosen = values.site?.flatMap((s) => s.split(',')).filter(Boolean) ?? all;
const unknown = chosen.filter((s) => !all.includes(s));
if (unknown.length)
  fail(
    `Không có trường "${unknown.join(', ')}" trong ${sitesDir}. Có: ${all.join(', ') || '(không có)'}. / No such site.`,
  );
if (!chosen.length) fail(`Không tìm thấy trường nào trong ${sitesDir}. / No sites found.`);

const results: SiteResult[] = [];
const configErrors: { site: string; message: string }[] = [];
for (const id of chosen) {
  try {
    results.push(
      auditSite(join(sitesDir, id), join(resolve(values['dist-dir']), id), { date, profile: values.profile }),
    );
  } catch (error) {
    if (!(error instanceof AuditConfigError)) throw error;
    configErrors.push({ site: id, message: error.message });
  }
}

const ranked = rankResults(results);
const day = isoDate(date);
if (values.json) process.stdout.write(`${JSON.stringify(jsonReport(ranked, day, configErrors), null, 2)}\n`);
else console.log(consoleReport(ranked, day));
for (const e of configErrors) console.error(`✖ ${e.site}: ${e.message}`);

if (values.ci === 'github') {
  // Workflow commands are read from the log; keep stdout pure JSON when --json is set.
  const out = githubAnnotations(ranked).join('\n');
  if (out) (values.json ? process.stderr : process.stdout).write(`${out}\n`);
}
if (values.ci === 'gitlab') {
  writeFileSync(GITLAB_REPORT, `${JSON.stringify(gitlabCodeQuality(ranked), null, 2)}\n`);
  console.error(`Đã ghi báo cáo GitLab Code Quality: ${GITLAB_REPORT}`);
}
if (values.html) {
  writeFileSync(resolve(values.html), htmlReport(ranked, day));
  console.error(`Đã ghi báo cáo HTML: ${values.html}`);
}

if (configErrors.length) process.exit(2);
if (values.strict && ranked.some((r) => r.counts.error > 0)) process.exit(1);
if (ranked.some((r) => r.findings.some((f) => f.severity === 'error' && failOn.includes(f.rule)))) process.exit(1);
