/**
 * `npm run import -- --site <id> --from <folder|url|file.xml> [--kind nukeviet|eduportal|wordpress|auto]
 *  [--dry-run] [--sites-dir sites] [--files <folder|url>] [--delay 1] [--max-pages 2000] [--cache-dir .cache/import]`
 * Moves an old school portal into a site: news, văn bản, công khai and pages with their
 * photos and attachments, each old address kept as a redirect. Writes a report into
 * sites/<id>/.import/. Exit codes: 0 done; 1 the import failed; 2 wrong arguments.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../content-schemas/errors.ts';
import { readCategoryFile } from './lib/import/category-file.ts';
import { runImport } from './lib/import/run.ts';
import type { Kind } from './lib/import/types.ts';

const HELP = `npm run import -- --site <id> --from <thư mục|https://…|tệp.xml> [tuỳ chọn]
  --from        bản sao của wget --mirror, tệp xuất WordPress (WXR) hay RSS/Atom, hoặc địa chỉ cổng cũ
                / a wget --mirror folder, a WordPress export (WXR) or RSS/Atom file, or the old portal's URL
  --kind        nukeviet | eduportal | wordpress | auto (mặc định / default: auto)
  --dry-run     chỉ báo cáo, không ghi tệp nào / report only, write nothing
  --sites-dir   thư mục các trường / sites folder (mặc định / default: sites)
  --files       nơi lấy ảnh, tệp của WXR/RSS: thư mục bản sao hoặc https://… / where a WXR's or feed's photos and files are
  --delay       giây giữa hai lần tải từ cổng cũ / seconds between two requests (mặc định / default: 1)
  --max-pages   số trang tối đa khi tải qua mạng / most pages to crawl (mặc định / default: 2000)
  --cache-dir   nơi giữ bản tải về để chạy tiếp / where the crawl is kept to resume (mặc định / default: .cache/import)
  --categories  tệp CSV «chuyên mục cũ,chuyên mục mới» cho chuyên mục chưa nhận ra / CSV "old category,new category" for unrecognised ones`;

function fail(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      site: { type: 'string' },
      from: { type: 'string' },
      kind: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      'sites-dir': { type: 'string', default: 'sites' },
      files: { type: 'string' },
      delay: { type: 'string', default: '1' },
      'max-pages': { type: 'string', default: '2000' },
      'cache-dir': { type: 'string', default: '.cache/import' },
      categories: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (!values.site) fail('Thiếu --site. / Missing --site.');
if (!values.from) fail('Thiếu --from. / Missing --from.');
const kinds = ['nukeviet', 'eduportal', 'wordpress', 'auto'];
if (!kinds.includes(values.kind)) fail(`--kind "${values.kind}" không hợp lệ; chọn ${kinds.join(', ')}. / invalid --kind; use ${kinds.join(', ')}.`);
const delay = Number(values.delay);
const maxPages = Number(values['max-pages']);
if (!Number.isFinite(delay) || delay < 0) fail('--delay phải là số giây ≥ 0. / --delay must be seconds ≥ 0.');
if (!Number.isInteger(maxPages) || maxPages < 1) fail('--max-pages phải là số nguyên dương. / --max-pages must be a positive integer.');
const siteDir = resolve(values['sites-dir'], values.site);
if (!existsSync(join(siteDir, 'site.yaml'))) fail(`Không có trường "${values.site}" trong ${resolve(values['sites-dir'])}: tạo trước bằng npm run new-school. / No site "${values.site}": create it first with npm run new-school.`);
if (!/^https?:\/\//i.test(values.from) && !existsSync(values.from)) fail(`Không tìm thấy ${values.from}. / ${values.from} not found.`);

if (values.categories && !existsSync(values.categories)) fail(`Không tìm thấy ${values.categories}. / ${values.categories} not found.`);
let categories;
try {
  categories = values.categories ? readCategoryFile(values.categories) : undefined;
} catch (error) {
  fail(error instanceof ContentError ? error.message : (error as Error).message);
}

try {
  const report = await runImport({
    categories,
    siteDir,
    siteId: values.site,
    from: values.from,
    kind: values.kind as Kind | 'auto',
    dryRun: values['dry-run'],
    filesFrom: values.files,
    cacheDir: resolve(values['cache-dir']),
    delayMs: delay * 1000,
    maxPages,
    log: (line) => console.log(line),
  });
  const count = (s: string) => report.imported.filter((e) => e.status === s).length;
  console.log(`${report.dryRun ? '~ chạy thử / dry run: ' : '✓ '}${values.site} (${report.kind}): ${report.imported.length} bài / entries (mới / new ${count('new')}, cập nhật / updated ${count('updated')}, không đổi / unchanged ${count('unchanged')}), bỏ qua / skipped ${report.skipped.length}, cần xem / to review ${report.review.length}, nginx ${report.nginxRules}.`);
  if (report.dryRun) for (const e of report.imported) console.log(`  + ${e.file}  ← ${e.url}`);
  else console.log(`  Báo cáo / report: ${join(values['sites-dir'], values.site, '.import', 'bao-cao-nhap.md')}`);
} catch (error) {
  if (error instanceof ContentError) console.error(error.message);
  else console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
