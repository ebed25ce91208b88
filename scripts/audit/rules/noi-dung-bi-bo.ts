/**
 * What a body holds that the site will not show (raw HTML, frames, `javascript:`
 * links; lib/markdown-plugins/dropped.ts, the same list the CMS checks before a save).
 * The CMS refuses the worst of it, but a file edited in Git or copied in by hand
 * reaches the build unchecked, and an HTML block would vanish with its text unseen.
 */
import {
  describeDropped,
  droppedFromMarkdown,
  type Dropped,
} from '../../../themes/cong-truong/lib/markdown-plugins/dropped.ts';
import type { Draft, Rule } from '../types.ts';

const FIX_LOST =
  'Mở bài trong trang quản trị và soạn lại phần đó bằng các nút của trình soạn thảo (bảng: dán từ Word hoặc dùng nút «Bảng»; video: nút «Video»), hoặc viết lại bằng Markdown, rồi lưu.';
const FIX_FORMAT =
  'Không cần sửa nếu chữ vẫn đủ; muốn giữ định dạng (in đậm, nghiêng) thì dùng các nút của trình soạn thảo thay cho thẻ HTML.';

function draft(file: string, found: Dropped[], lost: boolean): Draft {
  return {
    file,
    severity: lost ? 'warning' : 'info',
    message: lost
      ? `Thân bài có phần sẽ không hiện trên cổng: ${describeDropped(found).join('; ')}.`
      : `Thân bài có định dạng HTML sẽ bị bỏ (chữ vẫn giữ): ${describeDropped(found).join('; ')}.`,
    fix: lost ? FIX_LOST : FIX_FORMAT,
  };
}

export default {
  id: 'noi-dung-bi-bo',
  title: 'Nội dung bị bỏ khi đăng',
  category: 'noi-dung',
  severity: 'warning',
  basis: 'Điều 3 Thông tư 09/2024/TT-BGDĐT (thông tin đúng, chính xác, đầy đủ)',
  needs: 'content',
  check: (ctx) =>
    ctx.allEntries.flatMap((entry) => {
      const found = droppedFromMarkdown(entry.body);
      // Where text is lost, that is the finding; the formatting lost with it is listed in it.
      return found.length ? [draft(ctx.shown(entry.file), found, found[0]?.action === 'refuse')] : [];
    }),
} satisfies Rule;
