/**
 * The output folder must be a place of its own. The build replaces `<out-dir>/<id>/`
 * wholesale, so an output folder that is, holds or sits inside the schools' sources
 * (or the project's own files) would overwrite them and still report success.
 * Checked on real paths, so a symbolic link cannot hide the overlap.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from './build-root.ts';

/** Folders of the project that an output folder may not be, hold or sit inside. */
const PROJECT_SOURCES = ['themes', 'content-schemas', 'scripts', '.ci', '.git', 'node_modules'];

/** The real path of `path`, also when its last parts do not exist yet. */
function realPath(path: string): string {
  const rest: string[] = [];
  let existing = resolve(path);
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

/** `path` is `folder` or inside it. */
function within(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

interface Words {
  vi: string;
  en: string;
}

function relation(out: string, folder: string): Words | undefined {
  if (out === folder) return { vi: 'trùng với', en: 'is' };
  if (within(out, folder)) return { vi: 'nằm trong', en: 'is inside' };
  if (within(folder, out)) return { vi: 'chứa', en: 'contains' };
  return undefined;
}

/** What the output folder collides with, if anything. */
function collision(out: string, sitesDir: string, projectRoot: string): Words | undefined {
  if (parse(out).root === out) return { vi: 'là gốc của ổ đĩa', en: 'is the root of the file system' };
  const sites = relation(out, realPath(sitesDir));
  if (sites)
    return {
      vi: `${sites.vi} thư mục các trường (--sites-dir) ${sitesDir}`,
      en: `${sites.en} the sites folder ${sitesDir}`,
    };
  const project = realPath(projectRoot);
  if (out === project)
    return { vi: `trùng với thư mục dự án ${projectRoot}`, en: `is the project folder ${projectRoot}` };
  if (within(project, out))
    return { vi: `chứa thư mục dự án ${projectRoot}`, en: `contains the project folder ${projectRoot}` };
  for (const name of PROJECT_SOURCES) {
    const source = join(projectRoot, name);
    const rel = existsSync(source) ? relation(out, realPath(source)) : undefined;
    if (rel) return { vi: `${rel.vi} mã nguồn của dự án ${source}`, en: `${rel.en} the project's sources ${source}` };
  }
  return undefined;
}

/** Why `outDir` cannot be the output folder, as a bilingual message; undefined if it can. */
export function outDirProblem(outDir: string, sitesDir: string, projectRoot = PROJECT_ROOT): string | undefined {
  const out = realPath(outDir);
  if (existsSync(out) && !statSync(out).isDirectory()) {
    return `--out-dir ${outDir}: đây là một tệp, không phải thư mục. Cách sửa: chọn một thư mục, ví dụ --out-dir dist.\n[en] this is a file, not a folder. Fix: choose a folder, e.g. --out-dir dist.`;
  }
  const why = collision(out, sitesDir, projectRoot);
  if (!why) return undefined;
  return [
    `--out-dir ${outDir}: thư mục kết quả ${why.vi}; lệnh dựng thay thế cả thư mục <out-dir>/<mã trường>/ nên sẽ ghi đè lên tệp nguồn. Chưa dựng gì. Cách sửa: chọn một thư mục riêng chỉ để chứa kết quả, ví dụ --out-dir dist (mặc định).`,
    `[en] the output folder ${why.en}; the build replaces <out-dir>/<site id>/ wholesale and would overwrite sources. Nothing was built. Fix: choose a folder of its own for the output, e.g. --out-dir dist (the default).`,
  ].join('\n');
}
