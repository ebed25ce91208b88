/** `/api/v1/don-vi.json` (Phòng, Sở): the member units, as `/truong-hoc/` lists them. */
import { members } from 'virtual:cong-truong/site';
import type { MembersApi } from '../../../../content-schemas/api/members.ts';
import { membersPayload as build } from '../../../../content-schemas/api/payloads/members.ts';
import { payloadContext } from './common.ts';

export function membersPayload(): MembersApi {
  return build(payloadContext, members);
}
