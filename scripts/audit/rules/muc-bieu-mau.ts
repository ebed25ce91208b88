/** Profile criterion (HCMC CV 4210): a biểu mẫu section (forms parents need). */
import { collectionFolder } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { documentTypeUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'muc-bieu-mau',
  title: 'Chuyên mục biểu mẫu',
  category: 'dia-phuong',
  severity: 'warning',
  basis: 'Chỉ tiêu của địa phương (bộ tiêu chí)',
  needs: 'content',
  profileOnly: true,
  check: (ctx) =>
    ctx.of('documents').some((e) => e.data.type === 'bieu-mau')
      ? []
      : [
          {
            file: collectionFolder(ctx, 'documents'),
            url: documentTypeUrl('bieu-mau'),
            message: 'Chưa có biểu mẫu nào (đơn xin nghỉ học, đơn phúc khảo, hồ sơ tuyển sinh…).',
            fix: 'Đăng các biểu mẫu dưới dạng văn bản, chọn «Loại văn bản»: Biểu mẫu (type: bieu-mau), kèm tệp docx hoặc pdf.',
          },
        ],
} satisfies Rule;
