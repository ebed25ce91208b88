/** TT 09/2024 Điều 14: the annual report is published on the portal as a PDF file. */
import { entryAt, isSchool } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';

export default {
  id: 'bao-cao-thuong-nien-pdf',
  title: 'Báo cáo thường niên dạng PDF',
  category: 'cong-khai',
  severity: 'error',
  basis: 'Điều 14 Thông tư 09/2024/TT-BGDĐT',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) =>
    ctx
      .of('disclosures')
      .filter((e) => e.data.item === 'bao-cao-thuong-nien')
      .filter((e) => !e.data.files.some((f) => f.file.toLowerCase().endsWith('.pdf')))
      .map((e) => ({
        ...entryAt(ctx, e, 'files'),
        message: `Báo cáo thường niên «${e.data.title}» chưa có tệp PDF.`,
        fix: 'Đính kèm báo cáo thường niên (số liệu đến 31/12) dạng tệp PDF.',
      })),
} satisfies Rule;
