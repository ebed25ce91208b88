/**
 * Recognises an image by its first bytes, so that a file renamed to .jpg, or a
 * failed upload saved as HTML, is reported before Astro (sharp) stops mid-build. A PNG named .jpg is
 * fine: sharp reads the bytes, not the name.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  jpeg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  png: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  gif: (h) => h.toString('latin1', 0, 4) === 'GIF8',
  webp: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  avif: (h) => h.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(h.toString('latin1', 8, 12)),
};

/** The format the file's bytes show, or undefined when they show no image format we accept. */
export function imageFormat(path: string): string | undefined {
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return Object.keys(SIGNATURES).find((format) => SIGNATURES[format]!(head));
}
