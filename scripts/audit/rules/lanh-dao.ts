/** TT 37/2020 Điều 9 khoản 1 a: each leader's name, position, phone, email and duties. */
import { collectionFolder, entryAt, tt37 } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';
import type { EntryData } from '../../../content-schemas/entry.ts';

const FIELDS: [keyof EntryData<'leaders'>, string][] = [
  ['name', 'họ và tên'],
  ['position', 'chức vụ'],
  ['phone', 'điện thoại'],
  ['email', 'thư điện tử'],
  ['duties', 'nhiệm vụ được giao'],
];

export default {
  id: 'lanh-dao',
  title: 'Thông tin lãnh đạo',
  category: 'noi-dung',
  severity: 'error',
  basis: (ctx) => tt37(ctx, 'Điều 9 khoản 1 điểm a', 'Điều 8 khoản 1'),
  needs: 'content',
  check: (ctx) => {
    const leaders = ctx.of('leaders');
    if (!leaders.length) {
      return [
        {
          file: collectionFolder(ctx, 'leaders'),
          url: listUrl('leaders'),
          message: 'Chưa có thông tin lãnh đạo đơn vị.',
          fix: 'Thêm từng lãnh đạo (mục Lãnh đạo) với họ tên, chức vụ, điện thoại, thư điện tử và nhiệm vụ được giao.',
        },
      ];
    }
    return leaders.flatMap((leader): Draft[] => {
      const missing = FIELDS.filter(([key]) => !String(leader.data[key] ?? '').trim());
      if (!missing.length) return [];
      return [
        {
          ...entryAt(ctx, leader),
          message: `Lãnh đạo «${leader.data.name || leader.slug}» thiếu: ${missing.map(([, l]) => l).join(', ')}.`,
          fix: 'Bổ sung các thông tin còn thiếu.',
        },
      ];
    });
  },
} satisfies Rule;
