/**
 * `audience` (✱ contract): which units below a Phòng or Sở receive one of its văn bản,
 * notices or alerts. `all` reaches every member and, recursively, the members of its
 * member offices; `{ levels, units }` reaches the members (at any depth) of those
 * levels and the units named by id (an office's id reaches the office and its schools).
 * The receiving portals show the entry by reference; nothing is copied.
 */
import { z } from 'astro/zod';
import { nfc } from './fields.ts';
import { LEVELS, LEVEL_KEYS, type Level } from './levels.ts';

export const AUDIENCE_ALL = 'all';

const AUDIENCE_META = {
  title: 'Gửi đến các đơn vị',
  en: 'Audience',
  description:
    'Chọn «Không gửi» nếu chỉ đăng trên cổng này. «Tất cả đơn vị trực thuộc» gửi đến mọi trường, phòng trực thuộc (kể cả trường của các phòng).',
};

const targeted = z
  .object({
    levels: z
      .array(z.preprocess(nfc, z.enum(LEVEL_KEYS)))
      .default([])
      .meta({ title: 'Các cấp học', en: 'Levels', options: LEVELS }),
    units: z
      .array(z.preprocess(nfc, z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)))
      .default([])
      .meta({ title: 'Các đơn vị (mã đơn vị)', en: 'Units (site ids)', example: 'thcs-nguyen-du' }),
  })
  .refine((a) => a.levels.length > 0 || a.units.length > 0, {
    message: 'chọn ít nhất một cấp học hoặc một đơn vị / choose at least one level or unit',
  });

export const audience = () =>
  z
    .union([z.preprocess(nfc, z.literal(AUDIENCE_ALL)), targeted])
    .optional()
    .meta(AUDIENCE_META);

export type Audience = 'all' | { levels: Level[]; units: string[] };

/** A unit below the sender, as far as `audience` needs to know it. */
export interface Recipient {
  id: string;
  level?: Level;
  /** Ids of the units between the sender and the recipient (the recipient excluded), nearest the sender first. */
  via: readonly string[];
}

/** Whether `audience` reaches `recipient` (a member of the sender, at any depth). */
export function addresses(audience: Audience | undefined, recipient: Recipient): boolean {
  if (!audience) return false;
  if (audience === AUDIENCE_ALL) return true;
  if (audience.units.includes(recipient.id) || recipient.via.some((id) => audience.units.includes(id))) return true;
  return recipient.level !== undefined && audience.levels.includes(recipient.level);
}
