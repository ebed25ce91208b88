// Build order of a sites folder: members before their units (their audits feed the unit's status page).
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSites, membersFirst } from '../../scripts/lib/sites.ts';
import { NETWORK_SITES_DIR } from '../helpers/paths.ts';
import { copySite } from '../helpers/temp-site.ts';

describe('membersFirst', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('puts the schools, then their Phòng, then the Sở', () => {
    expect(membersFirst(NETWORK_SITES_DIR, listSites(NETWORK_SITES_DIR))).toEqual([
      ['th-thu-nghiem', 'thcs-thu-nghiem'],
      ['phong-vhxh-thu-nghiem'],
      ['so-gddt-thu-nghiem'],
    ]);
  });

  it('orders only the chosen sites: a unit whose members are not in the run does not wait', () => {
    expect(membersFirst(NETWORK_SITES_DIR, ['so-gddt-thu-nghiem', 'thcs-thu-nghiem'])).toEqual([
      ['so-gddt-thu-nghiem', 'thcs-thu-nghiem'],
    ]);
  });

  it('ends on a cycle of parent.id and puts an invalid site.yaml first', () => {
    const temp = copySite(join(NETWORK_SITES_DIR, 'phong-vhxh-thu-nghiem'), 'phong-vhxh-thu-nghiem');
    temps.push(temp.sitesDir);
    cpSync(join(NETWORK_SITES_DIR, 'so-gddt-thu-nghiem'), join(temp.sitesDir, 'so-gddt-thu-nghiem'), {
      recursive: true,
    });
    cpSync(join(NETWORK_SITES_DIR, 'thcs-thu-nghiem'), join(temp.sitesDir, 'thcs-thu-nghiem'), { recursive: true });
    // The Sở names its own Phòng as parent: Phòng → Sở → Phòng.
    temp.edit('../so-gddt-thu-nghiem/site.yaml', (s) =>
      s.replace(/parent:\n/, 'parent:\n  id: phong-vhxh-thu-nghiem\n'),
    );
    temp.edit('../thcs-thu-nghiem/site.yaml', (s) => s.replace(/^name: .*$/m, 'name: ""'));
    const waves = membersFirst(temp.sitesDir, listSites(temp.sitesDir));
    expect(waves.flat().sort()).toEqual(['phong-vhxh-thu-nghiem', 'so-gddt-thu-nghiem', 'thcs-thu-nghiem']);
    expect(waves[0]).toContain('thcs-thu-nghiem');
  });
});
