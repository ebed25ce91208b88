/** Template text the school never replaced ("[CẦN THAY]", placeholder phone, .invalid domain). */
import type { Rule } from '../types.ts';

export default {
  id: 'chua-thay-mau',
  title: 'Nội dung mẫu chưa thay',
  category: 'noi-dung',
  severity: 'error',
  basis: 'Điều 3 Thông tư 09/2024/TT-BGDĐT (thông tin đúng, chính xác); Điều 9 Thông tư 37/2020/TT-BGDĐT',
  needs: 'content',
  check: (ctx) =>
    ctx.textSources().flatMap((source) => {
      const lines = source.text.split('\n');
      const marked = lines.map((l, i) => (ctx.isTemplateText(l) ? i + 1 : 0)).filter(Boolean);
      if (!marked.length) return [];
      return [
        {
          file: ctx.shown(source.path),
          line: marked[0],
          message: `Còn ${marked.length} dòng nội dung mẫu chưa thay (${ctx.templateMarker}, số điện thoại hoặc tên miền giữ chỗ), dòng ${marked.slice(0, 8).join(', ')}${marked.length > 8 ? '…' : ''}.`,
          fix: `Thay mọi chỗ có ${ctx.templateMarker} và giá trị giữ chỗ bằng thông tin thật của nhà trường.`,
        },
      ];
    }),
} satisfies Rule;
