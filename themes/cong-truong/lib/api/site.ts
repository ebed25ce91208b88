/** `/api/v1/site.json` from site.yaml. */
import { site } from 'virtual:cong-truong/site';
import type { SiteApi } from '../../../../content-schemas/api/site.ts';
import { LEVELS, UNIT_TYPES } from '../../../../content-schemas/levels.ts';
import { OWNERSHIP } from '../../../../content-schemas/site.ts';
import { absolute, envelope, labelIn } from './common.ts';

export function sitePayload(): SiteApi {
  return {
    ...envelope(),
    unit: {
      name: site.name,
      shortName: site.shortName,
      englishName: site.englishName,
      unitType: site.unitType,
      unitTypeLabel: labelIn(UNIT_TYPES, site.unitType),
      level: site.level,
      levelLabel: site.level && labelIn(LEVELS, site.level),
      ownership: site.ownership,
      ownershipLabel: labelIn(OWNERSHIP, site.ownership),
      // A URL in its canonical form (`https://host/`), as every other URL of the interface.
      parent: { ...site.parent, url: site.parent.url && new URL(site.parent.url).href },
      domain: site.domain,
      url: absolute('/'),
      address: site.address,
      addressEn: site.addressEn,
      phone: site.phone,
      email: site.email,
      workingHours: site.workingHours,
      founded: site.founded,
      responsible: site.responsible,
      logo: { url: absolute(site.logo.src), alt: site.logo.alt },
    },
  };
}
