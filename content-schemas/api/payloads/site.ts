/** `/api/v1/site.json` from site.yaml. */
import { LEVELS, UNIT_TYPES } from '../../levels.ts';
import { OWNERSHIP } from '../../site.ts';
import type { SiteApi } from '../site.ts';
import { absolute, envelope, labelIn, type PayloadContext } from './context.ts';

export function sitePayload(ctx: PayloadContext): SiteApi {
  const { site } = ctx;
  return {
    ...envelope(ctx),
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
      url: absolute(ctx, '/'),
      address: site.address,
      addressEn: site.addressEn,
      phone: site.phone,
      email: site.email,
      workingHours: site.workingHours,
      founded: site.founded,
      responsible: site.responsible,
      logo: { url: absolute(ctx, site.logo.src), alt: site.logo.alt },
    },
  };
}
