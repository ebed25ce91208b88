/**
 * `npm run media -- --site <id> [--sites-dir sites] [--dry-run]`: shrinks the oversized
 * photos of `sites/<id>/media/` in place (content-schemas/media-limits.ts: at most
 * 2000 px on the long side, ~1 MB), upright by their EXIF orientation and without
 * EXIF/GPS data; smaller photos are left byte for byte. Prints each change.
 * Exit codes: 0 done; 2 wrong arguments or an unknown site.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCliArgs, usageError as fail } from './lib/cli-args.ts';
import { formatBytes } from './lib/media/inspect.ts';
import { shrinkMedia } from './lib/media/shrink.ts';

const HELP = `npm run media -- --site <id> [--sites-dir sites] [--dry-run]
  --site      trường cần thu nhỏ ảnh gốc (lặp lại cho nhiều trường) / site whose originals to shrink (repeatable)
  --dry-run   chỉ liệt kê, không sửa tệp / list what would change, write nothing`;

const { values } = readCliArgs(HELP, {
  site: { type: 'string', multiple: true },
  'sites-dir': { type: 'string', default: 'sites' },
  'dry-run': { type: 'boolean', default: false },
});
const sites = (values.site ?? []).flatMap((s) => s.split(',')).filter(Boolean);
if (!sites.length) fail('Thiếu --site. / Missing --site.');
const sitesDir = resolve(values['sites-dir']);
for (const site of sites) {
  if (!existsSync(join(sitesDir, site, 'site.yaml')))
    fail(`Không có trường "${site}" trong ${sitesDir}. / No site "${site}" in ${sitesDir}.`);
}

const dryRun = values['dry-run'];
for (const site of sites) {
  const results = await shrinkMedia(join(sitesDir, site), { dryRun });
  const changed = results.filter((r) => r.changed);
  for (const r of results) {
    const line = `${site}/${r.name}: ${r.before.width}×${r.before.height} ${formatBytes(r.before.bytes)}`;
    if (r.changed)
      console.log(`${dryRun ? '~' : '✓'} ${line} → ${r.after.width}×${r.after.height} ${formatBytes(r.after.bytes)}`);
    else console.log(`· ${line}: không nhỏ hơn được, giữ nguyên / cannot be made smaller, left as is`);
  }
  const saved = changed.reduce((sum, r) => sum + r.before.bytes - r.after.bytes, 0);
  const verb = dryRun ? 'sẽ thu nhỏ / would shrink' : 'đã thu nhỏ / shrunk';
  console.log(
    `${site}: ${verb} ${changed.length} ảnh / photo(s), ${dryRun ? 'sẽ bớt / would save' : 'bớt / saved'} ${formatBytes(saved)}.`,
  );
}
