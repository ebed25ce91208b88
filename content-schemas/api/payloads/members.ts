/** `/api/v1/don-vi.json` (Phòng, Sở): the member units, as `/truong-hoc/` lists them. */
import { LEVELS, UNIT_TYPES } from '../../levels.ts';
import type { Member } from '../../members.ts';
import type { MembersApi } from '../members.ts';
import { envelope, labelIn, type PayloadContext } from './context.ts';

export function membersPayload(ctx: PayloadContext, members: readonly Member[]): MembersApi {
  return {
    ...envelope(ctx),
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
      url: new URL('/', `https://${m.domain}/`).href,
    })),
  };
}
