/**
 * The last step of an import: what passed validation in the staging copy goes into
 * the site, unless it is a dry run or an editor changed the file since the last
 * import (manifest.ts); then the nginx map, the manifest and the report.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readSite } from '../../../content-schemas/validate.ts';
import { hashOf, IMPORT_DIR, verdict, writeManifest, type Manifest } from './manifest.ts';
import { nginxMap } from './nginx-map.ts';
import { reportMarkdown, type ImportReport } from './report.ts';
import { stableId } from './slugs.ts';
import type { RawItem } from './types.ts';

export interface Staged {
  item: RawItem;
  rel: string;
  text: string;
  assets: string[];
  queries: string[];
  to: string;
}

export interface CommitOptions {
  siteDir: string;
  siteId: string;
  dryRun: boolean;
}

/** Copies what passed into the site (unless dry run), keeps the manifest, writes the nginx map and the report. */
export function commit(
  opts: CommitOptions,
  staging: string,
  staged: Staged[],
  manifest: Manifest,
  report: ImportReport,
  sourceOf: (rel: string) => { url: string; sha256: string } | undefined,
): void {
  const rules: { from: string; to: string }[] = [];
  const assetsDone = new Set<string>();
  for (const entry of staged) {
    const status = verdict(opts.siteDir, entry.rel, entry.text, manifest);
    if (status === 'edited' || status === 'deleted' || status === 'foreign') {
      const words =
        status === 'edited'
          ? {
              vi: 'tệp đã được biên tập viên sửa sau lần nhập trước nên không ghi đè',
              en: 'the file was changed by an editor since the last import, so it was not overwritten',
            }
          : status === 'deleted'
            ? {
                vi: 'tệp đã bị xoá sau lần nhập trước nên không tạo lại',
                en: 'the file was deleted since the last import, so it was not written again',
              }
            : {
                vi: 'đã có tệp cùng tên do nhà trường viết nên không ghi đè',
                en: 'a file of that name written by the school exists, so it was not overwritten',
              };
      report.skipped.push({ url: entry.item.url.href, reason: words });
      report.review.push({ url: entry.item.url.href, file: entry.rel, issue: 'edited', words });
      continue;
    }
    for (const rel of entry.assets) {
      if (assetsDone.has(rel)) continue;
      assetsDone.add(rel);
      const bytes = readFileSync(join(staging, rel));
      const fileStatus = verdict(opts.siteDir, rel, bytes, manifest);
      report.files.push({ file: rel, status: fileStatus });
      if (
        opts.dryRun ||
        (fileStatus !== 'new' && fileStatus !== 'updated' && fileStatus !== 'template' && fileStatus !== 'unchanged')
      )
        continue;
      const source = sourceOf(rel);
      if (fileStatus === 'unchanged') {
        // Same bytes as before: only learn the old bytes' hash, for the next run.
        if (manifest.files[rel] && source) manifest.files[rel].source = source.sha256;
        continue;
      }
      mkdirSync(dirname(join(opts.siteDir, rel)), { recursive: true });
      copyFileSync(join(staging, rel), join(opts.siteDir, rel));
      manifest.files[rel] = {
        sha256: hashOf(bytes),
        from: source?.url ?? '',
        ...(source ? { source: source.sha256 } : {}),
      };
    }
    if (!opts.dryRun && status !== 'unchanged') {
      mkdirSync(dirname(join(opts.siteDir, entry.rel)), { recursive: true });
      writeFileSync(join(opts.siteDir, entry.rel), entry.text);
    }
    if (!opts.dryRun) {
      manifest.entries[entry.item.url.href] = { id: stableId(entry.item.url.href), file: entry.rel };
      manifest.files[entry.rel] = { sha256: hashOf(entry.text), from: entry.item.url.href };
    }
    report.imported.push({
      file: entry.rel,
      title: String((entry.text.match(/^(?:title|name): (.*)$/m) ?? [])[1] ?? ''),
      url: entry.item.url.href,
      status,
    });
    rules.push(...entry.queries.map((from) => ({ from, to: entry.to })));
  }
  // One photo named twice in a post is one thing to fix.
  report.review = report.review.filter(
    (r, i, all) =>
      all.findIndex((o) => o.issue === r.issue && o.file === r.file && o.url === r.url && o.words.vi === r.words.vi) ===
      i,
  );
  report.nginxRules = rules.length;
  if (opts.dryRun) return;
  const dir = join(opts.siteDir, IMPORT_DIR);
  mkdirSync(dir, { recursive: true });
  const map = nginxMap(opts.siteId, rules);
  map.refused.forEach((from) =>
    report.review.push({
      url: from,
      issue: 'old-url',
      words: {
        vi: 'địa chỉ cũ quá dài hoặc có ký tự không ghi được vào nginx map',
        en: 'the old address is too long or has characters an nginx map cannot hold',
      },
    }),
  );
  writeFileSync(join(dir, 'nginx-redirects.map'), map.text);
  report.nginxMap = relative(opts.siteDir, join(dir, 'nginx-redirects.map'));
  writeManifest(opts.siteDir, manifest);
  // The whole site once more: old paths claimed twice, links between entries.
  for (const problem of readSite(opts.siteDir, opts.siteDir).problems) {
    report.review.push({ url: '', file: problem.file, issue: 'validation', words: { vi: problem.vi, en: problem.en } });
  }
  writeFileSync(join(dir, 'bao-cao-nhap.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'bao-cao-nhap.md'), reportMarkdown(report));
}
