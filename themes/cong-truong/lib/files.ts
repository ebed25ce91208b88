/**
 * Attachments are static files under `sites/<id>/public/tep/`: their type and size
 * are read at build time so every download link says what the reader will get.
 */
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { siteDir } from 'virtual:cong-truong/site';

export interface FileInfo {
  href: string;
  /** Upper-case extension, e.g. `PDF`. */
  type: string;
  /** Size in whole kilobytes, at least 1. */
  kb: number;
}

export function fileInfo(href: string): FileInfo {
  const bytes = statSync(join(siteDir, 'public', href)).size;
  return { href, type: extname(href).slice(1).toUpperCase(), kb: Math.max(1, Math.ceil(bytes / 1024)) };
}

const kbFormat = new Intl.NumberFormat('vi-VN');

export function formatKb(kb: number): string {
  return kbFormat.format(kb);
}
