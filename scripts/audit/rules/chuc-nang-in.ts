/** NĐ 42/2022 Điều 7 (now NĐ 224/2026, TT 22/2023 as practice): print and save each article. */
import { elementContents, findTags, visibleText } from '../html.ts';
import { listSome, stateRuleSeverity } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { slugOfUrl } from '../../../content-schemas/urls.ts';

/** The article collections: each entry's page must offer print and save. */
const ARTICLES = ['news', 'documents', 'disclosures', 'admissions'] as const;
/** Detail pages of the article collections, where the registry puts them (not their list, filter or pagination pages). */
const isArticle = (url: string) => ARTICLES.some((c) => slugOfUrl(c, url) !== undefined);
/** Control text such as «In», «In bài», «In / Lưu», «Print». */
const PRINT_TEXT = /^(in|print)(\s|\/|,|$)/i;

/** A class token such as `print`, `ct-print`, `print-button` (never `noprint`). */
const PRINT_CLASS = /^(?:.*-)?print(?:-.*)?$/i;

/**
 * A print or save control: a button, link, or (the theme's zero-JavaScript way) a
 * details/summary with printing instructions, marked by `data-print`, a print class,
 * an `onclick` calling print(), or text starting with «In» / «Print».
 */
export function hasPrintAction(html: string): boolean {
  const marked = findTags(html, ['button', 'a', 'details', 'summary']).some(
    (t) =>
      'data-print' in t.attrs ||
      /print\(/i.test(t.attrs.onclick ?? '') ||
      (t.attrs.class ?? '').split(/\s+/).some((c) => PRINT_CLASS.test(c) && !/noprint/i.test(c)),
  );
  if (marked) return true;
  return ['button', 'a', 'summary'].some((name) =>
    elementContents(html, name).some((inner) => PRINT_TEXT.test(visibleText(inner))),
  );
}

export default {
  id: 'chuc-nang-in',
  title: 'Chức năng in, lưu bài viết',
  category: 'bo-cuc',
  severity: stateRuleSeverity,
  basis: 'Điều 7 Nghị định 42/2022/NĐ-CP (thay bằng Nghị định 224/2026/NĐ-CP từ 01/7/2026); Thông tư 22/2023/TT-BTTTT',
  needs: 'dist',
  check: (ctx) => {
    const articles = (ctx.built?.pages ?? []).filter((p) => isArticle(p.url));
    const without = articles.filter((p) => !hasPrintAction(p.html()));
    if (!without.length) return [];
    return [
      {
        url: without[0]?.url,
        file: ctx.shown(without[0]?.file ?? ctx.distDir),
        message: `${without.length}/${articles.length} trang bài viết không có nút in, lưu: ${listSome(without.map((p) => p.url))}.`,
        fix: 'Giao diện phải có nút «In / Lưu» trên mỗi bài viết (đánh dấu bằng data-print hoặc class chứa "print") và kiểu in (print stylesheet).',
      },
    ];
  },
} satisfies Rule;
