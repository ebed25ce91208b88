// /manifest.webmanifest: name, colours and icon for "add to home screen". The
// portal stays a web page (display: browser): there is no app behaviour to offer.
import { site } from 'virtual:cong-truong/site';

export function GET(): Response {
  const icon = site.logo.src;
  const manifest = {
    name: site.name,
    short_name: site.shortName,
    lang: 'vi',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: site.theme.primary,
    icons: [{ src: icon, sizes: icon.endsWith('.svg') ? 'any' : '512x512', type: icon.endsWith('.svg') ? 'image/svg+xml' : 'image/png' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
