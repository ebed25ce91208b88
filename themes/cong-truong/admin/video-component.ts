/**
 * «Video» in the Markdown editor's «Chèn thành phần» menu: a YouTube or Facebook
 * link, or the school's own MP4/WebM (written to `public/video/`, at most
 * VIDEO_LIMITS bytes, by upload-guard.ts), stored as the line video-link.ts reads
 * and the site shows as a link card or a `<video preload="none">`.
 */
import { createElement as h } from 'react';
import type { EditorComponentOptions } from 'decap-cms-core';
import { VIDEO_LINE, videoMarkdown, videoTarget } from '../lib/markdown-plugins/video-link.ts';
import { VIDEO_LIMITS } from '../../../content-schemas/media-limits.ts';

interface VideoData {
  title?: string;
  url?: string;
  file?: string;
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/** `../../media/van-nghe.mp4` (what the media library inserts) → `/video/van-nghe.mp4`, where the file is written and published. */
export function videoHref(file: string): string {
  const name = /(?:^|\/)media\/([^/]+\.(?:mp4|webm))$/i.exec(file)?.[1];
  return name ? `/video/${name}` : file;
}

export const videoComponent = {
  id: 'video',
  label: 'Video',
  fields: [
    {
      name: 'title',
      label: 'Tiêu đề video',
      widget: 'string',
      hint: 'Ví dụ: Lễ khai giảng năm học 2025–2026. Hiện trên cổng cùng nút mở video.',
    },
    {
      name: 'url',
      label: 'Liên kết YouTube hoặc Facebook',
      widget: 'string',
      required: false,
      hint: 'Dán địa chỉ video (https://www.youtube.com/watch?v=… hoặc https://www.facebook.com/…/videos/…). Cổng hiện tiêu đề và nút «Xem trên YouTube», không nhúng trình phát nên không theo dõi người xem.',
    },
    {
      name: 'file',
      label: `Hoặc tệp video của trường (MP4, WebM, tối đa ${VIDEO_LIMITS.maxBytes / 1_000_000} MB)`,
      widget: 'file',
      required: false,
      // Decap ignores media_folder here: the upload guard writes videos to public/video/ (uploadPathFor), linked as /video/<tên>.
      choose_url: false,
      media_library: { allow_multiple: false },
    },
  ],
  pattern: VIDEO_LINE,
  fromBlock: (match: RegExpMatchArray): VideoData => {
    const href = match[2] ?? '';
    const own = videoTarget(href)?.kind === 'file';
    return { title: unescape(match[1] ?? ''), url: own ? '' : href, file: own ? href : '' };
  },
  toBlock: (data: VideoData): string =>
    videoMarkdown(data.title ?? '', data.file ? videoHref(data.file) : (data.url ?? '')),
  toPreview: (data: VideoData) =>
    h('p', null, `Video: ${data.title ?? ''} (${data.file || data.url || 'chưa có liên kết'})`),
} as unknown as EditorComponentOptions;
