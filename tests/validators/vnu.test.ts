/**
 * The Nu HTML Checker (vnu-jar, W3C) over every built page of the example sites and of
 * the Phòng fixture (its school directory, /truong-hoc/) and of the liên thông fixture: 0 errors.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXAMPLE_DIST, FIXTURE_DIST, NETWORK_DIST } from '../helpers/paths.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

function validate(dir: string): VnuMessage[] {
  // vnu prints its JSON report on stderr and exits 1 when it finds errors.
  const run = spawnSync('java', ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

const sites = existsSync(EXAMPLE_DIST) ? readdirSync(EXAMPLE_DIST).filter((d) => !d.startsWith('.')) : [];

describe('Nu HTML Checker', () => {
  it('finds the example sites built', () => {
    expect(sites).toEqual(
      expect.arrayContaining(['mn-hoa-sen', 'phong-vhxh-ben-thanh', 'so-gddt-tphcm', 'thcs-nguyen-du']),
    );
  });

  it.each(sites)('reports 0 errors on every page of %s', (site) => {
    const errors = validate(join(EXAMPLE_DIST, site));
    const summary = errors.map(
      (e) => `${e.url.replace(/^file:.*?\/examples\//, '')}:${e.lastLine ?? '?'} ${e.message}`,
    );
    expect(summary).toEqual([]);
  });

  it('reports 0 errors on every page of the Phòng fixture', () => {
    const dir = join(FIXTURE_DIST, 'phong-vhxh-dong-hoa');
    expect(existsSync(join(dir, 'truong-hoc/index.html'))).toBe(true);
    const errors = validate(dir);
    expect(
      errors.map((e) => `${e.url.replace(/^file:.*?\/fixtures\//, '')}:${e.lastLine ?? '?'} ${e.message}`),
    ).toEqual([]);
  });

  it("reports 0 errors on every page of the liên thông fixture (what units sent, members' news and công khai status)", () => {
    expect(existsSync(join(NETWORK_DIST, 'phong-vhxh-thu-nghiem/truong-hoc/cong-khai/index.html'))).toBe(true);
    expect(existsSync(join(NETWORK_DIST, 'th-thu-nghiem/van-ban/co-quan/cap-tren/index.html'))).toBe(true);
    const errors = validate(NETWORK_DIST);
    expect(errors.map((e) => `${e.url.replace(/^file:.*?\/network\//, '')}:${e.lastLine ?? '?'} ${e.message}`)).toEqual(
      [],
    );
  });
});
