/** The options every import test starts from: the fixture school, auto-detection, no delay, a fixed day. */
import type { ImportOptions } from '../../../scripts/lib/import/run.ts';

export function importOptions(
  where: Pick<ImportOptions, 'siteDir' | 'from' | 'cacheDir'>,
  extra: Partial<ImportOptions> = {},
): ImportOptions {
  return {
    siteId: 'thcs-hoa-binh',
    kind: 'auto',
    dryRun: false,
    delayMs: 0,
    maxPages: 100,
    now: new Date('2026-12-07T03:00:00Z'),
    ...where,
    ...extra,
  };
}
