/**
 * Sharing and basics in the real builds: the fallback share picture (1200×630 PNG,
 * made from the logo and name), /favicon.ico, /apple-touch-icon.png and the manifest's
 * PNG icons decode at their sizes; robots.txt names the sitemap; the three feeds parse
 * as XML with their self link; every page names a share picture that exists and
 * JSON-LD with the unit (never a person) as publisher; the head passes vnu.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sax from 'sax';
import sharp from 'sharp';
import { builtSites, exists, expectedUrls, fileOf, read, type BuiltSite } from './built-sites.ts';

const sites = builtSites();
const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

async function size(s: BuiltSite, url: string): Promise<[number | undefined, number | undefined, string | undefined]> {
  const m = await sharp(fileOf(s, url)).metadata();
  return [m.width, m.height, m.format];
}

/** The entries of an .ico: each is a PNG (what the build writes) that sharp must decode. */
async function icoEntries(buf: Buffer): Promise<number[]> {
  expect(buf.readUInt16LE(0)).toBe(0);
  expect(buf.readUInt16LE(2)).toBe(1);
  const count = buf.readUInt16LE(4);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    const png = buf.subarray(buf.readUInt32LE(at + 12), buf.readUInt32LE(at + 12) + buf.readUInt32LE(at + 8));
    const m = await sharp(png).metadata();
    expect(m.width).toBe(buf.readUInt8(at) || 256);
    sizes.push(m.width ?? 0);
  }
  return sizes;
}

interface Feed {
  self?: string;
  language?: string;
  items: { title: string; link: string }[];
}

/** Strict XML parse (sax): a malformed feed throws. */
function parseFeed(xml: string): Feed {
  const parser = sax.parser(true, { xmlns: true });
  const feed: Feed = { items: [] };
  const path: string[] = [];
  let text = '';
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (tag) => {
    path.push(tag.name);
    text = '';
    const attrs = tag.attributes as Record<string, sax.QualifiedAttribute>;
    if (
      tag.name === 'atom:link' &&
      (tag as sax.QualifiedTag).uri === 'http://www.w3.org/2005/Atom' &&
      attrs.rel?.value === 'self'
    )
      feed.self = attrs.href?.value;
    if (tag.name === 'item') feed.items.push({ title: '', link: '' });
  };
  parser.ontext = (t) => (text += t);
  parser.oncdata = (t) => (text += t);
  parser.onclosetag = (name) => {
    const parent = path.at(-2);
    const item = feed.items.at(-1);
    if (parent === 'item' && item && (name === 'title' || name === 'link')) item[name] = text.trim();
    if (parent === 'channel' && name === 'language') feed.language = text.trim();
    path.pop();
  };
  parser.write(xml).close();
  return feed;
}

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe.each(sites.map((s) => [s.id, s] as const))('site %s', (_id, s) => {
  const origin = `https://${s.site.domain}`;
  const orgType = s.site.unitType === 'truong' ? 'EducationalOrganization' : 'GovernmentOrganization';

  it('has a 1200×630 PNG share picture, PNG icons at 180, 192 and 512 px and a favicon.ico of 16, 32 and 48 px', async () => {
    expect(await size(s, '/og-image.png')).toEqual([1200, 630, 'png']);
    expect(await size(s, '/apple-touch-icon.png')).toEqual([180, 180, 'png']);
    expect(await size(s, '/icon-192.png')).toEqual([192, 192, 'png']);
    expect(await size(s, '/icon-512.png')).toEqual([512, 512, 'png']);
    expect(await icoEntries(readFileSync(fileOf(s, '/favicon.ico')))).toEqual([16, 32, 48]);
  });

  it('lists the PNG icons in the manifest', () => {
    const manifest = JSON.parse(read(s, '/manifest.webmanifest')) as {
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.icons).toEqual(
      expect.arrayContaining([
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      ]),
    );
    for (const icon of manifest.icons) expect(exists(s, icon.src), icon.src).toBe(true);
  });

  it('points robots.txt at the sitemap it has and keeps crawlers out of the CMS only', () => {
    const robots = read(s, '/robots.txt');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(exists(s, '/sitemap-index.xml')).toBe(true);
  });

  it.each(['/rss.xml', '/thong-bao/rss.xml', '/van-ban/rss.xml'])(
    'publishes %s as well-formed RSS with its self link',
    (path) => {
      const feed = parseFeed(read(s, path));
      expect(feed.self).toBe(`${origin}${path}`);
      expect(feed.language).toBe('vi');
      for (const item of feed.items) {
        expect(item.title).not.toBe('');
        expect(item.link).toMatch(/^https:\/\//);
        // Own entries link to pages of this build.
        if (item.link.startsWith(origin)) expect(exists(s, new URL(item.link).pathname), item.link).toBe(true);
      }
    },
  );

  it('puts every published notice in /thong-bao/rss.xml and every document of /van-ban/ (up to 50) in /van-ban/rss.xml', () => {
    const notices = s.entries.filter(
      (e) => e.collection === 'news' && e.data.category === 'thong-bao' && e.data.draft !== true,
    );
    const noticeLinks = parseFeed(read(s, '/thong-bao/rss.xml')).items.map((i) => i.link);
    for (const n of notices.slice(0, 50)) expect(noticeLinks).toContain(`${origin}/tin-tuc/${n.slug}/`);
    const docItems = parseFeed(read(s, '/van-ban/rss.xml')).items;
    expect(docItems.length).toBeLessThanOrEqual(50);
    const newest = s.entries
      .filter((e) => e.collection === 'documents' && e.data.draft !== true)
      .sort((a, b) => (b.data.issued as Date).getTime() - (a.data.issued as Date).getTime())[0];
    if (newest) expect(docItems.map((i) => i.link)).toContain(`${origin}/van-ban/${newest.slug}/`);
  });

  it('names a share picture that exists, the favicons and the three feeds on every page', () => {
    for (const url of expectedUrls(s).filter((u) => u.endsWith('/'))) {
      const html = read(s, url);
      const og = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
      expect(og, url).toBeDefined();
      expect(og!.startsWith(`${origin}/`), url).toBe(true);
      expect(exists(s, new URL(og!).pathname), `${url}: ${og}`).toBe(true);
      expect(html, url).toContain('<link rel="icon" href="/favicon.ico"');
      expect(html, url).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
      for (const feed of ['/rss.xml', '/thong-bao/rss.xml', '/van-ban/rss.xml'])
        expect(html, url).toMatch(
          new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}">`),
        );
    }
  });

  it('gives every page JSON-LD with a picture and the unit as publisher, never a person', () => {
    for (const url of expectedUrls(s).filter((u) => u.endsWith('/'))) {
      const [ld, ...more] = jsonLdOf(read(s, url));
      expect(more, url).toEqual([]);
      expect(ld?.image, url).toMatch(/^https:\/\//);
      if (ld!['@type'] === orgType) continue;
      expect(ld!.publisher, url).toMatchObject({ '@type': orgType, name: s.site.name });
      const author = ld!.author as { '@type': string; name: string } | undefined;
      if (author?.['@type'] === 'Person') expect(author.name, url).not.toMatch(/^(Ban|Tổ|Nhà trường|Trường)\s/);
    }
    expect(jsonLdOf(read(s, '/'))[0]?.['@type']).toBe(orgType);
  });
});

describe('the head of a built page', () => {
  it('passes the Nu HTML Checker', () => {
    const s = sites[0]!;
    const run = spawnSync(
      'java',
      [
        '-jar',
        VNU_JAR,
        '--errors-only',
        '--format',
        'json',
        fileOf(s, '/'),
        fileOf(s, '/lien-he/'),
        fileOf(s, '/hoi-dap/'),
      ],
      { encoding: 'utf8' },
    );
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; message: string }[] })
      .messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => m.message)).toEqual([]);
  });
});
