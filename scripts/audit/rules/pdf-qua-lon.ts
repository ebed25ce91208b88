/** PDF attachments over 10 MB are hard to open on a phone (TT 09/2024 Điều 3 "dễ tiếp cận"). */
import { listFiles } from '../files.ts';
import type { Rule } from '../types.ts';

export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export default {
  id: 'pdf-qua-lon',
  title: 'Tệp PDF dung lượng lớn',
  category: 'ky-thuat',
  severity: 'warning',
  basis: 'Điều 3 Thông tư 09/2024/TT-BGDĐT (thông tin dễ tiếp cận); Điều 17 Thông tư 32/2017/TT-BTTTT',
  needs: 'content',
  check: (ctx) =>
    listFiles(ctx.siteDir, 'public')
      .filter((f) => f.path.toLowerCase().endsWith('.pdf') && f.size > MAX_PDF_BYTES)
      .map((f) => ({
        file: ctx.shown(f.path),
        message: `Tệp PDF nặng ${(f.size / 1024 / 1024).toFixed(1)} MB (quá 10 MB).`,
        fix: 'Giảm dung lượng (quét ở 150 dpi, nén PDF) hoặc tách thành nhiều tệp.',
      })),
} satisfies Rule;
