/** NĐ 42/2022 Điều 7 (now NĐ 224/2026 and TT 22/2023 as practice): English pages on the organisation and contacts. */
import { findTags } from '../html.ts';
import { stateRuleSeverity } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';

export default {
  id: 'trang-tieng-anh',
  title: 'Trang tiếng Anh',
  category: 'bo-cuc',
  severity: stateRuleSeverity,
  basis: 'Điều 7 Nghị định 42/2022/NĐ-CP (thay bằng Nghị định 224/2026/NĐ-CP từ 01/7/2026); Thông tư 22/2023/TT-BTTTT',
  needs: 'dist',
  check: (ctx) => {
    const page = ctx.built?.page('/en/');
    if (!page) {
      return [
        {
          url: '/en/',
          message: 'Không có trang tiếng Anh /en/ giới thiệu đơn vị và thông tin liên hệ.',
          fix: 'Ghi englishName, addressEn trong site.yaml và nội dung tiếng Anh (titleEn, bodyEn) cho trang giới thiệu, liên hệ để giao diện sinh trang /en/.',
        },
      ];
    }
    const lang = findTags(page.html(), ['html'])[0]?.attrs.lang ?? '';
    if (!lang.startsWith('en')) {
      return [
        {
          url: '/en/',
          file: ctx.shown(page.file),
          message: `Trang /en/ khai báo ngôn ngữ lang="${lang}" thay vì "en".`,
          fix: 'Giao diện phải đặt <html lang="en"> cho các trang tiếng Anh.',
        },
      ];
    }
    return [];
  },
} satisfies Rule;
