/** Internal links that lead nowhere (NĐ 224/2026 Điều 12: links monitored; TT 09/2024 Điều 3: easy to access). */
import { findTags, lineAt } from '../html.ts';
import { internalPath, resolvesTo } from '../built.ts';
import { listSome } from '../rule-helpers.ts';
import type { AuditContext, Draft, Rule } from '../types.ts';
import { entryUrl } from '../../../content-schemas/urls.ts';

/** The content file that holds the link, so the fix points at what an editor can change. */
function sourceOf(ctx: AuditContext, target: string): { file: string; line: number } | undefined {
  const bare = target.replace(/\/$/, '');
  for (const source of ctx.textSources()) {
    if (!/\.(md|ya?ml)$/i.test(source.path)) continue;
    const index = source.text.search(new RegExp(`${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/"')\s#?]|$)`));
    if (index >= 0) return { file: ctx.shown(source.path), line: lineAt(source.text, index) };
  }
  return undefined;
}

export default {
  id: 'lien-ket-hong',
  title: 'Liên kết nội bộ hỏng',
  category: 'ky-thuat',
  severity: 'error',
  basis: 'Điều 12 Nghị định 224/2026/NĐ-CP; Điều 3 Thông tư 09/2024/TT-BGDĐT (thông tin dễ tiếp cận)',
  needs: 'dist',
  check: (ctx) => {
    const built = ctx.built;
    if (!built || !ctx.site) return [];
    const hosts = [ctx.site.domain, `www.${ctx.site.domain}`];
    const broken = new Map<string, { url: string; file: string }[]>();
    for (const page of built.pages) {
      for (const tag of findTags(page.html(), ['a', 'img', 'link', 'source', 'script'])) {
        const ref = tag.name === 'a' || tag.name === 'link' ? tag.attrs.href : tag.attrs.src;
        if (!ref) continue;
        const path = internalPath(ref, page.url, hosts);
        if (path === undefined || resolvesTo(built, path)) continue;
        broken.set(path, [...(broken.get(path) ?? []), { url: page.url, file: page.file }]);
      }
    }
    return [...broken].map(([target, pages]): Draft => ({
      url: pages[0]?.url,
      ...(sourceOf(ctx, target) ?? { file: ctx.shown(pages[0]?.file ?? built.dir) }),
      message: `Liên kết tới ${target} không dẫn tới trang hoặc tệp nào (có ở ${pages.length} chỗ: ${listSome([...new Set(pages.map((p) => p.url))], 3)}).`,
      fix: `Sửa đường dẫn trong bài viết (đường dẫn kết thúc bằng /, ví dụ ${entryUrl('news', 'ten-bai')}) hoặc tải lại tệp bị thiếu vào thư mục public.`,
    }));
  },
} satisfies Rule;
