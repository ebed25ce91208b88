/**
 * The Network a built site of the liên thông fixture was given, recomputed with the
 * build's own loader on the build's day (read from the site's /api/v1/site.json), so
 * the pages can be checked against the data behind them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Network } from '../../content-schemas/network.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { NETWORK_DIST, NETWORK_SITES_DIR, TEST_OUTPUT } from '../helpers/paths.ts';

export async function networkOf(siteId: string): Promise<Network> {
  const { generated } = JSON.parse(readFileSync(join(NETWORK_DIST, siteId, 'api/v1/site.json'), 'utf8')) as {
    generated: string;
  };
  return loadNetwork({
    sitesDir: NETWORK_SITES_DIR,
    siteId,
    outRoot: NETWORK_DIST,
    buildDate: new Date(generated),
    cacheDir: join(TEST_OUTPUT, '.network-cache'),
  });
}
