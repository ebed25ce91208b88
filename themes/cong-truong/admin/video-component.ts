/**
 * «Video» in the Markdown editor's toolbar: a YouTube or Facebook link, or the
 * school's own MP4/WebM (uploaded to `public/video/`, at most VIDEO_LIMITS
 * bytes, checked by upload-guard.ts), written as the line video-link.ts reads and
 * the site shows as a link card or a `<video preload="none">`.
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

export const videoComponent = {
  id: 'video',
  label: 'Video',
  fields: [
    { name: 'title', label: 'Tiêu đề video', widget: 'string', hint: 'Ví dụ: Lễ khai giảng năm học 2025–2026. Hiện trên cổng cùng nút mở video.' },
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
      // Relative to the entry's folder (sites/<id>/content/<mục>/): the site publishes public/video/ at /video/.
      media_folder: '../../public/video',
      public_folder: '/video',
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
  toBlock: (data: VideoData): string => videoMarkdown(data.title ?? '', data.file || data.url || ''),
  toPreview: (data: VideoData) => h('p', null, `Video: ${data.title ?? ''} (${data.file || data.url || 'chưa có liên kết'})`),
} as unknown as EditorComponentOptions;
