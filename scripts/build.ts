/**
 * `npm run build`: builds every site of `sites/` (or a selection) into `dist/<id>/`.
 * One broken site does not stop the others; the exit code is non-zero and the
 * summary names each failure and why. Run with --help for the flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { listSites, membersFirst } from './lib/sites.ts';
import { removeStaleStaging } from './lib/staging.ts';
import { removeStaleBuildRoots } from './lib/build-root.ts';
import { buildMany, defaultConcurrency } from './lib/build-many.ts';
import type { BuildResult } from './lib/build-site.ts';
import { stopChildren, stoppedBy } from './lib/child.ts';
import { commandFailure } from './lib/failure.ts';
import { outDirProblem } from './lib/out-dir.ts';
import { GitError, sitesChangedSince } from './lib/changed.ts';
import { parseShard, shardSites } from './lib/shard.ts';
import { readCliArgs, usageError } from './lib/cli-args.ts';
import { createProgress, failureReport, seconds, summaryTable } from './lib/progress.ts';

const HELP = `Dựng cổng thông tin / Build the school sites

  npm run build [-- tùy chọn / options]

  --site <id>          chỉ dựng trường này; lặp lại hoặc phân cách bằng dấu phẩy (a,b)
  --changed <git-ref>  chỉ dựng trường có tệp trong sites/<id>/ khác với <git-ref> (kể cả chưa commit), cùng các cổng
                       liên thông phụ thuộc: trường được Phòng/Sở gửi văn bản, thông báo đã đổi; Phòng/Sở của trường đổi tin, công khai, văn bản;
                       thay đổi ở themes/, content-schemas/, scripts/lib/, astro.config.mjs, package-lock.json: dựng tất cả
  --shard <i>/<n>      phần thứ i trong n phần của danh sách trường (để chia cho n máy CI)
  --concurrency <n>    số trường dựng cùng lúc (mặc định ${defaultConcurrency()} trên máy này: nửa số lõi CPU, 1 GB RAM mỗi trường)
  --list               chỉ in danh sách trường được chọn (JSON), không dựng
  --report <file>      ghi kết quả từng trường ra tệp JSON (cho CI, đo đạc) / write the results as JSON
  --sites-dir <dir>    thư mục chứa các trường (mặc định sites)
  --out-dir <dir>      thư mục kết quả (mặc định dist); không được trùng, chứa hay nằm trong thư mục các trường
                       hoặc mã nguồn của dự án. Lỗi của từng trường được ghi thêm vào <out-dir>/.logs/<mã trường>.log
  --debug              in cả vết ngăn xếp (stack trace) và toàn bộ thông báo của Astro, Pagefind khi có lỗi

Mã thoát / exit codes: 0 thành công, 1 có trường dựng lỗi, 2 tham số sai, 130/143 bị dừng (Ctrl+C / SIGTERM).`;

const { values, integer } = readCliArgs(HELP, {
  site: { type: 'string', multiple: true },
  changed: { type: 'string' },
  shard: { type: 'string' },
  concurrency: { type: 'string' },
  list: { type: 'boolean', default: false },
  report: { type: 'string' },
  'sites-dir': { type: 'string', default: 'sites' },
  'out-dir': { type: 'string', default: 'dist' },
  debug: { type: 'boolean', default: false },
});
// A failure outside any one site (each site's own failures end in its message).
process.on('uncaughtException', (error) => {
  console.error(commandFailure(error, values.debug));
  process.exit(1);
});
// With --list, stdout carries only the JSON list; messages go to stderr.
const info = values.list ? (line: string) => console.error(line) : (line: string) => console.log(line);
const sitesDir = resolve(values['sites-dir']);
const outRoot = resolve(values['out-dir']);
// Before anything is read or written: an output folder over the sources would overwrite them.
const unsafeOut = outDirProblem(outRoot, sitesDir);
if (unsafeOut) {
  console.error(unsafeOut);
  process.exit(2);
}
const all = listSites(sitesDir);

function selectSites(): string[] {
  let chosen = values.site
    ? [
        ...new Set(
          values.site
            .flatMap((s) => s.split(','))
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].sort()
    : all;
  if (values.site && !chosen.length)
    usageError(
      `--site không có mã trường nào. Cách sửa: ghi mã trường, ví dụ --site ${all[0] ?? 'thcs-nguyen-du'}, hoặc bỏ --site để dựng mọi trường. / --site names no site. Fix: give a site id, or leave --site out to build every site.`,
    );
  const unknown = chosen.filter((s) => !all.includes(s));
  if (unknown.length)
    usageError(
      `Không có trường "${unknown.join(', ')}" trong ${sitesDir}. / No such site. Có / available: ${all.join(', ') || '(không có / none)'}`,
    );
  if (values.changed !== undefined) {
    let affected;
    try {
      affected = sitesChangedSince(values.changed, sitesDir, all);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      usageError(`--changed ${values.changed}: git không so sánh được / git could not compare: ${error.message}`);
    }
    if (affected.all)
      info(
        `Thay đổi dùng chung / shared change (${affected.sharedChanges.slice(0, 3).join(', ')}${affected.sharedChanges.length > 3 ? ', …' : ''}): dựng lại mọi trường / rebuilding every site.`,
      );
    else
      info(
        `${affected.sites.length} trường thay đổi so với / site(s) changed since ${values.changed}: ${affected.sites.join(', ') || '(không có / none)'}`,
      );
    for (const id of affected.removed)
      info(
        `Lưu ý / note: sites/${id} đã bị xóa; xóa ${values['out-dir']}/${id} nếu không dùng nữa. / removed site; delete its output if no longer served.`,
      );
    const set = new Set(affected.sites);
    chosen = chosen.filter((s) => set.has(s));
  }
  if (values.shard !== undefined) {
    const shard = parseShard(values.shard);
    if (!shard)
      usageError(
        `--shard "${values.shard}" không hợp lệ: ghi dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4. / must be i/n with 1 ≤ i ≤ n.`,
      );
    chosen = shardSites(chosen, shard);
  }
  return chosen;
}

const chosen = selectSites();
if (values.list) {
  console.log(JSON.stringify(chosen));
  process.exit(0);
}
if (!chosen.length) {
  info('Không có trường nào cần dựng. / Nothing to build.');
  process.exit(0);
}

removeStaleBuildRoots();
for (const name of removeStaleStaging(outRoot))
  info(`Đã dọn phần dở dang của một lần dựng bị dừng / cleaned up after an interrupted build: ${name}`);
// Ctrl+C or a CI timeout: stop Astro with everything it started (the Pagefind service),
// remove this run's temporary folders, keep the previous output.
const interrupted = async (signal: NodeJS.Signals) => {
  if (stoppedBy()) return;
  console.error(
    `\nĐang dừng (${signal}): kết thúc các tiến trình dựng, xóa thư mục tạm… / stopping: ending the build processes, removing temporary folders…`,
  );
  await stopChildren(signal);
  removeStaleStaging(outRoot, { own: true });
  removeStaleBuildRoots({ own: true });
  console.error(`Đã dừng; kết quả cũ trong ${outRoot} giữ nguyên. / Stopped; the previous output is unchanged.`);
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);

const jobs = Math.min(integer('concurrency', defaultConcurrency(), { min: 1 }), chosen.length);
info(
  `Dựng ${chosen.length} trường, ${jobs} trường cùng lúc / building ${chosen.length} site(s), ${jobs} at a time → ${outRoot}`,
);
const began = Date.now();
const progress = createProgress(chosen.length);
const results: BuildResult[] = [];
// Members before their units: a unit's page of its schools' công khai reads their fresh audits.
for (const wave of membersFirst(sitesDir, chosen)) {
  results.push(
    ...(await buildMany(wave, {
      sitesDir,
      outRoot,
      concurrency: jobs,
      debug: values.debug,
      onWarning: () => {}, // listed once in the summary instead of interleaved with progress
      onStart: (site) => progress.start(site),
      onFinish: (result) => stoppedBy() || progress.finish(result),
    })),
  );
}

const wallMs = Date.now() - began;
if (values.report) {
  mkdirSync(dirname(resolve(values.report)), { recursive: true });
  writeFileSync(
    resolve(values.report),
    `${JSON.stringify({ wallMs, concurrency: jobs, sitesDir, outRoot, results }, null, 2)}\n`,
  );
}
console.log(`\n${summaryTable(results, wallMs)}`);
// One compliance line per built site, from the audit each build ran on what it had just
// read and built (no second read); the full report is `npm run audit`.
for (const r of results.filter((result) => result.ok))
  console.log(`${r.site}: ${r.audit?.line ?? 'Kiểm tra / audit: không có kết quả / no result'}`);
const warned = results.filter((r) => r.warnings?.length);
for (const r of warned)
  console.log(
    `⚠ ${r.site}: ${r.warnings!.length} cảnh báo (tìm kiếm, liên thông) / warning(s) (search, liên thông): ${r.warnings!.slice(0, 3).join('; ')}`,
  );
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.error(
    `\n${failed.length} trường dựng lỗi / site(s) failed: ${failed.map((r) => r.site).join(', ')}\n\n${failureReport(results)}`,
  );
  process.exit(1);
}
console.log(`Xong / done in ${seconds(wallMs)}.`);
