/** TT 37/2020 Điều 9 khoản 8: admission plan, admission notice, applicant list. */
import { ADMISSION_KINDS } from '../../../content-schemas/collections/admissions.ts';
import { collectionFolder, isSchool } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'tuyen-sinh',
  title: 'Thông tin tuyển sinh',
  category: 'noi-dung',
  severity: 'error',
  basis: 'Điều 9 khoản 8 Thông tư 37/2020/TT-BGDĐT',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) => {
    const folder = collectionFolder(ctx, 'admissions');
    const entries = ctx.of('admissions');
    if (!entries.length) {
      return [
        {
          file: folder,
          url: listUrl('admissions'),
          message: 'Chưa có thông tin tuyển sinh (kế hoạch, thông báo tuyển sinh).',
          fix: 'Đăng kế hoạch tuyển sinh và thông báo tuyển sinh của năm học gần nhất (mục Tuyển sinh).',
        },
      ];
    }
    const kinds = new Set(entries.map((e) => e.data.kind));
    return (['ke-hoach', 'thong-bao'] as const)
      .filter((k) => !kinds.has(k))
      .map((k): Draft => ({
        file: folder,
        url: listUrl('admissions'),
        severity: 'warning',
        message: `Chưa có «${ADMISSION_KINDS[k]}» trong mục Tuyển sinh.`,
        fix: `Đăng ${ADMISSION_KINDS[k].toLowerCase()} (chọn loại «${ADMISSION_KINDS[k]}»): đối tượng, chỉ tiêu, phương thức, điều kiện, hồ sơ và thời gian tuyển sinh.`,
      }));
  },
} satisfies Rule;
