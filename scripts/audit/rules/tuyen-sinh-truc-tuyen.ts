/** TT 37/2020 Điều 9 khoản 4: online admission for entry grades (a link to the admission system). */
import { collectionFolder, isSchool, siteYaml } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';

const ADMISSION = /tuy[eể]n\s*sinh|tuyensinh|admission/i;

export default {
  id: 'tuyen-sinh-truc-tuyen',
  title: 'Tuyển sinh trực tuyến',
  category: 'noi-dung',
  severity: 'error',
  basis: 'Điều 9 khoản 4 Thông tư 37/2020/TT-BGDĐT',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) => {
    const inEntries = ctx.of('admissions').some((e) => typeof e.data.onlineUrl === 'string' && e.data.onlineUrl);
    const inServices = (ctx.site?.services ?? []).some((s) => ADMISSION.test(`${s.label} ${s.url}`));
    if (inEntries || inServices) return [];
    return [
      {
        ...siteYaml(ctx),
        message: 'Chưa có đường dẫn tới hệ thống tuyển sinh đầu cấp trực tuyến (đăng ký, tra cứu kết quả).',
        fix: `Thêm vào services trong site.yaml một mục như "label: Tuyển sinh đầu cấp trực tuyến, url: https://…", hoặc ghi «Cổng tuyển sinh trực tuyến» (onlineUrl) trong một tin tuyển sinh (${collectionFolder(ctx, 'admissions')}).`,
      },
    ];
  },
} satisfies Rule;
