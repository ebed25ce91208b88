/**
 * `sites/<id>/site.yaml`: the identity facts the law asks for (TT 32/2017 Điều 16,
 * TT 09/2024 Điều 4), theme tokens, menus, province profile and CMS backend.
 * One config feeds the header, footer, contact page, JSON-LD and Dublin Core.
 */
import { z } from 'astro/zod';
import { choice, email, optionalText, phone, siteLink, text, url } from './fields.ts';
import { LEVELS, LEVEL_KEYS, UNIT_TYPES } from './levels.ts';

const unitTypeKeys = Object.keys(UNIT_TYPES) as [keyof typeof UNIT_TYPES, ...(keyof typeof UNIT_TYPES)[]];

export const OWNERSHIP = { 'cong-lap': 'Công lập', 'tu-thuc': 'Tư thục', 'dan-lap': 'Dân lập' } as const;
const ownershipKeys = Object.keys(OWNERSHIP) as [keyof typeof OWNERSHIP, ...(keyof typeof OWNERSHIP)[]];

export const CMS_BACKENDS = { github: 'GitHub', gitlab: 'GitLab', gitea: 'Gitea', forgejo: 'Forgejo' } as const;
const backendKeys = Object.keys(CMS_BACKENDS) as [keyof typeof CMS_BACKENDS, ...(keyof typeof CMS_BACKENDS)[]];

/** A bare host name such as `thcsnguyendu.hcm.edu.vn`. */
export const DOMAIN_PATTERN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** A colour as `#rrggbb`; contrast is checked separately, against white text. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

const person = (title: string, en: string) =>
  z
    .object({
      name: text({ title: 'Họ và tên', en: 'Full name' }),
      position: text({ title: 'Chức vụ', en: 'Position' }),
      /** Shown on the English pages; left empty, common positions ("Hiệu trưởng" → "Principal") are translated by the theme. */
      positionEn: optionalText({ title: 'Chức vụ (tiếng Anh)', en: 'Position (English)', example: 'Principal' }),
    })
    .meta({ title, en });

/** https only; plain http is accepted on the loopback host, where tests run a receiver. */
export const ASK_ENDPOINT = /^(https:\/\/[^\s/]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)(\/[^\s]*)?$/;

const askForm = z
  .object({
    endpoint: z
      .string()
      .trim()
      .regex(ASK_ENDPOINT, {
        message: 'Địa chỉ nhận câu hỏi phải bắt đầu bằng https:// / The form endpoint must be an https:// address',
      })
      .meta({
        title: 'Địa chỉ nhận câu hỏi (https://, do Sở vận hành)',
        en: 'Form endpoint (https://, run by the Sở)',
        example: 'https://hoidap.hcm.edu.vn/gui',
      }),
    operator: text({
      title: 'Đơn vị vận hành máy chủ nhận câu hỏi',
      en: 'Operator of the endpoint',
      example: 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh',
    }),
  })
  .meta({
    title: 'Biểu mẫu gửi câu hỏi',
    en: 'Question form',
    description:
      'Không bắt buộc. Để trống thì biểu mẫu soạn sẵn thư điện tử gửi Ban biên tập; khi Sở có máy chủ nhận câu hỏi, ghi địa chỉ và tên đơn vị vận hành.',
  });

const link = z
  .object({
    label: text({ title: 'Nhãn', en: 'Label' }),
    url: siteLink({ title: 'Đường dẫn', en: 'URL', example: 'https://hcm.edu.vn' }),
    description: optionalText({ title: 'Mô tả', en: 'Description' }),
  })
  .meta({ title: 'Liên kết', en: 'Link' });

const menuItem = z
  .object({
    label: text({ title: 'Nhãn', en: 'Label' }),
    url: siteLink({ title: 'Đường dẫn', en: 'URL', example: '/tin-tuc/' }),
    children: z.array(link).optional().meta({ title: 'Mục con', en: 'Sub-items' }),
  })
  .meta({ title: 'Mục menu', en: 'Menu item' });

export const siteSchema = z.object({
  name: text(
    { title: 'Tên đầy đủ của đơn vị', en: 'Full name', example: 'Trường Trung học cơ sở Nguyễn Du' },
    { max: 150 },
  ),
  shortName: text({ title: 'Tên viết gọn', en: 'Short name', example: 'THCS Nguyễn Du' }, { max: 60 }),
  englishName: optionalText({
    title: 'Tên tiếng Anh',
    en: 'English name',
    example: 'Nguyen Du Lower Secondary School',
  }),
  unitType: choice(unitTypeKeys, { title: 'Loại đơn vị', en: 'Unit type', options: UNIT_TYPES }),
  level: choice(LEVEL_KEYS, { title: 'Cấp học', en: 'School level', options: LEVELS }).optional().meta({
    title: 'Cấp học',
    en: 'School level',
    options: LEVELS,
    description: 'Bắt buộc với trường học.',
  }),
  ownership: choice(ownershipKeys, { title: 'Loại hình', en: 'Ownership', options: OWNERSHIP }).default('cong-lap'),
  parent: z
    .object({
      name: text({ title: 'Tên cơ quan quản lý trực tiếp', en: 'Parent unit name', example: 'UBND phường Sài Gòn' }),
      url: url({ title: 'Cổng thông tin của cơ quan quản lý', en: 'Parent unit website' })
        .optional()
        .meta({ title: 'Cổng thông tin của cơ quan quản lý', en: 'Parent unit website' }),
      id: optionalText({ title: 'Mã đơn vị quản lý (nếu cùng hệ thống)', en: 'Parent unit id' }),
    })
    .meta({ title: 'Cơ quan quản lý trực tiếp', en: 'Parent unit' }),
  remoteMembers: z
    .array(
      z
        .object({
          url: url({ title: 'Địa chỉ cổng thông tin', en: 'Portal URL', example: 'https://thpthoabinh.edu.vn' }),
        })
        .meta({ title: 'Đơn vị trực thuộc', en: 'Member unit' }),
    )
    .default([])
    .meta({
      title: 'Đơn vị trực thuộc có cổng ở hệ thống khác',
      en: 'Member units hosted elsewhere',
      description:
        'Chỉ với Phòng, Sở: trường hoặc phòng trực thuộc có cổng dựng từ kho mã khác. Ghi địa chỉ cổng (https://…); khi dựng, cổng này đọc tin tức, văn bản và công khai của đơn vị đó qua /api/v1/.',
    }),
  responsible: person('Người chịu trách nhiệm nội dung', 'Person responsible for content'),
  address: text({ title: 'Địa chỉ trụ sở', en: 'Address', example: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh' }),
  addressEn: optionalText({ title: 'Địa chỉ (tiếng Anh)', en: 'Address (English)' }),
  phone: phone({ title: 'Điện thoại', en: 'Phone' }),
  email: email({ title: 'Thư điện tử', en: 'Email' }),
  domain: z
    .preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.string().regex(DOMAIN_PATTERN))
    .meta({ title: 'Tên miền', en: 'Domain', example: 'thcsnguyendu.hcm.edu.vn' }),
  workingHours: optionalText({
    title: 'Giờ làm việc',
    en: 'Working hours',
    example: 'Thứ Hai – Thứ Sáu: 7 giờ – 17 giờ',
  }),
  /** Shown on the English pages; left empty, hours written the usual way ("Thứ Hai – Thứ Sáu: 7 giờ 30 – 11 giờ 30") are translated by the theme. */
  workingHoursEn: optionalText({
    title: 'Giờ làm việc (tiếng Anh)',
    en: 'Working hours (English)',
    example: 'Monday to Friday: 7:00 – 17:00',
  }),
  askForm: askForm.optional(),
  founded: z
    .number()
    .int()
    .min(1800)
    .max(2100)
    .optional()
    .meta({ title: 'Năm thành lập', en: 'Year founded', widget: 'number' }),
  logo: z
    .object({
      src: z
        .preprocess((v) => v, z.string().regex(/^\/[a-z0-9._/-]+\.(svg|png)$/))
        .meta({ title: 'Tệp biểu trưng', en: 'Logo file', widget: 'image', example: '/logo.svg' }),
      alt: text({ title: 'Mô tả biểu trưng', en: 'Logo alt text', example: 'Biểu trưng Trường THCS Nguyễn Du' }),
    })
    .meta({ title: 'Biểu trưng (logo)', en: 'Logo' }),
  theme: z
    .object({
      primary: z
        .string()
        .regex(HEX_COLOUR)
        .meta({ title: 'Màu chủ đạo', en: 'Primary colour', widget: 'color', example: '#0b4f8a' }),
      accent: z
        .string()
        .regex(HEX_COLOUR)
        .optional()
        .meta({ title: 'Màu nhấn', en: 'Accent colour', widget: 'color', example: '#b45309' }),
    })
    .meta({ title: 'Màu sắc giao diện', en: 'Theme colours' }),
  menu: z.array(menuItem).optional().meta({
    title: 'Menu chính (để trống để dùng menu mặc định theo cấp học)',
    en: 'Main menu',
  }),
  services: z.array(link).default([]).meta({ title: 'Dịch vụ trực tuyến', en: 'Online services' }),
  links: z.array(link).default([]).meta({ title: 'Liên kết', en: 'Links' }),
  editorialBoard: z
    .object({
      head: person('Trưởng ban biên tập', 'Head of the editorial board'),
      members: z.array(person('Thành viên', 'Member')).default([]).meta({ title: 'Thành viên', en: 'Members' }),
      decision: optionalText({
        title: 'Quyết định thành lập',
        en: 'Founding decision',
        example: '45/QĐ-THCSND ngày 05/9/2025',
      }),
    })
    .meta({ title: 'Ban biên tập', en: 'Editorial board' }),
  profile: z
    .preprocess((v) => v, z.string().regex(/^[a-z0-9-]+$/))
    .default('mac-dinh')
    .meta({ title: 'Bộ tiêu chí của địa phương', en: 'Province profile', example: 'mac-dinh' }),
  cms: z
    .object({
      backend: choice(backendKeys, { title: 'Nơi lưu nội dung (Git)', en: 'Git backend', options: CMS_BACKENDS }),
      repo: text({ title: 'Kho mã (chủ/tên)', en: 'Repository (owner/name)', example: 'sogddt-hcm/cong-truong' }),
      branch: text({ title: 'Nhánh', en: 'Branch', example: 'main' }).default('main'),
      baseUrl: url({ title: 'Địa chỉ máy chủ xác thực OAuth', en: 'OAuth proxy URL' })
        .optional()
        .meta({ title: 'Địa chỉ máy chủ xác thực OAuth', en: 'OAuth proxy URL' }),
      apiRoot: url({ title: 'Địa chỉ API của máy chủ Git', en: 'API root' })
        .optional()
        .meta({ title: 'Địa chỉ API của máy chủ Git', en: 'API root' }),
      appId: optionalText({ title: 'Mã ứng dụng OAuth (GitLab, Gitea, Forgejo)', en: 'OAuth application id' }),
    })
    .meta({ title: 'Quản trị nội dung (Decap CMS)', en: 'CMS backend' }),
});

export type SiteConfig = z.infer<typeof siteSchema>;
