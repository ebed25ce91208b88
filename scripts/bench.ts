/**
 * `npm run bench [-- --schools N --posts M --photos K]`: builds generated schools with
 * the real pipeline and prints build time, pages/s, peak memory, output size, the
 * time to rebuild one changed school, page weight, and search figures on a generated
 * 1000-page school (the size the search budget is set for), then how a Phòng's search
 * index grows with its member schools (bench/unit-search.ts). Data and results go to
 * bench/.work/ (git-ignored); the last run is in bench/.work/results.json.
 */
import { readCliArgs, usageError } from './lib/cli-args.ts';
import { defaultConcurrency } from './lib/build-many.ts';
import { benchTable, DEFAULT_WORK_DIR, runBench } from './bench/build.ts';
import { imageBenchTable, runImageBench } from './bench/images.ts';
import { benchUnitSearch, parseMemberCounts, unitSearchTable } from './bench/unit-search.ts';
import { benchPrecision, precisionTable } from './bench/search-precision.ts';
import { benchStartup, startupTable } from './bench/startup.ts';
import { growthTable, readResults } from './bench/growth.ts';

const HELP = `npm run bench -- [--schools 5] [--posts 50] [--photos 5] [--phone] [--inline 4] [--attachments 2] [--concurrency n] [--no-search] [--work-dir bench/.work]
  --schools   số trường sinh ra / schools to generate (every level in turn)
  --posts     số bài tin mỗi trường / news posts per school
  --photos    số ảnh mỗi trường (ảnh bìa của các bài đầu) / photos per school
  --phone     ảnh như điện thoại chụp (4000×3000, 3–5 MB) / photos as phones take them
  --inline n  cứ n ảnh thì một ảnh cũng nằm trong thân bài / every n-th photo also in its post's body (0: none)
  --attachments a  số tệp PDF đính kèm mỗi trường / PDF attachments per school
  --no-unit   các trường không thuộc Phòng nào (mặc định: thuộc một Phòng, dựng cả Phòng) / schools without a unit
  --no-hugo   bỏ phần so với Hugo + Pagefind / skip the Hugo + Pagefind comparison
  --phone-photos K  chỉ đo ảnh: K ảnh điện thoại 4000×3000 qua quy trình của ta (lạnh, ấm) so với mức sàn
              sharp giải mã một lần, và dung lượng kho trước/sau npm run media / photos only: K phone photos
              through our pipeline (cold, warm) against the decode-once sharp floor, and repository bytes
  --unit-members 0,10,50  tìm kiếm toàn đơn vị: dựng một Phòng với từng số trường này (mỗi trường --posts bài)
              / unit search: build a Phòng with each of these numbers of schools (--posts posts each)
  --no-unit-search  bỏ phần đo đó / skip it
  --startup K chỉ đo chi phí cố định mỗi trường: K trường mới từ mẫu, dựng với một tiến trình Astro mỗi trường và với
              tiến trình dùng lại, xen kẽ / only the fixed cost per site: K template schools, a fresh Astro process per
              site against the persistent workers, taking turns
  --summary   chỉ in bảng các lần đo đã có trong thư mục làm việc (N × M × K) / only print the table of the runs
              already in the work folder
  --search-precision  chỉ đo độ chính xác tìm kiếm: bộ câu hỏi cố định trên các trường ví dụ (top-1, top-3, p50/p95)
              / search precision only: fixed query sets on the example sites (scripts/bench/search-queries/)
  --no-search bỏ phần đo tìm kiếm (dựng một trường 1000 trang, cần Chromium) / skip the search
              benchmark (it builds a 1000-page school and needs Chromium)`;

const { values, integer } = readCliArgs(HELP, {
  schools: { type: 'string' },
  posts: { type: 'string' },
  photos: { type: 'string' },
  'phone-photos': { type: 'string' },
  startup: { type: 'string' },
  summary: { type: 'boolean', default: false },
  phone: { type: 'boolean', default: false },
  inline: { type: 'string' },
  attachments: { type: 'string' },
  'no-unit': { type: 'boolean', default: false },
  'no-hugo': { type: 'boolean', default: false },
  concurrency: { type: 'string' },
  'no-search': { type: 'boolean', default: false },
  'search-precision': { type: 'boolean', default: false },
  'unit-members': { type: 'string', default: '0,10,50' },
  'no-unit-search': { type: 'boolean', default: false },
  'work-dir': { type: 'string' },
});
if (values['search-precision']) {
  console.log(precisionTable(await benchPrecision()));
  process.exit(0);
}
if (values['phone-photos'] !== undefined) {
  const images = await runImageBench({
    photos: integer('phone-photos', 40, { min: 1 }),
    workDir: values['work-dir'] ?? DEFAULT_WORK_DIR,
  });
  console.log(`\n${imageBenchTable(images)}`);
  process.exit(0);
}
if (values.summary) {
  console.log(growthTable(readResults(values['work-dir'] ?? DEFAULT_WORK_DIR)));
  process.exit(0);
}
if (values.startup !== undefined) {
  const schools = integer('startup', 5, { min: 1 });
  const runs = await benchStartup({ schools, workDir: values['work-dir'] ?? DEFAULT_WORK_DIR });
  console.log(`\n${startupTable(runs, schools)}`);
  process.exit(0);
}
const posts = integer('posts', 50, { min: 1 });
const unitMembers = values['no-unit-search'] ? [] : parseMemberCounts(values['unit-members']);
if (!unitMembers)
  usageError(
    `--unit-members "${values['unit-members']}": danh sách số nguyên ≥ 0, ví dụ 0,10,50. / whole numbers, e.g. 0,10,50.`,
  );
const result = await runBench({
  schools: integer('schools', 5, { min: 1 }),
  posts,
  photos: Math.min(posts, integer('photos', 5)),
  concurrency: integer('concurrency', defaultConcurrency(), { min: 1 }),
  search: !values['no-search'],
  phone: values.phone,
  inlineEvery: integer('inline', 0),
  attachments: Math.min(posts, integer('attachments', 0)),
  unit: !values['no-unit'],
  hugo: !values['no-hugo'],
  workDir: values['work-dir'],
});
console.log(`\n${benchTable(result)}`);
console.log(`\n${growthTable(readResults(values['work-dir'] ?? DEFAULT_WORK_DIR))}`);
if (unitMembers.length) {
  const rows = await benchUnitSearch({
    members: unitMembers,
    posts,
    workDir: values['work-dir'] && `${values['work-dir']}/unit-search`,
  });
  console.log(`\n${unitSearchTable(rows, posts)}`);
}
if (result.build.failed.length || !result.rebuild.ok) process.exitCode = 1;
