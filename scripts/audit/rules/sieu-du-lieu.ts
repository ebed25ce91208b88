/** TT 37/2020 Điều 9 khoản 6 and TT 24/2011 Điều 4, 6: Dublin Core metadata on the pages. */
import { findTags } from '../html.ts';
import { listSome, tt37 } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';

/** Mandatory elements (TT 24/2011 Điều 4): never empty (Điều 5). */
export const DC_REQUIRED = [
  'DC.title',
  'DC.creator',
  'DC.date',
  'DC.description',
  'DC.publisher',
  'DC.identifier',
] as const;

/** A redirect stub (`<meta http-equiv="refresh">`) is not a page of its own. */
const isRedirect = (html: string) =>
  findTags(html, ['meta']).some((t) => t.attrs['http-equiv']?.toLowerCase() === 'refresh');

export default {
  id: 'sieu-du-lieu',
  title: 'Siêu dữ liệu Dublin Core',
  category: 'noi-dung',
  severity: 'error',
  basis: (ctx) => `${tt37(ctx, 'Điều 9 khoản 6', 'Điều 8')}; Điều 4, Điều 6 Thông tư 24/2011/TT-BTTTT`,
  needs: 'dist',
  check: (ctx) => {
    const byMissing = new Map<string, { url: string; file: string }[]>();
    for (const page of ctx.built?.pages ?? []) {
      const html = page.html();
      if (isRedirect(html)) continue;
      const present = new Set(
        findTags(html, ['meta'])
          .filter((t) => t.attrs.content?.trim())
          .map((t) => (t.attrs.name ?? '').toLowerCase()),
      );
      const missing = DC_REQUIRED.filter((n) => !present.has(n.toLowerCase()));
      if (!missing.length) continue;
      const key = missing.join(', ');
      byMissing.set(key, [...(byMissing.get(key) ?? []), { url: page.url, file: page.file }]);
    }
    return [...byMissing].map(([missing, pages]): Draft => ({
      url: pages[0]?.url,
      file: ctx.shown(pages[0]?.file ?? ctx.distDir),
      message: `${pages.length} trang thiếu siêu dữ liệu bắt buộc ${missing}: ${listSome(pages.map((p) => p.url))}.`,
      fix: 'Giao diện phải sinh thẻ <meta name="DC.…" content="…"> không rỗng cho mọi trang (tiêu đề, tác giả, ngày, mô tả, cơ quan ban hành, định danh); kiểm tra trường mô tả, ngày đăng của bài.',
    }));
  },
} satisfies Rule;
