/**
 * Bundles the admin app (main.ts + Decap + React) with esbuild, once per
 * version: the bundle is the same for every school, so it is cached under
 * `node_modules/.cache/cong-truong-admin/<key>/`, keyed by a hash of the admin
 * source, the sanitiser it shares with the theme and the lockfile. Building
 * fifty sites bundles once. Several processes may race: each builds into its
 * own temporary folder and the first rename wins.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ADMIN_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(ADMIN_DIR, '../../..');
/** Files outside admin/ that end up in the bundle. */
const SHARED_SOURCES = [
  resolve(ADMIN_DIR, '../lib/sanitize.ts'),
  ...['dropped.ts', 'rehype-tables.ts', 'rehype-video.ts', 'video-link.ts'].map((name) =>
    resolve(ADMIN_DIR, '../lib/markdown-plugins', name),
  ),
  resolve(ROOT, 'content-schemas/file-types.ts'),
  resolve(ROOT, 'content-schemas/media-limits.ts'),
  resolve(ROOT, 'content-schemas/web-page-bytes.ts'),
];
const SOURCE_FILE = /\.(ts|css)$/;

export const DEFAULT_CACHE_ROOT = resolve(ROOT, 'node_modules/.cache/cong-truong-admin');
/** How many bundle versions to keep in the cache. */
const KEEP_VERSIONS = 3;

export interface AdminBundle {
  /** Folder holding the bundle; copy its `files` into `<site>/admin/`. */
  dir: string;
  /** The entry script, e.g. `cms-4XJ2ZQ.js`. */
  entry: string;
  /** Every file of the bundle, relative to `dir`. */
  files: string[];
  key: string;
  /** Whether this call had to bundle (false: served from the cache). */
  built: boolean;
}

interface Manifest {
  entry: string;
  files: string[];
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

/** Hash of everything that changes the bundle's bytes. */
export function adminBundleKey(): string {
  const hash = createHash('sha256');
  for (const file of [...listSources(ADMIN_DIR), ...SHARED_SOURCES].sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  const lockfile = resolve(ROOT, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex').slice(0, 16);
}

function readManifest(dir: string): AdminBundle | undefined {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return { dir, entry: manifest.entry, files: manifest.files, key: dir.split(/[\\/]/).pop() ?? '', built: false };
}

/**
 * `site-markdown:remark-parse` → the remark-parse that @astrojs/markdown-remark
 * resolves. Decap hoists much older remark packages to the top of node_modules,
 * and the preview must parse Markdown the way the site build does.
 */
const siteMarkdown: import('esbuild').Plugin = {
  name: 'site-markdown',
  setup(build) {
    const from = dirname(fileURLToPath(import.meta.resolve('@astrojs/markdown-remark')));
    build.onResolve({ filter: /^site-markdown:/ }, (args) =>
      build.resolve(args.path.slice('site-markdown:'.length), { resolveDir: from, kind: args.kind }),
    );
  },
};

/**
 * Wording Decap prints without a locale key, replaced in its source. Bundling fails
 * if upstream rewords one, rather than letting English or internals back in:
 * - the media library's "Failed to persist media: …" (the reason after it,
 *   upload-guard.ts, is Vietnamese, so only the lead-in is replaced);
 * - each field's box carries aria-label "Trường %{widgetLabel}", filled with the
 *   widget's internal name ("Trường string"). The field's <label for> already names
 *   its input, and ARIA forbids aria-label on a plain <div>, so it is removed.
 */
const REWORDINGS = [
  {
    file: /decap-cms-core[\\/]dist[\\/]esm[\\/]actions[\\/]mediaLibrary\.js$/,
    from: 'Failed to persist media: ${error}',
    to: 'Chưa tải tệp lên được. ${error}',
  },
  {
    file: /decap-cms-core[\\/]dist[\\/]esm[\\/]components[\\/]Editor[\\/]EditorControlPane[\\/]EditorControl\.js$/,
    from: `"aria-label": t('editor.editorControl.field.widgetLabel', {\n          widgetLabel: widgetName\n        }),`,
    to: '',
  },
];
const decapWording: import('esbuild').Plugin = {
  name: 'decap-wording',
  setup(build) {
    for (const rewording of REWORDINGS) {
      build.onLoad({ filter: rewording.file }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(rewording.from))
          throw new Error(
            `admin bundle: "${rewording.from}" not found in ${args.path}; update REWORDINGS in bundle.ts`,
          );
        return { contents: source.replaceAll(rewording.from, rewording.to), loader: 'js' };
      });
    }
  },
};

/**
 * Decap's upload pipeline imports `../lib/imageTransformations`; ours (photo-resize.ts)
 * shrinks photos to the project's limits instead of Decap's fixed sizes. Bundling
 * fails if upstream stops importing it, rather than silently storing 12 MP photos.
 */
const PHOTO_MODULE = {
  importer: /decap-cms-core[\\/]dist[\\/]esm[\\/]actions[\\/]mediaLibrary\.js$/,
  path: '../lib/imageTransformations',
};
const photoResize: import('esbuild').Plugin = {
  name: 'photo-resize',
  setup(build) {
    let swapped = false;
    build.onResolve({ filter: /imageTransformations$/ }, (args) => {
      if (args.path !== PHOTO_MODULE.path || !PHOTO_MODULE.importer.test(args.importer)) return undefined;
      swapped = true;
      return { path: join(ADMIN_DIR, 'photo-resize.ts') };
    });
    build.onEnd((result) => {
      if (!swapped && result.errors.length === 0)
        throw new Error(`admin bundle: Decap no longer imports ${PHOTO_MODULE.path}; update PHOTO_MODULE in bundle.ts`);
    });
  },
};

async function runEsbuild(outdir: string): Promise<Manifest> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(ADMIN_DIR, 'main.ts')],
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir,
    entryNames: 'cms-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.css': 'text', '.wasm': 'file' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: ROOT,
    plugins: [siteMarkdown, decapWording, photoResize],
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint?.endsWith('main.ts'))?.[0];
  if (!entry) throw new Error('admin bundle: esbuild produced no entry file');
  const rel = (path: string) => relative(outdir, resolve(ROOT, path)).split('\\').join('/');
  return { entry: rel(entry), files: outputs.map(([path]) => rel(path)).sort() };
}

/** Keeps the newest versions; an older one goes only after an hour, in case a build still copies it. */
function prune(cacheRoot: string, keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  const versions = readdirSync(cacheRoot)
    .filter((name) => name !== keep)
    .map((name) => ({ name, time: statSync(join(cacheRoot, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of versions.slice(KEEP_VERSIONS - 1)) {
    if (old.time < hourAgo) rmSync(join(cacheRoot, old.name), { recursive: true, force: true });
  }
}

const pending = new Map<string, Promise<AdminBundle>>();

async function build(cacheRoot: string, key: string): Promise<AdminBundle> {
  const target = join(cacheRoot, key);
  const cached = readManifest(target);
  if (cached) return cached;
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    const manifest = await runEsbuild(tmp);
    writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
    try {
      renameSync(tmp, target);
    } catch (error) {
      // Another process finished first: use its copy (same key, same bytes).
      if (!readManifest(target)) throw error;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  prune(cacheRoot, key);
  const bundle = readManifest(target);
  if (!bundle) throw new Error(`admin bundle: ${target} has no manifest`);
  return { ...bundle, built: true };
}

/** The admin bundle for the current sources, from the cache or freshly built. */
export function ensureAdminBundle(
  cacheRoot = process.env.CONG_TRUONG_ADMIN_CACHE ?? DEFAULT_CACHE_ROOT,
): Promise<AdminBundle> {
  const key = adminBundleKey();
  const id = `${cacheRoot}\0${key}`;
  let promise = pending.get(id);
  if (!promise) {
    mkdirSync(cacheRoot, { recursive: true });
    promise = build(cacheRoot, key);
    pending.set(id, promise);
    promise.catch(() => pending.delete(id));
  }
  return promise;
}
