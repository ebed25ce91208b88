/**
 * The «Video» lines of a body (video-link.ts) as the site shows them, with no
 * request to a third party: a YouTube or Facebook video becomes a link card (its
 * title and «Xem trên YouTube»), never an iframe, so no player, cookie or tracker
 * loads with the page; a school's own MP4/WebM file plays in a `<video controls
 * preload="none">`, which fetches nothing until the visitor presses play. A video
 * link that points anywhere else stays an ordinary link. Runs after the sanitiser.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { VIDEO_LINK_TITLE, videoTarget, type VideoTarget } from './video-link.ts';

/** Body text is Vietnamese (an English page's body is written by the school too). */
const LABELS = { youtube: 'Xem trên YouTube', facebook: 'Xem trên Facebook', file: 'Tải video về máy' } as const;

const el = (tagName: string, properties: Element['properties'], ...children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** `<p><a title="video" href=…>…</a></p>` (whitespace aside): the link, else undefined. */
function videoLink(node: Element): Element | undefined {
  if (node.tagName !== 'p') return undefined;
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = kids.length === 1 ? kids[0] : undefined;
  return only?.type === 'element' && only.tagName === 'a' && only.properties.title === VIDEO_LINK_TITLE
    ? only
    : undefined;
}

function card(target: VideoTarget, title: string): Element {
  const caption = el('figcaption', { className: ['ct-video__title'] }, text(title));
  if (target.kind === 'file') {
    const fallback = el('a', { href: target.src, download: '' }, text(LABELS.file));
    const video = el(
      'video',
      { controls: true, preload: 'none', src: target.src, className: ['ct-video__player'] },
      fallback,
    );
    return el('figure', { className: ['ct-video', 'ct-video--file'] }, video, caption);
  }
  const link = el(
    'a',
    { href: target.url, rel: ['noopener', 'noreferrer'], className: ['ct-video__link'] },
    text(LABELS[target.kind]),
  );
  return el('figure', { className: ['ct-video', `ct-video--${target.kind}`] }, caption, el('p', {}, link));
}

function walk(node: Root | Element): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    const link = videoLink(child);
    const target = link && typeof link.properties.href === 'string' ? videoTarget(link.properties.href) : undefined;
    if (link && target) return card(target, toText(link).trim() || 'Video');
    walk(child);
    return child;
  }) as typeof node.children;
}

export default function rehypeVideo() {
  return (tree: Root) => walk(tree);
}
