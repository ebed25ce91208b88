/**
 * `npm run build [-- --site <id>]`: builds every site (or the chosen ones) into
 * dist/<id>/. One broken site does not stop the others; the exit code is non-zero
 * and the summary names each failure and why.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { listSites } from './lib/sites.ts';
import { buildSite, type BuildResult } from './lib/build-site.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', multiple: true },
    'sites-dir': { type: 'string', default: 'sites' },
    'out-dir': { type: 'string', default: 'dist' },
  },
});

const sitesDir = resolve(values['sites-dir']);
const all = listSites(sitesDir);
const chosen = values.site?.flatMap((s) => s.split(',')) ?? all;
const unknown = chosen.filter((s) => !all.includes(s));
if (unknown.length) {
  console.error(`Không có trường "${unknown.join(', ')}" trong ${sitesDir}. / No such site. Có / Available: ${all.join(', ')}`);
  process.exit(2);
}

const results: BuildResult[] = [];
for (const site of chosen) {
  process.stdout.write(`▶ ${site} … `);
  const result = await buildSite(site, { sitesDir, outRoot: resolve(values['out-dir']) });
  results.push(result);
  console.log(result.ok ? `xong / done: ${result.pages} trang, ${(result.ms / 1000).toFixed(1)} s` : 'LỖI / FAILED');
  if (!result.ok) console.error(result.error);
}

const failed = results.filter((r) => !r.ok);
console.table(results.map((r) => ({ site: r.site, status: r.ok ? 'OK' : 'LỖI', pages: r.pages, seconds: (r.ms / 1000).toFixed(1) })));
if (failed.length) {
  console.error(`${failed.length} trường dựng lỗi / site(s) failed: ${failed.map((r) => r.site).join(', ')}`);
  process.exit(1);
}
