/**
 * `npm run import`: one old portal (mirror folder, WordPress export, feed, or URL)
 * into one site. Everything is first written into a staging copy and validated there
 * with the real schemas (content-schemas/validate.ts); only entries that pass, and
 * the photos and files they use, reach `sites/<id>/`, and never over a file an editor
 * changed since the last import (manifest.ts). A dry run stops before that step.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS } from '../../../content-schemas/index.ts';
import { entryPage } from '../../../content-schemas/urls.ts';
import { vnDay } from '../../../content-schemas/calendar.ts';
import { loadSiteConfig, readEntry } from '../../../content-schemas/validate.ts';
import { createAssetStore } from './assets.ts';
import type { NewsCategory } from './category-map.ts';
import { commit, type Staged } from './commit.ts';
import { DEFAULT_LIMITS, type Limits } from './file-checks.ts';
import { isTemplateFrame, readManifest, untouched, type Manifest } from './manifest.ts';
import { mapEntry, mapSpecial, type Mapped } from './map-entry.ts';
import { splitOldUrls } from './old-urls.ts';
import type { ImportReport } from './report.ts';
import { siteClaims } from './site-claims.ts';
import { slugOf } from './slugs.ts';
import { openSource, type SourceOptions } from './sources.ts';
import { addCover, htmlToMarkdown, type Converted } from './to-markdown.ts';
import type { RawItem, Review } from './types.ts';
import { mergeUnsafe, unsafeWords } from './unsafe-markup.ts';

export interface ImportOptions extends SourceOptions {
  siteDir: string;
  siteId: string;
  dryRun: boolean;
  limits?: Limits;
  /** The technician's mapping of old categories (category-file.ts). */
  categories?: Map<string, NewsCategory>;
  /** The import day in Vietnam, for entries without a date. */
  now?: Date;
}

function entryText(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;
}

function targetUrl(mapped: Mapped, slug: string): string {
  return entryPage(mapped.collection, mapped.pageKey ?? slug) ?? '/';
}

/** The file name for an entry: the one it had before, else a free slug from its title. */
function chooseRel(item: RawItem, mapped: Mapped, manifest: Manifest, siteDir: string, used: Set<string>): string {
  const folder = `content/${COLLECTIONS[mapped.collection].folder}`;
  if (mapped.pageKey) return `${folder}/${mapped.pageKey}.md`;
  if (mapped.replaces) return mapped.replaces;
  const before = manifest.entries[item.url.href]?.file;
  if (before?.startsWith(`${folder}/`) && !used.has(before)) return before;
  const base = mapped.part ?? slugOf(item.title);
  for (let n = 1; ; n++) {
    const rel = `${folder}/${n === 1 ? base : `${base}-${n}`}.md`;
    const owner = Object.entries(manifest.entries).find(([, e]) => e.file === rel)?.[0];
    if (!used.has(rel) && (owner === undefined ? !existsSync(join(siteDir, rel)) : owner === item.url.href)) return rel;
  }
}

function reviewsOf(item: RawItem, mapped: Mapped, converted: Converted, rel: string): Review[] {
  const at = { url: item.url.href, file: rel };
  return [
    ...mapped.reviews.map((r) => ({ ...at, ...r })),
    ...converted.imagesWithoutAlt.map((src) => ({
      ...at,
      issue: 'image-alt' as const,
      words: {
        vi: `ảnh ${src} không có mô tả trên cổng cũ; đã ghi mô tả tạm, hãy tả nội dung ảnh`,
        en: `photo ${src} had no alt text; a placeholder was written: describe the photo`,
      },
    })),
    ...converted.missing.map((m) => ({
      ...at,
      issue: 'asset' as const,
      words: { vi: `${m.url}: ${m.reason.vi}`, en: `${m.url}: ${m.reason.en}` },
    })),
    ...[unsafeWords(mergeUnsafe(converted.unsafe, item.unsafe))]
      .filter((words) => words !== undefined)
      .map((words) => ({ ...at, issue: 'unsafe' as const, words })),
  ];
}

/** The photos and files an entry's text names: a leader does not carry the page's photos. */
function assetsUsed(text: string, assets: string[]): string[] {
  return assets.filter((rel) => text.includes(rel.replace(/^public/, '')) || text.includes(`../../${rel}`));
}

/** new-school's leader frame («[CẦN THAY]») would stay on the leaders page beside the imported people. */
function noteLeaderFrames(siteDir: string, staged: Staged[], report: ImportReport): void {
  const folder = `content/${COLLECTIONS.leaders.folder}`;
  if (!staged.some((s) => s.rel.startsWith(`${folder}/`)) || !existsSync(join(siteDir, folder))) return;
  for (const name of readdirSync(join(siteDir, folder)).sort()) {
    if (!isTemplateFrame(join(siteDir, folder, name))) continue;
    report.review.push({
      url: '',
      file: `${folder}/${name}`,
      issue: 'leader',
      words: {
        vi: `tệp mẫu ${folder}/${name} của lệnh tạo trường vẫn còn bên cạnh lãnh đạo vừa nhập: xoá tệp này nếu bảng lãnh đạo đã đủ người`,
        en: `new-school's sample ${folder}/${name} is still there beside the imported leaders: delete it when the list is complete`,
      },
    });
  }
}

export async function runImport(opts: ImportOptions): Promise<ImportReport> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const site = loadSiteConfig(opts.siteDir);
  const manifest = readManifest(opts.siteDir);
  // A re-import of a mirror folder keeps the scheme the first import used for its host.
  const knownOrigins = [...new Set(Object.keys(manifest.entries).map((href) => new URL(href).origin))];
  const source = await openSource({ ...opts, knownOrigins }, limits);
  const staging = mkdtempSync(join(tmpdir(), 'cong-truong-import-'));
  const report: ImportReport = {
    site: opts.siteId,
    source: opts.from,
    kind: source.kind,
    dryRun: opts.dryRun,
    imported: [],
    skipped: [...source.skipped],
    review: [],
    files: [],
    nginxRules: 0,
  };
  try {
    const assetOwners = new Map(Object.entries(manifest.files).map(([rel, f]) => [f.from, rel]));
    const store = createAssetStore({
      stagingDir: staging,
      read: source.read,
      limits,
      previous: (url) => assetOwners.get(url),
      siteDir: opts.siteDir,
      filesOrigin: source.filesOrigin,
      reusable: (url, sha256) => {
        const rel = assetOwners.get(url);
        return rel && manifest.files[rel]?.source === sha256 && untouched(opts.siteDir, rel, manifest)
          ? rel
          : undefined;
      },
      taken: (rel, url) =>
        manifest.files[rel] ? manifest.files[rel].from !== url : existsSync(join(opts.siteDir, rel)),
    });
    const siteFacts = { name: site.name, today: vnDay(opts.now ?? new Date()), categories: opts.categories };
    const claims = siteClaims(opts.siteDir, manifest);
    const used = new Set<string>();
    const staged: Staged[] = [];
    for (const item of source.items.sort(
      (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.url.href.localeCompare(b.url.href),
    )) {
      const converted = await htmlToMarkdown(item.html, item.url, store, item.title);
      if (item.section === 'news') await addCover(converted, item.cover, store, item.title);
      const list = mapSpecial(item, converted, siteFacts, claims) ?? [mapEntry(item, converted, siteFacts, claims)];
      // One old page, several entries (a leaders table): each its own key; the first that passes keeps the old addresses.
      let oldLeft = true;
      list.forEach((mapped, i) => {
        const one = mapped.part ? { ...item, url: new URL(`#${mapped.part}`, item.url), aliases: [] } : item;
        const rel = chooseRel(one, mapped, manifest, opts.siteDir, used);
        const to = targetUrl(mapped, rel.replace(/^.*\/|\.md$/g, ''));
        const old = oldLeft ? splitOldUrls([item.url, ...item.aliases], to) : { paths: [], queries: [], refused: [] };
        // A draft has no page yet: its old addresses would lead nowhere.
        const live = mapped.data.draft !== true;
        const data = { ...mapped.data, ...(live && old.paths.length ? { oldPaths: old.paths } : {}) };
        const queries = live ? old.queries : [];
        const text = entryText(data, COLLECTIONS[mapped.collection].body ? converted.markdown : '');
        mkdirSync(dirname(join(staging, rel)), { recursive: true });
        writeFileSync(join(staging, rel), text);
        const checked = readEntry(mapped.collection, join(staging, rel), staging, staging);
        if (!checked.entry) {
          rmSync(join(staging, rel));
          report.skipped.push({
            url: one.url.href,
            reason: {
              vi: `không qua kiểm tra nội dung: ${checked.problems.map((p) => p.vi).join('; ')}`,
              en: `failed validation: ${checked.problems.map((p) => p.en).join('; ')}`,
            },
          });
          return;
        }
        used.add(rel);
        oldLeft = false;
        old.refused.forEach((path) =>
          report.review.push({
            url: item.url.href,
            file: rel,
            issue: 'old-url',
            words: {
              vi: `địa chỉ cũ ${path} không dùng được làm đường dẫn chuyển hướng`,
              en: `old address ${path} cannot be a redirect path`,
            },
          }),
        );
        report.review.push(
          ...(i === 0
            ? reviewsOf(one, mapped, converted, rel)
            : reviewsOf(
                { ...one, unsafe: undefined },
                mapped,
                { ...converted, imagesWithoutAlt: [], missing: [], unsafe: {} },
                rel,
              )),
        );
        staged.push({ item: one, rel, text, assets: assetsUsed(text, converted.assets), queries, to });
      });
    }
    noteLeaderFrames(opts.siteDir, staged, report);
    commit(opts, staging, staged, manifest, report, store.sourceOf);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return report;
}
