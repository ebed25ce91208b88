/**
 * How a video sits in a Markdown body: a link alone on its line whose title is
 * `video`, e.g. `[Lễ khai giảng](https://www.youtube.com/watch?v=… "video")` or
 * `[Tiết mục văn nghệ](/video/van-nghe.mp4 "video")`. Anywhere the theme's
 * plugin does not run (RSS, a plain Markdown viewer) it stays a working link.
 * The site never embeds a third-party player: a YouTube or Facebook video is a
 * link card (no request to Google or Meta until the visitor chooses to go
 * there); a school's own MP4/WebM file under `public/video/` plays in place.
 * No imports: the admin bundle takes this file as is.
 */
export const VIDEO_LINK_TITLE = 'video';

export type VideoTarget =
  | { kind: 'youtube'; id: string; url: string }
  | { kind: 'facebook'; url: string }
  | { kind: 'file'; src: string; type: 'video/mp4' | 'video/webm' };

const YOUTUBE_HOSTS = /^(?:www\.|m\.|music\.)?(?:youtube\.com|youtube-nocookie\.com)$/;
const YOUTUBE_ID = /^[\w-]{11}$/;
const FACEBOOK_HOSTS = /^(?:www\.|m\.|web\.)?facebook\.com$|^fb\.watch$/;
/** A file the school published itself (file-types.ts VIDEO_EXTENSIONS, upload folder public/video). */
const OWN_FILE = /^\/video\/[a-z0-9][a-z0-9._-]*\.(mp4|webm)$/;

function parse(href: string): URL | undefined {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function youtubeId(url: URL): string | undefined {
  if (url.hostname === 'youtu.be') return url.pathname.slice(1).split('/')[0];
  if (!YOUTUBE_HOSTS.test(url.hostname)) return undefined;
  const path = /^\/(?:embed|shorts|live|v)\/([^/?#]+)/.exec(url.pathname);
  return path ? path[1] : (url.searchParams.get('v') ?? undefined);
}

/** What a video link points at, in the canonical form the site links to; undefined for anything else. */
export function videoTarget(href: string): VideoTarget | undefined {
  const own = OWN_FILE.exec(href.trim());
  if (own) return { kind: 'file', src: own[0], type: own[1] === 'webm' ? 'video/webm' : 'video/mp4' };
  const url = parse(href);
  if (!url) return undefined;
  const id = youtubeId(url);
  if (id !== undefined)
    return YOUTUBE_ID.test(id) ? { kind: 'youtube', id, url: `https://www.youtube.com/watch?v=${id}` } : undefined;
  if (!FACEBOOK_HOSTS.test(url.hostname)) return undefined;
  // The embed player (plugins/video.php?href=…) names the real video page.
  const inner = url.pathname.startsWith('/plugins/') ? parse(url.searchParams.get('href') ?? '') : url;
  return inner && FACEBOOK_HOSTS.test(inner.hostname)
    ? { kind: 'facebook', url: `https://${inner.hostname}${inner.pathname}${inner.search}` }
    : undefined;
}

/** The Markdown line the editor's «Video» button writes. */
export function videoMarkdown(title: string, href: string): string {
  const text =
    title
      .replace(/[[\]\\]/g, (c) => `\\${c}`)
      .replace(/\s+/g, ' ')
      .trim() || 'Video';
  return `[${text}](${href.trim()} "${VIDEO_LINK_TITLE}")`;
}

/** Reads the line back (Decap's editor component `pattern`/`fromBlock`). */
export const VIDEO_LINE = /^\[((?:\\.|[^\]\\])*)\]\((\S+) "video"\)$/;
