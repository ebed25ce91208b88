/**
 * `npm run import -- --site <id> --from <folder|url|file.xml> [--kind nukeviet|eduportal|wordpress|auto]
 *  [--dry-run] [--sites-dir sites] [--files <folder|url>] [--delay 1] [--max-pages 2000] [--cache-dir .cache/import]`
 * Moves an old school portal into a site: news, văn bản, công khai and pages with their
 * photos and attachments, each old address kept as a redirect. Writes a report into
 * sites/<id>/.import/. Exit codes: 0 done; 1 the import failed, or left the site with content
 * problems that stop its build (listed with file, field and fix); 2 wrong arguments.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../content-schemas/errors.ts';
import { readCliArgs, usageError as fail } from './lib/cli-args.ts';
import { readCategoryFile } from './lib/import/category-file.ts';
import { runImport } from './lib/import/run.ts';
import { SourceError } from './lib/import/sources.ts';
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
  --categories  tệp CSV «chuyên mục cũ,chuyên mục mới» cho chuyên mục chưa nhận ra / CSV "old category,new category" for unrecognised ones
Báo cáo / report: sites/<id>/.import/bao-cao-nhap.md. Mã thoát / exit codes: 0 xong / done; 1 lỗi khi nhập, hoặc trường còn lỗi nội dung / the import failed or left content problems; 2 sai tham số / wrong arguments.`;

const { values, integer } = readCliArgs(HELP, {
  site: { type: 'string' },
  from: { type: 'string' },
  kind: { type: 'string', default: 'auto' },
  'dry-run': { type: 'boolean', default: false },
  'sites-dir': { type: 'string', default: 'sites' },
  files: { type: 'string' },
  delay: { type: 'string', default: '1' },
  'max-pages': { type: 'string' },
  'cache-dir': { type: 'string', default: '.cache/import' },
  categories: { type: 'string' },
});
if (!values.site) fail('Thiếu --site. / Missing --site.');
if (!values.from) fail('Thiếu --from. / Missing --from.');
const kinds = ['nukeviet', 'eduportal', 'wordpress', 'auto'];
if (!kinds.includes(values.kind))
  fail(`--kind "${values.kind}" không hợp lệ; chọn ${kinds.join(', ')}. / invalid --kind; use ${kinds.join(', ')}.`);
const delay = Number(values.delay);
if (!Number.isFinite(delay) || delay < 0)
  fail('--delay phải là số giây ≥ 0, ví dụ --delay 1. / --delay must be seconds ≥ 0, e.g. --delay 1.');
const maxPages = integer('max-pages', 2000, { min: 1 });
const siteDir = resolve(values['sites-dir'], values.site);
if (!existsSync(join(siteDir, 'site.yaml')))
  fail(
    `--site: không có trường "${values.site}" trong ${resolve(values['sites-dir'])} (thiếu ${join(values['sites-dir'], values.site, 'site.yaml')}). Cách sửa: tạo trước bằng npm run new-school -- --id ${values.site} --name "<tên trường>" --level <cấp học>, hoặc chỉ --sites-dir tới đúng thư mục. / No site "${values.site}": create it first with npm run new-school, or point --sites-dir at the right folder.`,
  );
if (!/^https?:\/\//i.test(values.from) && !existsSync(values.from))
  fail(
    `--from: không tìm thấy ${values.from}. Cách sửa: chỉ tới thư mục do wget --mirror tạo, tệp .xml xuất từ WordPress, tệp RSS, hoặc địa chỉ https:// của cổng cũ. / --from: ${values.from} not found. Fix: point it at a wget --mirror folder, a WordPress .xml export, an RSS file or the old portal's https:// address.`,
  );

if (values.categories && !existsSync(values.categories))
  fail(
    `--categories: không tìm thấy tệp ${values.categories}. Cách sửa: ghi đường dẫn tới tệp CSV «chuyên mục cũ,chuyên mục mới». / --categories: ${values.categories} not found. Fix: give the path of the CSV file "old category,new category".`,
  );
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
  const reportFile = join(values['sites-dir'], values.site, '.import', 'bao-cao-nhap.md');
  console.log(
    `${report.dryRun ? '~ Chạy thử, chưa ghi gì / dry run, nothing written: ' : '✓ '}${values.site} (${report.kind})`,
  );
  console.log(
    `  Đã nhập / imported: ${report.imported.length} (mới / new ${count('new')}, thay khung mẫu / replacing template frames ${count('template')}, cập nhật / updated ${count('updated')}, không đổi / unchanged ${count('unchanged')})`,
  );
  console.log(
    `  Bỏ qua / skipped: ${report.skipped.length} · Cần biên tập viên xem / needs an editor's look: ${report.review.length} · Địa chỉ cũ chỉ nginx chuyển hướng được / old addresses only nginx can redirect: ${report.nginxRules}`,
  );
  if (report.dryRun) for (const e of report.imported) console.log(`  + ${e.file}  ← ${e.url}`);
  else {
    console.log(`  Báo cáo / report: ${reportFile}`);
    console.log('Việc tiếp theo / next steps:');
    console.log(
      `  1. Đọc báo cáo, nhất là mục «Cần biên tập viên xem». / Read the report, above all "Needs an editor's look".`,
    );
    console.log(`  2. Dựng thử / build: npm run build -- --site ${values.site}`);
    if (report.nginxRules)
      console.log(
        `  3. Máy chủ nginx: chép ${join(values['sites-dir'], values.site, '.import', 'nginx-redirects.map')} vào /etc/nginx/cong-truong/redirects/${values.site}.map rồi nginx -t && systemctl reload nginx. / nginx: copy the map there and reload.`,
      );
  }
  // Entries that pass one by one may still clash as a site (two claim one old address): it would not build.
  const broken = report.review.filter((r) => r.issue === 'validation');
  if (broken.length) {
    console.error(
      `✗ Sau khi nhập, trường ${values.site} còn ${broken.length} lỗi nội dung nên chưa dựng được; sửa theo từng dòng: / after the import the site has ${broken.length} content problem(s) and will not build; fix each:`,
    );
    for (const r of broken) console.error(`  • ${r.file}: ${r.words.vi}\n    [en] ${r.words.en}`);
    process.exit(1);
  }
} catch (error) {
  if (error instanceof SourceError) fail(`✗ ${error.message}`);
  if (error instanceof ContentError) console.error(error.message);
  else console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
