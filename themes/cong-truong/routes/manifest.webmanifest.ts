// /manifest.webmanifest: name, colours and icons for "add to home screen". The
// portal stays a web page (display: browser): there is no app behaviour to offer.
import { site } from 'virtual:cong-truong/site';
import { ICON_SIZES } from '../lib/share-card.ts';

export function GET(): Response {
  const logo = site.logo.src;
  const manifest = {
    name: site.name,
    short_name: site.shortName,
    lang: 'vi',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: site.theme.primary,
    icons: [
      ...ICON_SIZES.map((size) => ({ src: `/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })),
      ...(logo.endsWith('.svg') ? [{ src: logo, sizes: 'any', type: 'image/svg+xml' }] : []),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
