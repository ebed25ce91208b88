// /apple-touch-icon.png: the home-screen icon iOS asks for at this fixed path (180×180).
import { iconPng, TOUCH_ICON_SIZE } from '../lib/share-card.ts';
import { siteLogo } from '../lib/site-logo.ts';

export async function GET(): Promise<Response> {
  return new Response(new Uint8Array(await iconPng(siteLogo(), TOUCH_ICON_SIZE)), {
    headers: { 'Content-Type': 'image/png' },
  });
}
