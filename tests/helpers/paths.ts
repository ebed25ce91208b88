/** Where the shared test build lives; global-setup.ts fills it once per run. */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SITES_DIR = resolve(ROOT, 'sites');
export const FIXTURE_SITES_DIR = resolve(ROOT, 'tests/fixtures/sites');
/** Overridable so that parallel runs (several developers, one machine) do not clash. */
export const TEST_OUTPUT = resolve(process.env.CONG_TRUONG_TEST_OUTPUT ?? resolve(ROOT, 'tests/.output'));
/** Built example sites (sites/*), one folder per site id. */
export const EXAMPLE_DIST = resolve(TEST_OUTPUT, 'examples');
/** Built fixture sites (tests/fixtures/sites/*). */
export const FIXTURE_DIST = resolve(TEST_OUTPUT, 'fixtures');
/** The liên thông fixture: a Sở, one Phòng under it and two schools under the Phòng. */
export const NETWORK_SITES_DIR = resolve(ROOT, 'tests/fixtures/network');
/** Built liên thông fixture sites (tests/fixtures/network/*). */
export const NETWORK_DIST = resolve(TEST_OUTPUT, 'network');
