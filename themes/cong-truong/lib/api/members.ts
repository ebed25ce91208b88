/** `/api/v1/don-vi.json` (Phòng, Sở): the member units, as `/truong-hoc/` lists them. */
import { members } from 'virtual:cong-truong/site';
import type { MembersApi } from '../../../../content-schemas/api/members.ts';
import { LEVELS, UNIT_TYPES } from '../../../../content-schemas/levels.ts';
import { absoluteUrl } from '../urls.ts';
import { envelope, labelIn } from './common.ts';

export function membersPayload(): MembersApi {
  return {
    ...envelope(),
    items: members.map((m) => ({
      id: m.id,
      name: m.name,
      unitType: m.unitType,
      unitTypeLabel: labelIn(UNIT_TYPES, m.unitType),
      level: m.level,
      levelLabel: m.level && labelIn(LEVELS, m.level),
      address: m.address,
      phone: m.phone,
      email: m.email,
      url: absoluteUrl('/', m.domain),
    })),
  };
}
