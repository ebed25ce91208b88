// /icon-512.png: the manifest's PNG icon (512×512), from the logo.
import { iconPng } from '../lib/share-card.ts';
import { siteLogo } from '../lib/site-logo.ts';

export async function GET(): Promise<Response> {
  return new Response(new Uint8Array(await iconPng(siteLogo(), 512)), { headers: { 'Content-Type': 'image/png' } });
}
