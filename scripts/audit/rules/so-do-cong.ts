/**
 * TT 32/2017 Điều 16 khoản 4 b: the sitemap as a text page for people (`/so-do-cong/`)
 * and as XML for search engines, and both list the same sections.
 */
import { PAGE_ROUTES } from '../../../content-schemas/collections/pages.ts';
import { listUrl } from '../../../content-schemas/urls.ts';
import { elementContents, findTags } from '../html.ts';
import { internalPath, resolvesTo } from '../built.ts';
import { listSome, stateRuleSeverity } from '../rule-helpers.ts';
import type { AuditContext, Draft, Rule } from '../types.ts';

export const TEXT_SITEMAP = '/so-do-cong/';

const withSlash = (p: string) => (p.endsWith('/') || /\.[a-z0-9]+$/i.test(p) ? p : `${p}/`);

/** Section pages: first-level pages, the known page routes and the leaders page. */
export function isSectionUrl(path: string): boolean {
  if (path === '/' || path === TEXT_SITEMAP || path === '/404/') return false;
  if (/^\/[^/]+\/$/.test(path)) return true;
  return Object.values<string>(PAGE_ROUTES).includes(path) || path === listUrl('leaders');
}

function ownHosts(ctx: AuditContext): string[] {
  const domain = ctx.site?.domain ?? 'localhost';
  return [domain, `www.${domain}`];
}

export default {
  id: 'so-do-cong',
  title: 'Sơ đồ cổng (dạng văn bản và sitemap.xml)',
  category: 'bo-cuc',
  severity: stateRuleSeverity,
  basis: 'Điều 16 khoản 4 điểm b Thông tư 32/2017/TT-BTTTT',
  needs: 'dist',
  check: (ctx) => {
    const built = ctx.built;
    if (!built) return [];
    const drafts: Draft[] = [];
    const page = built.page(TEXT_SITEMAP);
    if (!page) {
      drafts.push({
        url: TEXT_SITEMAP,
        message: 'Không có trang sơ đồ cổng dạng văn bản /so-do-cong/.',
        fix: 'Giao diện phải sinh trang /so-do-cong/ liệt kê đầy đủ các chuyên mục và dịch vụ của cổng.',
      });
    }
    if (!built.sitemapUrls.length) {
      drafts.push({
        url: '/sitemap-index.xml',
        message: 'Không có sơ đồ cổng dạng XML (sitemap*.xml) cho máy tìm kiếm.',
        fix: 'Bật tích hợp @astrojs/sitemap và dựng lại trang.',
      });
    }
    if (drafts.length || !page) return drafts;
    const hosts = ownHosts(ctx);
    const html = page.html();
    const main = elementContents(html, 'main')[0] ?? html;
    const listed = new Set(
      findTags(main, ['a'])
        .map((t) => internalPath(t.attrs.href ?? '', TEXT_SITEMAP, hosts))
        .filter((p): p is string => !!p && resolvesTo(built, p) && !/\.[a-z0-9]+$/i.test(p))
        .map(withSlash),
    );
    const inXml = new Set(
      built.sitemapUrls
        .map((u) => internalPath(u, '/', hosts))
        .filter((p): p is string => !!p)
        .map(withSlash),
    );
    const onlyText = [...listed].filter((p) => p !== TEXT_SITEMAP && !inXml.has(p)).sort();
    const onlyXml = [...inXml].filter((p) => isSectionUrl(p) && !listed.has(p)).sort();
    if (onlyText.length) {
      drafts.push({
        url: TEXT_SITEMAP,
        file: ctx.shown(page.file),
        message: `${onlyText.length} mục có trong sơ đồ cổng nhưng không có trong sitemap.xml: ${listSome(onlyText)}.`,
        fix: 'Hai sơ đồ phải cùng danh sách chuyên mục: kiểm tra trang bị loại khỏi sitemap.xml, hoặc bỏ liên kết thừa khỏi sơ đồ cổng.',
      });
    }
    if (onlyXml.length) {
      drafts.push({
        url: TEXT_SITEMAP,
        file: ctx.shown(page.file),
        message: `${onlyXml.length} chuyên mục có trong sitemap.xml nhưng không có trong sơ đồ cổng: ${listSome(onlyXml)}.`,
        fix: 'Thêm các chuyên mục này vào trang sơ đồ cổng (giao diện sinh từ cùng danh sách trang).',
      });
    }
    return drafts;
  },
} satisfies Rule;
