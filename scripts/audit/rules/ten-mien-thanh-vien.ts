/** Profile criterion (HCMC CV 4210): the portal is a member of the city's system (domain under hcm.edu.vn). */
import { siteYaml } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';

export default {
  id: 'ten-mien-thanh-vien',
  title: 'Cổng thành viên của hệ thống địa phương',
  category: 'dia-phuong',
  severity: 'warning',
  basis: 'Chỉ tiêu của địa phương (bộ tiêu chí)',
  needs: 'content',
  profileOnly: true,
  check: (ctx, params) => {
    const suffix = String(params.suffix ?? '').toLowerCase();
    const domain = ctx.site?.domain ?? '';
    if (!suffix || domain === suffix || domain.endsWith(`.${suffix}`)) return [];
    return [
      {
        ...siteYaml(ctx),
        message: `Tên miền ${domain} không thuộc hệ thống ${suffix}.`,
        fix: `Đăng ký tên miền dạng <tên-trường>.${suffix} với cơ quan quản lý và ghi vào domain trong site.yaml.`,
      },
    ];
  },
} satisfies Rule;
