/** Content the validator rejects is not published at all: every problem is an error. */
import type { Rule } from '../types.ts';

export default {
  id: 'noi-dung-hop-le',
  title: 'Nội dung hợp lệ',
  category: 'noi-dung',
  severity: 'error',
  basis: 'Điều 9 Thông tư 37/2020/TT-BGDĐT; Điều 3 Thông tư 09/2024/TT-BGDĐT (thông tin đúng, chính xác, đầy đủ)',
  needs: 'content',
  check: (ctx) =>
    ctx.problems.map((p) => ({
      file: p.file,
      message: `Tệp không hợp lệ nên không được đăng: ${p.message.split('. Cách sửa:')[0]}.`,
      fix: p.message.includes('Cách sửa:')
        ? (p.message.split('Cách sửa:')[1] ?? '').trim()
        : 'Sửa trường bị báo lỗi trong trang quản trị.',
    })),
} satisfies Rule;
