// /robots.txt: everything may be crawled except the CMS; the sitemap is named so
// that search engines find every page (@astrojs/sitemap writes sitemap-index.xml).
import type { APIContext } from 'astro';
import { site } from 'virtual:cong-truong/site';

export function GET(context: APIContext): Response {
  const origin = context.site ?? new URL(`https://${site.domain}`);
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin/',
    '',
    `Sitemap: ${new URL('/sitemap-index.xml', origin).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
