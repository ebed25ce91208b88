/** Images over 500 KB: slow on mobile networks (TT 32/2017 Điều 17; TT 09/2024 Điều 3 "dễ tiếp cận"). */
import { listFiles } from '../files.ts';
import type { Rule } from '../types.ts';

export const MAX_IMAGE_BYTES = 500 * 1024;
const IMAGE = /\.(jpe?g|png|gif|webp|avif|tiff?|bmp)$/i;

export default {
  id: 'anh-qua-lon',
  title: 'Ảnh dung lượng lớn',
  category: 'ky-thuat',
  severity: 'warning',
  basis:
    'Điều 17 Thông tư 32/2017/TT-BTTTT (truy cập trên thiết bị di động); Điều 3 Thông tư 09/2024/TT-BGDĐT (dễ tiếp cận)',
  needs: 'content',
  check: (ctx) =>
    [...listFiles(ctx.siteDir, 'media'), ...listFiles(ctx.siteDir, 'public')]
      .filter((f) => IMAGE.test(f.path) && f.size > MAX_IMAGE_BYTES)
      .map((f) => ({
        file: ctx.shown(f.path),
        message: `Ảnh gốc nặng ${(f.size / 1024).toFixed(0)} KB (quá 500 KB).`,
        fix: 'Thu nhỏ ảnh trước khi tải lên (cạnh dài khoảng 1600–2000 điểm ảnh, JPEG chất lượng 80%).',
      })),
} satisfies Rule;
