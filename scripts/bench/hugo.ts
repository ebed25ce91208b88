/**
 * The peer the issue's target is set against: Hugo plus Pagefind on the same posts
 * (stack-notes §3: Debian's Hugo 0.111, the same Markdown, pages of 20, an article
 * marked data-pagefind-body). Text only: the posts' front matter is kept, covers and
 * attachments are not built. Skipped when `hugo` is not installed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title></head>
<body><header><a href="/">{{ .Site.Title }}</a> <a href="/tin-tuc/">Tin tức</a></header>
<main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time> · {{ .Params.category }}</p>
<p>{{ .Description }}</p>{{ .Content }}</article>{{ end }}`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02/01/2006" }}<p>{{ .Description }}</p></li>{{ end }}</ul>
{{ with .Paginator.Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}{{ end }}`,
  'index.html': `{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 10 (where .Site.RegularPages "Section" "tin-tuc") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}`,
};

export interface HugoRun {
  hugoMs: number;
  pagefindMs: number;
  totalMs: number;
  pages: number;
}

export function hugoAvailable(): boolean {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Lays out a Hugo site in `dir` holding the news posts of `siteDir`. */
export function makeHugoSite(siteDir: string, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const news = join(dir, 'content', 'tin-tuc');
  mkdirSync(news, { recursive: true });
  writeFileSync(
    join(dir, 'config.toml'),
    'baseURL = "https://truong.example.edu.vn/"\nlanguageCode = "vi"\ntitle = "Trường thử nghiệm"\npaginate = 20\n',
  );
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(dir, 'layouts', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'layouts', file), text);
  }
  const posts = readdirSync(join(siteDir, 'content', 'tin-tuc')).filter((f) => f.endsWith('.md'));
  for (const post of posts) copyFileSync(join(siteDir, 'content', 'tin-tuc', post), join(news, post));
  return posts.length;
}

/** `hugo --quiet` then Pagefind (its Node API, as our indexer) over `public/`; every run starts from an empty `public/`. */
export async function runHugo(dir: string): Promise<HugoRun> {
  const publicDir = join(dir, 'public');
  rmSync(publicDir, { recursive: true, force: true });
  const started = performance.now();
  execFileSync('hugo', ['--quiet', '--source', dir], { stdio: 'ignore' });
  const built = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  try {
    pages = (await index.addDirectory({ path: publicDir })).page_count;
    await index.writeFiles({ outputPath: join(publicDir, 'pagefind') });
  } finally {
    await index.deleteIndex();
  }
  const done = performance.now();
  return {
    hugoMs: Math.round(built - started),
    pagefindMs: Math.round(done - built),
    totalMs: Math.round(done - started),
    pages,
  };
}
