/** `/api/v1/site.json`: who the unit is, where it sits in the hierarchy, how to reach it. */
import { z } from 'astro/zod';
import { siteSchema } from '../site.ts';
import { absoluteUrl, apiFile, labelOf, like } from './fields.ts';

const s = siteSchema.shape;

export const siteApiSchema = apiFile(
  {
    title: 'Thông tin đơn vị',
    en: 'Unit identity',
    description: 'Tên, loại đơn vị, cấp học, cơ quan quản lý và thông tin liên hệ.',
  },
  {
    unit: z
      .object({
        name: s.name,
        shortName: s.shortName,
        englishName: s.englishName,
        unitType: s.unitType,
        unitTypeLabel: labelOf(s.unitType),
        level: s.level,
        levelLabel: labelOf(s.level).optional(),
        ownership: s.ownership,
        ownershipLabel: labelOf(s.ownership),
        parent: s.parent,
        domain: s.domain,
        url: absoluteUrl({ title: 'Địa chỉ cổng thông tin', en: 'Portal URL' }),
        address: s.address,
        addressEn: s.addressEn,
        phone: s.phone,
        email: s.email,
        workingHours: s.workingHours,
        founded: s.founded,
        responsible: s.responsible,
        logo: z.object({ url: absoluteUrl(like(s.logo.shape.src)), alt: s.logo.shape.alt }).meta({ ...like(s.logo) }),
      })
      .meta({ title: 'Đơn vị', en: 'Unit' }),
  },
);

export type SiteApi = z.output<typeof siteApiSchema>;
