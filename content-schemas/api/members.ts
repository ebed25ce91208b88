/** `/api/v1/don-vi.json` (Phòng, Sở): the units whose site.yaml names this one as parent. */
import { z } from 'astro/zod';
import { siteSchema } from '../site.ts';
import { absoluteUrl, apiFile, labelOf } from './fields.ts';

const s = siteSchema.shape;

export const memberItemSchema = z
  .object({
    id: z.string().min(1).meta({ title: 'Mã đơn vị', en: 'Site id' }),
    name: s.name,
    unitType: s.unitType,
    unitTypeLabel: labelOf(s.unitType),
    level: s.level,
    levelLabel: labelOf(s.level).optional(),
    address: s.address,
    phone: s.phone,
    email: s.email,
    url: absoluteUrl({ title: 'Địa chỉ cổng thông tin', en: 'Portal URL' }),
  })
  .meta({ title: 'Đơn vị trực thuộc', en: 'Member unit' });

export const membersApiSchema = apiFile(
  {
    title: 'Đơn vị trực thuộc',
    en: 'Member units',
    description: 'Các trường (và phòng) có cơ quan quản lý trực tiếp là đơn vị này, theo cấp học.',
  },
  { items: z.array(memberItemSchema).meta({ title: 'Đơn vị trực thuộc', en: 'Member units' }) },
);

export type MembersApi = z.output<typeof membersApiSchema>;
