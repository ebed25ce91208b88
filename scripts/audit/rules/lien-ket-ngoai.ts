/**
 * Links to domains outside an allow-list (own domain, *.gov.vn, *.edu.vn, the
 * services and links of site.yaml, data/allowed-domains.yaml, the profile's list):
 * a warning, because defaced school portals carry links to gambling and spam sites.
 * Hosts under a gambling TLD (.bet, .vip…) are errors of tu-khoa-co-bac instead, even
 * when allow-listed, so they are not reported twice.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { findTags, lineAt } from '../html.ts';
import { isSuspiciousHost } from '../spam-terms.ts';
import type { AuditContext, Draft, Rule } from '../types.ts';

const DATA = fileURLToPath(new URL('../data/allowed-domains.yaml', import.meta.url));
const URL_IN_TEXT = /https?:\/\/[^\s"'<>)\]]+/gi;

/** The host of an absolute http(s) URL; sentence punctuation after a bare URL is not part of it. */
function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url.replace(/[.,;:!?]+$/, '')).hostname.toLowerCase().replace(/\.$/, '');
    return /^[a-z0-9.-]+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

export function allowList(ctx: AuditContext): string[] {
  const site = ctx.site;
  const data = (parseYaml(readFileSync(DATA, 'utf8')) as { domains?: string[] }).domains ?? [];
  const fromSite = [...(site?.services ?? []), ...(site?.links ?? [])].map((l) => hostOf(l.url));
  const parent = site?.parent.url ? hostOf(site.parent.url) : undefined;
  return [site?.domain, 'gov.vn', 'edu.vn', parent, ...fromSite, ...data, ...ctx.profile.allowDomains]
    .filter((d): d is string => !!d)
    .map((d) => d.toLowerCase().replace(/^www\./, ''));
}

export function isAllowed(host: string, allowed: readonly string[]): boolean {
  const h = host.replace(/^www\./, '');
  return allowed.some((d) => h === d || h.endsWith(`.${d}`));
}

export default {
  id: 'lien-ket-ngoai',
  title: 'Liên kết ra ngoài danh sách cho phép',
  category: 'an-toan',
  severity: 'warning',
  basis:
    'Điều 7 khoản 1 Thông tư 37/2020/TT-BGDĐT (nội dung phù hợp); Điều 19 Thông tư 32/2017/TT-BTTTT (an toàn thông tin)',
  needs: 'content',
  check: (ctx) => {
    const allowed = allowList(ctx);
    const seen = new Map<string, { file: string; line?: number; url?: string; count: number }>();
    const note = (host: string, where: { file: string; line?: number; url?: string }) => {
      if (isSuspiciousHost(host)) return;
      const prev = seen.get(host);
      if (prev) prev.count += 1;
      else seen.set(host, { ...where, count: 1 });
    };
    for (const source of ctx.textSources()) {
      // Markdown and HTML only: SVG and XML files carry namespace URLs, not links.
      if (!/\.(md|html?|txt)$/i.test(source.path)) continue;
      for (const m of source.text.matchAll(URL_IN_TEXT)) {
        const host = hostOf(m[0]);
        if (host && !isAllowed(host, allowed))
          note(host, { file: ctx.shown(source.path), line: lineAt(source.text, m.index ?? 0) });
      }
    }
    for (const item of ctx.site?.menu ?? []) {
      for (const link of [item, ...(item.children ?? [])]) {
        const host = /^https?:/i.test(link.url) ? hostOf(link.url) : undefined;
        if (host && !isAllowed(host, allowed))
          note(host, { file: ctx.shown(`${ctx.siteDir}/site.yaml`), line: undefined });
      }
    }
    // Pages repeat their menus' and footer's links: each address is read once.
    const hosts = new Map<string, string | undefined>();
    const pageHost = (url: string) => {
      if (!hosts.has(url)) hosts.set(url, hostOf(url));
      return hosts.get(url);
    };
    for (const page of ctx.built?.pages ?? []) {
      for (const tag of findTags(page.html(), ['a', 'iframe'])) {
        const host = pageHost(tag.attrs.href ?? tag.attrs.src ?? '');
        if (host && !isAllowed(host, allowed)) note(host, { file: ctx.shown(page.file), url: page.url });
      }
    }
    return [...seen].map(([host, where]): Draft => ({
      file: where.file,
      line: where.line,
      url: where.url,
      message: `Liên kết tới tên miền ngoài danh sách cho phép: ${host} (${where.count} chỗ).`,
      fix: `Kiểm tra liên kết có đúng do nhà trường đặt và còn cần thiết không; nếu là trang tin cậy, thêm ${host} vào services hoặc links trong site.yaml (hoặc allowDomains của bộ tiêu chí); nếu lạ, xóa ngay và đổi mật khẩu tài khoản quản trị.`,
    }));
  },
} satisfies Rule;
