// /favicon.ico: 16, 32 and 48 px from the logo, for browsers and tools that ask for it by path.
import { faviconIco } from '../lib/share-card.ts';
import { siteLogo } from '../lib/site-logo.ts';

export async function GET(): Promise<Response> {
  return new Response(new Uint8Array(await faviconIco(siteLogo())), {
    headers: { 'Content-Type': 'image/vnd.microsoft.icon' },
  });
}
