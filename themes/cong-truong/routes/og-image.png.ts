// /og-image.png: the share picture of every page that has no picture of its own.
import { site } from 'virtual:cong-truong/site';
import { shareCardPng } from '../lib/share-card.ts';
import { siteLogo } from '../lib/site-logo.ts';
import { t } from '../lib/i18n.ts';

export async function GET(): Promise<Response> {
  const png = await shareCardPng(siteLogo(), {
    name: site.name,
    subtitle: t('share.subtitle', 'vi', { domain: site.domain }),
    primary: site.theme.primary,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
