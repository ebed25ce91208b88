/**
 * `--parent <unit-id>` (the command contract): a school created under a Phòng site is
 * linked to it in site.yaml, passes the validator and appears among the Phòng's schools.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateSite } from '../../content-schemas/validate.ts';
import { createSchools } from '../../scripts/lib/onboarding/create.ts';
import { COMMAND_LINE } from '../../scripts/lib/onboarding/input.ts';
import { membersOf } from '../../themes/cong-truong/members.ts';
import { FIXTURE_SITES_DIR, SITES_DIR } from '../helpers/paths.ts';

const PHONG = 'phong-vhxh-dong-hoa';

describe('new-school --parent <id of a Phòng site>', () => {
  it("links the school to the unit: the unit's commune as managing body, its portal, its id", () => {
    const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-parent-'));
    cpSync(join(FIXTURE_SITES_DIR, PHONG), join(sitesDir, PHONG), { recursive: true });
    createSchools(
      [
        {
          id: 'th-dong-hoa',
          name: 'Trường Tiểu học Đông Hòa',
          level: 'tieu-hoc',
          parent: PHONG,
          source: { file: COMMAND_LINE },
        },
      ],
      {
        sitesDir,
        today: new Date('2026-11-22T03:00:00Z'),
      },
    );
    const config = parseYaml(readFileSync(join(sitesDir, 'th-dong-hoa/site.yaml'), 'utf8')) as { parent: unknown };
    expect(config.parent).toEqual({ name: 'UBND phường Đông Hòa', url: 'https://vhxh-donghoa.hcm.edu.vn', id: PHONG });
    expect(() => validateSite(join(sitesDir, 'th-dong-hoa'), sitesDir)).not.toThrow();
    expect(membersOf(sitesDir, PHONG).members.map((m) => [m.id, m.level])).toEqual([['th-dong-hoa', 'tieu-hoc']]);
  });
});

describe('new-school --parent <id of a Phòng linked up to a Sở>', () => {
  it('names the Phòng itself as managing body, not the Sở it names as its own parent', () => {
    const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-parent-'));
    for (const id of ['so-gddt-tphcm', 'phong-vhxh-ben-thanh'])
      cpSync(join(SITES_DIR, id), join(sitesDir, id), { recursive: true });
    createSchools(
      [
        {
          id: 'th-ben-thanh',
          name: 'Trường Tiểu học Bến Thành',
          level: 'tieu-hoc',
          parent: 'phong-vhxh-ben-thanh',
          source: { file: COMMAND_LINE },
        },
      ],
      {
        sitesDir,
        today: new Date('2026-11-22T03:00:00Z'),
      },
    );
    const config = parseYaml(readFileSync(join(sitesDir, 'th-ben-thanh/site.yaml'), 'utf8')) as { parent: unknown };
    expect(config.parent).toEqual({
      name: 'Phòng Văn hóa - Xã hội phường Bến Thành',
      url: 'https://vhxh-benthanh.hcm.edu.vn',
      id: 'phong-vhxh-ben-thanh',
    });
    expect(() => validateSite(join(sitesDir, 'th-ben-thanh'), sitesDir)).not.toThrow();
    expect(membersOf(sitesDir, 'phong-vhxh-ben-thanh').members.map((m) => [m.id, m.level])).toEqual([
      ['th-ben-thanh', 'tieu-hoc'],
    ]);
  });
});
