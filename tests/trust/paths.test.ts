/**
 * Hostile paths never escape the school's folder (issue 10, points 1, 2 and 8): the
 * one path policy on old-portal paths, attachments, cover and body images; symlinks
 * in content/, media/ and public/tep/; a BOM, a site.yaml syntax error and an
 * oversized post. Each case runs the real validator over a copy of the mini fixture
 * and pins the outcome: refused with the file, the field and the fix, or accepted.
 * Then the redirect writer on its own, and one real build with tricky but legitimate
 * input that must build and write nothing outside the school's output folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadSiteConfig, MAX_CONTENT_BYTES, readSite } from '../../content-schemas/validate.ts';
import type { Problem } from '../../content-schemas/errors.ts';
import { OLD_PATH_PATTERN } from '../../content-schemas/fields.ts';
import { buildCmsConfig, type CmsField } from '../../content-schemas/cms/index.ts';
import { redirectFile, writeRedirects } from '../../themes/cong-truong/redirects.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { copySite, type TempSite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR, TEST_OUTPUT } from '../helpers/paths.ts';
import { snapshot } from '../helpers/snapshot.ts';

const MINI = join(FIXTURE_SITES_DIR, 'mini');
const POST = 'content/tin-tuc/le-khai-giang-nam-hoc-moi.md';
const POST_FILE = `mini/${POST}`;
const DOC = 'content/van-ban/cv-so-huong-dan-nhiem-vu.md';
const DOC_FILE = `mini/${DOC}`;
/** The first line after the fixture post, where a test appends to its body. */
const APPENDED_LINE = readFileSync(join(MINI, POST), 'utf8').split('\n').length + 1;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Place extends TempSite {
  /** A folder outside every site, holding a photo, a PDF and a post. */
  outside: string;
}

/** A copy of mini beside another school (`other-school`, with a photo) and an outside folder. */
function place(): Place {
  const site = copySite(MINI);
  const outside = mkdtempSync(join(tmpdir(), 'cong-truong-outside-'));
  temps.push(site.sitesDir, outside);
  const photo = readFileSync(join(MINI, 'media/khai-giang.jpg'));
  mkdirSync(join(site.sitesDir, 'other-school/media'), { recursive: true });
  writeFileSync(join(site.sitesDir, 'other-school/media/x.jpg'), photo);
  writeFileSync(join(outside, 'x.jpg'), photo);
  writeFileSync(join(outside, 'x.pdf'), '%PDF-1.4 bí mật của máy chủ');
  writeFileSync(join(outside, 'post.md'), readFileSync(join(MINI, 'content/tin-tuc/ban-tin-so-01.md')));
  return { ...site, outside };
}

const problemsOf = (p: Place) => readSite(p.siteDir, p.sitesDir).problems;

// Wording, pinned: what the editor reads.
const WHY = {
  dots: ['chứa đoạn . hoặc .. (kể cả dạng mã %2e)', 'contains a . or .. segment (also as %2e)'],
  slash: ['chứa dấu gạch chéo viết dạng mã (%2F hoặc %5C)', 'contains an encoded slash (%2F or %5C)'],
  backslash: ['chứa dấu gạch ngược \\', 'contains a backslash'],
  control: ['chứa ký tự điều khiển (ví dụ NUL)', 'contains a control character (e.g. NUL)'],
  encoding: ['có mã %… không hợp lệ hoặc mã hoá lồng nhiều lần', 'has invalid or nested %-encoding'],
  absolute: [
    'không đúng dạng đường dẫn cho phép (đường dẫn tuyệt đối, tên miền hoặc thiếu / ở đầu)',
    'is not an allowed kind of path (absolute, with a scheme, or missing the leading /)',
  ],
  outside: ['trỏ ra ngoài thư mục được phép của trường', 'points outside the school’s allowed folder'],
  link: [
    'là liên kết (symlink) trỏ ra ngoài thư mục của trường',
    'is a symlink that leads outside the school’s folder',
  ],
  dangling: ['là liên kết (symlink) hỏng, không trỏ tới tệp nào', 'is a broken symlink that leads nowhere'],
} as const;
type Why = (typeof WHY)[keyof typeof WHY];

const OLD_FIX = [
  'Cách sửa: chép đường dẫn từ thanh địa chỉ của cổng cũ: bắt đầu bằng /, không có đoạn . hay .. và không mã hoá hai lần.',
  "Fix: copy the path from the old portal's address bar: starting with /, with no . or .. segment and no double encoding.",
];
const PHOTO_FIX = [
  'Cách sửa: chọn ảnh trong thư mục media của trường bằng nút «Chọn ảnh» (đường dẫn dạng ../../media/ten-anh.jpg).',
  "Fix: pick a photo from the school's media folder with «Chọn ảnh» (a path like ../../media/photo.jpg).",
];
const FILE_FIX = [
  'Cách sửa: tải tệp lên lại bằng nút «Chọn tệp» (tệp được lưu vào public/tep).',
  'Fix: upload the file again with «Chọn tệp» (it is saved in public/tep).',
];
const LINK_FIX = [
  'Cách sửa: thay liên kết bằng chính tệp (sao chép tệp vào thư mục của trường) hoặc xoá nó.',
  "Fix: replace the link with the file itself (copy it into the school's folder) or delete it.",
];

const oldPathRefused = (value: string, why: Why): Problem => ({
  file: POST_FILE,
  field: 'oldPaths.1',
  vi: `«Đường dẫn cũ» (oldPaths.1): "${value}" ${why[0]}. ${OLD_FIX[0]}`,
  en: `"Old path" (oldPaths.1): "${value}" ${why[1]}. ${OLD_FIX[1]}`,
});
const imageRefused = (file: string, field: string, value: string, why: Why): Problem => ({
  file,
  field,
  vi: `«Ảnh» (${field}): ảnh "${value}" ${why[0]}. ${PHOTO_FIX[0]}`,
  en: `"Image" (${field}): image "${value}" ${why[1]}. ${PHOTO_FIX[1]}`,
});
const bodyRefused = (line: number, vi: string, en: string): Problem => ({
  file: POST_FILE,
  field: '(nội dung)',
  vi: `«Nội dung» (nội dung, dòng ${line}): ${vi}`,
  en: `"Body" (body, line ${line}): ${en}`,
});
const bodyPathRefused = (line: number, value: string, why: Why) =>
  bodyRefused(line, `ảnh "${value}" ${why[0]}. ${PHOTO_FIX[0]}`, `image "${value}" ${why[1]}. ${PHOTO_FIX[1]}`);
const attachmentRefused = (value: string, why: Why, fix = FILE_FIX): Problem => ({
  file: DOC_FILE,
  field: 'files.0.file',
  vi: `«Tệp đính kèm» (files.0.file): "${value}" ${why[0]}. ${fix[0]}`,
  en: `"Attached file" (files.0.file): "${value}" ${why[1]}. ${fix[1]}`,
});
const linkRefused = (file: string, why: Why): Problem => ({
  file,
  field: '(tệp)',
  vi: `tệp hoặc thư mục này ${why[0]}. ${LINK_FIX[0]}`,
  en: `this file or folder ${why[1]}. ${LINK_FIX[1]}`,
});

const setOldPath = (value: string) => (p: Place) =>
  p.edit(POST, (s) => s.replace('  - /index.php/news/le-khai-giang\n', `  - '${value}'\n`));
const setCover = (value: string) => (p: Place) =>
  p.edit(POST, (s) => s.replace('src: ../../media/khai-giang.jpg', `src: '${value}'`));
const setAttachment = (value: string) => (p: Place) =>
  p.edit(DOC, (s) => s.replace('file: /tep/phu-luc.docx', `file: '${value}'`));
const appendBody = (markdown: string) => (p: Place) => p.edit(POST, (s) => `${s}\n${markdown}\n`);

interface Case {
  name: string;
  setup: (p: Place) => void;
  /** The exact problems, or [] when the input is accepted. */
  expected: (p: Place) => (Problem | ReturnType<typeof expect.objectContaining>)[];
}

type PathRow = [name: string, value: string, why?: Why];

/** One case a row: `set` writes the row's path, which `refused` refuses for `why`, or which is accepted without one. */
function pathCases(
  set: (value: string) => Case['setup'],
  refused: (value: string, why: Why) => Problem,
  rows: PathRow[],
) {
  return rows.map(([name, value, why]): Case => ({
    name,
    setup: set(value),
    expected: () => (why ? [refused(value, why)] : []),
  }));
}

const OLD_PATHS = pathCases(setOldPath, oldPathRefused, [
  ['old path %2e%2e into another school', '/%2e%2e/mn-hoa-sen/tin-tuc/x.html', WHY.dots],
  ['old path %2E%2E, enough to reach /tmp', '/%2E%2E/%2E%2E/%2E%2E/%2E%2E/tmp/x.html', WHY.dots],
  ['old path .%2e', '/tin-tuc/.%2e/.%2e/x.html', WHY.dots],
  ['old path double-encoded %252e%252e', '/%252e%252e/x.html', WHY.dots],
  ['old path with an encoded slash %2f', '/tin-tuc/..%2f..%2fx.html', WHY.slash],
  ['old path with a backslash', '/tin-tuc\\..\\x.html', WHY.backslash],
  ['old path with an encoded NUL', '/tin-tuc/x%00.html', WHY.control],
  ['old path with broken UTF-8 (overlong dot)', '/%c0%ae%c0%ae/x.html', WHY.encoding],
  ['old path with Vietnamese letters percent-encoded (accepted)', '/tin-tuc/l%C3%A1-th%C6%B0.html'],
]);

const ATTACHMENTS: Case[] = [
  ...pathCases(setAttachment, attachmentRefused, [
    ['attachment /tep/a/../../../../tmp/x.pdf', '/tep/a/../../../../tmp/x.pdf', WHY.dots],
    ['attachment /tep/%2e%2e/x.pdf', '/tep/%2e%2e/%2e%2e/x.pdf', WHY.dots],
  ]),
  {
    name: 'attachment outside /tep/ (absolute system path)',
    setup: setAttachment('/etc/passwd.txt'),
    expected: () => [
      {
        file: DOC_FILE,
        field: 'files.0.file',
        vi: '«Tệp đính kèm» (files.0.file): "/etc/passwd.txt" không đúng định dạng. Cách sửa: ghi theo mẫu "/tep/cv-125-thcs.pdf" (Chỉ nhận tệp pdf, docx, doc, odt, rtf, txt, xlsx, xls, ods, csv, pptx.).',
        en: '"Attached file" (files.0.file): "/etc/passwd.txt" has the wrong format. Fix: follow the pattern "/tep/cv-125-thcs.pdf".',
      },
    ],
  },
  {
    name: 'attachment that is a symlink to a file outside',
    setup: (p) => {
      symlinkSync(join(p.outside, 'x.pdf'), join(p.siteDir, 'public/tep/ngoai.pdf'));
      setAttachment('/tep/ngoai.pdf')(p);
    },
    // public-files.ts names the link itself; the attachment field is refused too.
    expected: () => [
      expect.objectContaining({ file: 'mini/public/tep/ngoai.pdf', field: '(tệp)' }),
      attachmentRefused('/tep/ngoai.pdf', WHY.link, [
        'Cách sửa: tải tệp lên lại qua trang quản trị (tệp được lưu vào public/tep).',
        'Fix: upload the file again through the admin (it is saved in public/tep).',
      ]),
    ],
  },
  {
    name: 'attachment in a symlinked folder of public/tep/',
    setup: (p) => {
      symlinkSync(p.outside, join(p.siteDir, 'public/tep/kho'));
      setAttachment('/tep/kho/x.pdf')(p);
    },
    expected: () => [
      expect.objectContaining({ file: 'mini/public/tep/kho', field: '(tệp)' }),
      attachmentRefused('/tep/kho/x.pdf', WHY.link, [
        'Cách sửa: tải tệp lên lại qua trang quản trị (tệp được lưu vào public/tep).',
        'Fix: upload the file again through the admin (it is saved in public/tep).',
      ]),
    ],
  },
];

const COVERS = pathCases(setCover, (value, why) => imageRefused(POST_FILE, 'cover.src', value, why), [
  ['cover image by absolute path', '/etc/x.jpg', WHY.absolute],
  ['cover image of another school', '../../../other-school/media/x.jpg', WHY.outside],
  ['cover image escaping media/ through %2e%2e', '../../media/%2e%2e/%2e%2e/other-school/media/x.jpg', WHY.outside],
  ['cover image with backslashes', '..\\..\\media\\khai-giang.jpg', WHY.backslash],
  ['cover image from public/, outside media/', '../../public/logo.jpg', WHY.outside],
]);

const BODY_IMAGES: Case[] = [
  {
    name: 'body image of another school',
    setup: appendBody('![Ảnh trường khác](../../../other-school/media/x.jpg)'),
    expected: () => [bodyPathRefused(APPENDED_LINE, '../../../other-school/media/x.jpg', WHY.outside)],
  },
  {
    name: 'body image escaping through %2e%2e',
    setup: appendBody('![x](../../media/%2e%2e/%2e%2e/%2e%2e/other-school/media/x.jpg)'),
    expected: () => [
      bodyPathRefused(APPENDED_LINE, '../../media/%2e%2e/%2e%2e/%2e%2e/other-school/media/x.jpg', WHY.outside),
    ],
  },
  {
    name: 'body image by reference, pointing outside',
    setup: appendBody('![x][anh]\n\n[anh]: ../../../other-school/media/x.jpg'),
    expected: () => [bodyPathRefused(APPENDED_LINE, '../../../other-school/media/x.jpg', WHY.outside)],
  },
  {
    name: 'body image by absolute path',
    setup: appendBody('![x](/media/khai-giang.jpg)'),
    expected: () => [bodyPathRefused(APPENDED_LINE, '/media/khai-giang.jpg', WHY.absolute)],
  },
  {
    name: 'body image that does not exist',
    setup: appendBody('Chào mừng.\n\n![Sân trường](../../media/khong-co.jpg)'),
    expected: () => [
      bodyRefused(
        APPENDED_LINE + 2,
        'không tìm thấy ảnh "../../media/khong-co.jpg". Cách sửa: tải ảnh lên lại hoặc sửa đường dẫn (tính từ tệp bài viết).',
        'image "../../media/khong-co.jpg" not found. Fix: upload it again or correct the path (relative to the entry file).',
      ),
    ],
  },
  {
    name: 'SVG body image',
    setup: (p) => {
      p.write('media/so-do.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      appendBody('![Sơ đồ](../../media/so-do.svg)')(p);
    },
    expected: () => [
      bodyRefused(
        APPENDED_LINE,
        'tệp "../../media/so-do.svg" là ảnh SVG, loại ảnh có thể chứa mã chạy trên cổng nên không được dùng. Cách sửa: xuất ảnh sang PNG hoặc JPG rồi tải lên lại.',
        '"../../media/so-do.svg" is an SVG image, which can carry script, so it cannot be used. Fix: export it as PNG or JPG and upload it again.',
      ),
    ],
  },
  ...['https://example.com/anh.jpg', '//example.com/anh.jpg'].map((src) => ({
    name: `remote body image ${src}`,
    setup: appendBody(`![Ảnh](${src})`),
    expected: () => [
      bodyRefused(
        APPENDED_LINE,
        `ảnh "${src}" lấy từ trang web khác: cổng không tải ảnh của bên thứ ba (chính sách bảo mật chặn ảnh đó và người đọc bị lộ cho trang kia). Cách sửa: tải ảnh về máy rồi chèn lại bằng nút «Ảnh» (ảnh được lưu vào thư mục media của trường).`,
        `image "${src}" comes from another website: the portal loads no third-party images (the security policy blocks them and readers would be exposed to that site). Fix: download the photo and insert it again with «Ảnh» (it is saved in the school's media folder).`,
      ),
    ],
  })),
  {
    name: 'raw HTML <img>, which the sanitiser drops',
    setup: appendBody('<p>Ảnh: <img src="../../../other-school/media/x.jpg" alt="Sân"></p>'),
    expected: () => [
      bodyRefused(
        APPENDED_LINE,
        'ảnh "../../../other-school/media/x.jpg" viết bằng thẻ HTML <img> sẽ không hiện trên cổng (cổng bỏ HTML thô). Cách sửa: xoá thẻ <img> và chèn ảnh bằng nút «Ảnh» của trình soạn thảo.',
        'image "../../../other-school/media/x.jpg" written as an HTML <img> tag is not shown (raw HTML is removed). Fix: delete the <img> tag and insert the photo with the editor\'s «Ảnh» button.',
      ),
    ],
  },
  {
    name: 'body images in media/, by path, by reference and percent-encoded (accepted)',
    setup: (p) => {
      cpSync(join(p.siteDir, 'media/khai-giang.jpg'), join(p.siteDir, 'media/sân-trường.jpg'));
      appendBody(
        '![Sân](../../media/khai-giang.jpg)\n\n![Sân][san]\n\n![Sân](../../media/s%C3%A2n-tr%C6%B0%E1%BB%9Dng.jpg)\n\n[san]: ../../media/khai-giang.jpg',
      )(p);
    },
    expected: () => [],
  },
  {
    name: 'an image-like link in a code block is not an image (accepted)',
    setup: appendBody('```\n![x](../../../other-school/media/x.jpg)\n```'),
    expected: () => [],
  },
];

/** The two entries that show media/khai-giang.jpg (the post's cover, the album's first photo), refused once it is a link out. */
const khaiGiangLinked = () => [
  imageRefused(POST_FILE, 'cover.src', '../../media/khai-giang.jpg', WHY.link),
  imageRefused('mini/content/thu-vien-anh/le-khai-giang.md', 'photos.0.src', '../../media/khai-giang.jpg', WHY.link),
];

const LINKS: Case[] = [
  {
    name: 'a post that is a symlink to a file outside',
    setup: (p) => symlinkSync(join(p.outside, 'post.md'), join(p.siteDir, 'content/tin-tuc/ngoai.md')),
    expected: () => [linkRefused('mini/content/tin-tuc/ngoai.md', WHY.link)],
  },
  {
    name: "a content folder that is a symlink to another school's",
    setup: (p) => {
      cpSync(join(p.siteDir, 'content/hoi-dap'), join(p.sitesDir, 'other-school/content/hoi-dap'), { recursive: true });
      rmSync(join(p.siteDir, 'content/hoi-dap'), { recursive: true });
      symlinkSync(join(p.sitesDir, 'other-school/content/hoi-dap'), join(p.siteDir, 'content/hoi-dap'));
    },
    expected: () => [linkRefused('mini/content/hoi-dap', WHY.link)],
  },
  {
    name: 'a broken symlink among the posts',
    setup: (p) => symlinkSync(join(p.outside, 'khong-co.md'), join(p.siteDir, 'content/tin-tuc/hong.md')),
    expected: () => [linkRefused('mini/content/tin-tuc/hong.md', WHY.dangling)],
  },
  {
    name: 'a photo in media/ that is a symlink to a file outside',
    setup: (p) => {
      rmSync(join(p.siteDir, 'media/khai-giang.jpg'));
      symlinkSync(join(p.outside, 'x.jpg'), join(p.siteDir, 'media/khai-giang.jpg'));
    },
    expected: () => [...khaiGiangLinked(), linkRefused('mini/media/khai-giang.jpg', WHY.link)],
  },
  {
    name: "a media/ folder that is a symlink to another school's",
    setup: (p) => {
      cpSync(join(p.siteDir, 'media'), join(p.sitesDir, 'other-school/media'), { recursive: true });
      rmSync(join(p.siteDir, 'media'), { recursive: true });
      symlinkSync(join(p.sitesDir, 'other-school/media'), join(p.siteDir, 'media'));
    },
    expected: () => [
      imageRefused('mini/content/tin-tuc/anh-san-truong.md', 'cover.src', '../../media/san-truong-4000.jpg', WHY.link),
      ...khaiGiangLinked(),
      linkRefused('mini/media', WHY.link),
    ],
  },
  {
    name: 'a symlink that stays inside media/ (accepted)',
    setup: (p) => {
      symlinkSync('khai-giang.jpg', join(p.siteDir, 'media/anh-2.jpg'));
      appendBody('![Sân](../../media/anh-2.jpg)')(p);
    },
    expected: () => [],
  },
];

const MB = 1024 * 1024;
const FILES: Case[] = [
  {
    name: 'a post saved with a UTF-8 BOM (accepted)',
    setup: (p) => p.edit(POST, (s) => `\uFEFF${s}`),
    expected: () => [],
  },
  {
    name: 'site.yaml saved with a UTF-8 BOM (accepted)',
    setup: (p) => p.edit('site.yaml', (s) => `\uFEFF${s}`),
    expected: () => [],
  },
  {
    name: 'a site.yaml syntax error',
    setup: (p) => p.edit('site.yaml', (s) => s.replace('shortName: THCS Thử Nghiệm', 'shortName: [THCS Thử Nghiệm')),
    expected: () => [
      {
        file: 'mini/site.yaml',
        field: '(cú pháp YAML)',
        vi: 'tệp site.yaml bị lỗi cú pháp YAML ở dòng 3. Cách sửa: kiểm tra dấu hai chấm, dấu nháy và thụt lề.',
        en: 'site.yaml has a YAML syntax error on line 3. Fix: check colons, quotes and indentation.',
      },
    ],
  },
  {
    name: 'a 1.5 MB post',
    setup: (p) => {
      const head = '---\ntitle: Kế hoạch rất dài\ndescription: Bài thử.\ndate: 2025-09-05\ncategory: hoat-dong\n---\n';
      p.write('content/tin-tuc/ke-hoach-rat-dai.md', head + 'a'.repeat(1.5 * MB - Buffer.byteLength(head)));
    },
    expected: () => [
      {
        file: 'mini/content/tin-tuc/ke-hoach-rat-dai.md',
        field: '(tệp)',
        vi: 'tệp nặng 1,5 MB, quá giới hạn 1,0 MB của một bài (trang dài như vậy không đọc được trên điện thoại và làm việc dựng cổng hết bộ nhớ). Cách sửa: chia thành nhiều bài, hoặc đính kèm toàn văn dạng PDF và chỉ giữ phần tóm tắt trong bài.',
        en: 'the file weighs 1.5 MB, over the 1.0 MB limit for one entry (a page that long is unreadable on a phone and runs the build out of memory). Fix: split it into several entries, or attach the full text as a PDF and keep a summary in the entry.',
      },
    ],
  },
  {
    name: 'a post of exactly 1 MB (accepted)',
    setup: (p) => {
      const head = '---\ntitle: Kế hoạch dài\ndescription: Bài thử.\ndate: 2025-09-05\ncategory: hoat-dong\n---\n';
      p.write('content/tin-tuc/ke-hoach-dai.md', head + 'a'.repeat(MAX_CONTENT_BYTES - Buffer.byteLength(head)));
    },
    expected: () => [],
  },
];

describe.each([
  ['old-portal paths', OLD_PATHS],
  ['attachments', ATTACHMENTS],
  ['cover images', COVERS],
  ['body images', BODY_IMAGES],
  ['symlinks', LINKS],
  ['files: BOM, YAML syntax, size', FILES],
])('validator: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const p = place();
    c.setup(p);
    expect(problemsOf(p)).toEqual(c.expected(p));
  });
});

describe('validator: what an accepted tricky entry holds', () => {
  it('reads a BOM post with its title and body, and site.yaml with its first key', () => {
    const p = place();
    p.edit(POST, (s) => `\uFEFF${s}`);
    p.edit('site.yaml', (s) => `\uFEFF${s}`);
    const { entries, problems, site } = readSite(p.siteDir, p.sitesDir);
    expect(problems).toEqual([]);
    const post = entries.find((e) => e.slug === 'le-khai-giang-nam-hoc-moi');
    expect(post?.data.title).toBe('Lễ khai giảng năm học 2025-2026 và Đoàn thanh niên ra quân');
    expect(post?.body.startsWith('Sáng ngày 05/9/2025')).toBe(true);
    expect(site?.name).toBe('Trường Trung học cơ sở Thử Nghiệm');
  });
});

describe('the CMS refuses what the build refuses', () => {
  const site = loadSiteConfig(MINI);
  const news = buildCmsConfig({ site, sitePath: 'sites/mini' }).config.collections.find((c) => c.name === 'news');
  const field = news && 'fields' in news ? (news.fields as CmsField[]).find((f) => f.name === 'oldPaths') : undefined;
  // Decap compiles the pattern source without flags.
  const pattern = new RegExp(field?.field?.pattern?.[0] ?? 'no pattern');

  it('uses the schema pattern for old paths', () => {
    expect(field?.field?.pattern?.[0]).toBe(OLD_PATH_PATTERN.source);
  });

  it.each([
    '/%2e%2e/x.html',
    '/%2E%2E/x.html',
    '/.%2e/x.html',
    '/%252e%252e/x.html',
    '/a%2fb.html',
    '/a%2Fb.html',
    '/a%5cb.html',
    '/a%00.html',
    '/a\\b.html',
    '/../x.html',
    '//evil.example/x',
  ])('refuses %s', (value) => {
    expect(pattern.test(value)).toBe(false);
  });

  it.each([
    '/tin-tuc/l%C3%A1-th%C6%B0.html',
    '/tin-tuc-su-kien/hoat-dong/le-khai-giang.html',
    '/gioi-thieu-chung/',
    '/tin-tuc/lễ-khai-giảng.htm',
  ])('accepts %s', (value) => {
    expect(pattern.test(value)).toBe(true);
  });
});

describe('redirect pages stay inside the built site', () => {
  const SITE = { url: 'https://thcsthunghiem.hcm.edu.vn/', name: 'Trường THCS Thử Nghiệm' };
  const ENTRY = 'sites/mini/content/tin-tuc/le-khai-giang-nam-hoc-moi.md';
  const refusal = (from: string) =>
    `${ENTRY}: «Đường dẫn cũ» (oldPaths) "${from}" trỏ ra ngoài thư mục của cổng. Cách sửa: chép đường dẫn từ thanh địa chỉ của cổng cũ, bắt đầu bằng / và không có đoạn . hay .. | ` +
    `"Old path" (oldPaths) "${from}" leads outside the portal's folder. Fix: copy the path from the old portal's address bar, starting with / and with no . or .. segment.`;

  /** A built site `out/site` beside a sentinel `out/mn-hoa-sen`, and a folder outside both. */
  function built() {
    const root = mkdtempSync(join(tmpdir(), 'cong-truong-redirect-out-'));
    temps.push(root);
    const outDir = join(root, 'site');
    mkdirSync(join(outDir, 'tin-tuc/le-khai-giang'), { recursive: true });
    writeFileSync(join(outDir, 'tin-tuc/le-khai-giang/index.html'), '<!doctype html><title>Lễ khai giảng</title>');
    mkdirSync(join(root, 'mn-hoa-sen/tin-tuc'), { recursive: true });
    writeFileSync(join(root, 'mn-hoa-sen/tin-tuc/x.html'), 'trang thật của trường khác');
    mkdirSync(join(root, 'elsewhere'));
    return { root, outDir };
  }

  it.each([
    '/%2e%2e/mn-hoa-sen/tin-tuc/x.html',
    '/%252e%252e/x.html',
    '/a/..%2f..%2fx.html',
    '/../mn-hoa-sen/tin-tuc/x.html',
    '/a\\..\\x.html',
    '/%c0%ae%c0%ae/x.html',
  ])('redirectFile refuses %s', (from) => {
    expect(redirectFile(from)).toBeUndefined();
  });

  it('redirectFile decodes Vietnamese letters as the web server does', () => {
    expect(redirectFile('/tin-tuc/l%C3%A1-th%C6%B0.html')).toBe('tin-tuc/lá-thư.html');
    expect(redirectFile('/tin-tuc/l%C3%A1-th%C6%B0')).toBe('tin-tuc/lá-thư/index.html');
  });

  it.each(['/%2e%2e/mn-hoa-sen/tin-tuc/x.html', '/../mn-hoa-sen/tin-tuc/x.html', '/cu/x.html'])(
    'writeRedirects refuses %s and writes nothing outside',
    (from) => {
      const { root, outDir } = built();
      // An output folder holding a link out of it (the third case writes through it).
      symlinkSync(join(root, 'elsewhere'), join(outDir, 'cu'));
      expect(() => writeRedirects(outDir, [{ from, to: '/tin-tuc/le-khai-giang/', file: ENTRY }], SITE)).toThrow(
        refusal(from),
      );
      expect(readFileSync(join(root, 'mn-hoa-sen/tin-tuc/x.html'), 'utf8')).toBe('trang thật của trường khác');
      expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
      expect(readdirSync(root).sort()).toEqual(['elsewhere', 'mn-hoa-sen', 'site']);
    },
  );
});

describe('a real build with tricky but legitimate input', () => {
  it('refuses a hostile old path before Astro runs, then builds the legitimate ones, writing only inside its own folder', async () => {
    process.env.CONG_TRUONG_CACHE_DIR ??= join(TEST_OUTPUT, '.astro-cache');
    const p = place();
    const outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-paths-out-'));
    temps.push(outRoot);
    // Another school's live site next to ours.
    mkdirSync(join(outRoot, 'mn-hoa-sen/tin-tuc'), { recursive: true });
    writeFileSync(join(outRoot, 'mn-hoa-sen/tin-tuc/x.html'), '<!doctype html><title>Trường Mầm non Hoa Sen</title>');
    const sentinel = () => ({
      out: snapshot(join(outRoot, 'mn-hoa-sen')),
      sites: snapshot(join(p.sitesDir, 'other-school')),
      outside: snapshot(p.outside),
    });
    const before = sentinel();

    setOldPath('/%2e%2e/mn-hoa-sen/tin-tuc/x.html')(p);
    const hostile = await buildSite('mini', { sitesDir: p.sitesDir, outRoot, onWarning: () => {} });
    expect(hostile.ok).toBe(false);
    expect(hostile.error).toContain(`✗ ${relative(process.cwd(), join(p.siteDir, POST))}`);
    expect(hostile.error).toContain(
      `• «Đường dẫn cũ» (oldPaths.1): "/%2e%2e/mn-hoa-sen/tin-tuc/x.html" ${WHY.dots[0]}.`,
    );
    expect(readdirSync(outRoot)).toEqual(['mn-hoa-sen']);
    expect(sentinel()).toEqual(before);

    // Legitimate: Vietnamese letters percent-encoded, as old portals wrote them; a BOM
    // in a post and in site.yaml; a body photo whose Vietnamese name is percent-encoded.
    p.edit(POST, (s) =>
      s.replace("'/%2e%2e/mn-hoa-sen/tin-tuc/x.html'", "'/tin-tuc/l%C3%A1-th%C6%B0-m%E1%BB%9Bi.html'"),
    );
    p.edit(POST, (s) => `\uFEFF${s}\n![Sân trường mới](../../media/s%C3%A2n-tr%C6%B0%E1%BB%9Dng.jpg)\n`);
    p.edit('site.yaml', (s) => `\uFEFF${s}`);
    cpSync(join(p.siteDir, 'media/khai-giang.jpg'), join(p.siteDir, 'media/sân-trường.jpg'));
    const result = await buildSite('mini', { sitesDir: p.sitesDir, outRoot, onWarning: () => {} });
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);

    const out = join(outRoot, 'mini');
    expect(readFileSync(join(out, 'tin-tuc/lá-thư-mới.html'), 'utf8')).toContain(
      'url=/tin-tuc/le-khai-giang-nam-hoc-moi/',
    );
    const page = readFileSync(join(out, 'tin-tuc/le-khai-giang-nam-hoc-moi/index.html'), 'utf8');
    expect(page).toContain('Lễ khai giảng năm học 2025-2026 và Đoàn thanh niên ra quân');
    expect(page).toMatch(/<img alt="Sân trường mới"[^>]* src="\/_astro\/[^"]+\.webp"/);
    expect(page).not.toContain('\uFEFF');
    expect(readdirSync(outRoot).sort()).toEqual(['.audit', 'mini', 'mn-hoa-sen']);
    expect(sentinel()).toEqual(before);
    expect(existsSync(join(outRoot, 'tin-tuc'))).toBe(false);
  });
});
