/** Builds an imported site with the real pipeline and checks what the import promised of it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSite } from '../../../scripts/lib/build-site.ts';
import { readSite } from '../../../content-schemas/validate.ts';
import { redirectFile, redirectsOf } from '../../../themes/cong-truong/redirects.ts';
import { TEST_OUTPUT } from '../../helpers/paths.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

export async function buildImported(sitesDir: string, id: string, name: string): Promise<string> {
  const outRoot = join(TEST_OUTPUT, 'import', name);
  const result = await buildSite(id, { sitesDir, outRoot, onWarning: () => {} });
  if (!result.ok) throw new Error(`Building the imported site failed:\n${result.error}`);
  return join(outRoot, id);
}

/** vnu (the W3C checker) over every page: the errors, as "file:line message". */
export function vnuErrors(dir: string): string[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string; lastLine?: number }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.replace(`file:${dir}/`, '')}:${m.lastLine ?? '?'} ${m.message}`);
}

/**
 * Every old path of every entry, with what its built redirect page points at; the
 * target must be a built page. Returns "from → to" lines, or "from → MISSING".
 */
export function redirectsIn(siteDir: string, dist: string): Map<string, string> {
  const { entries } = readSite(siteDir, siteDir);
  const found = new Map<string, string>();
  for (const { from, to } of redirectsOf(entries)) {
    const page = join(dist, redirectFile(from) ?? '');
    const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
    const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    const built = target && existsSync(join(dist, redirectFile(target) ?? ''));
    found.set(from, built && target === to ? target : 'MISSING');
  }
  return found;
}
