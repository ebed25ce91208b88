/**
 * One mutation per rule: each breaks exactly that rule of the clean base fixture.
 * `rules.test.ts` applies each to a fresh copy and expects that rule, and only it.
 */
import type { Variant } from './variant.ts';

export interface Mutation {
  rule: string;
  /** What the mutation does, shown as the test name. */
  what: string;
  apply: (v: Variant) => void;
  /** Expected severity of every finding, when not the rule's default. */
  severity?: 'error' | 'warning' | 'info';
  /** Expected wording of the (first) finding. */
  message?: RegExp;
}

const NEWS = 'content/tin-tuc/hoi-thi-giao-vien-day-gioi.md';
const appendToNews = (text: string) => (v: Variant) => v.edit(NEWS, (s) => `${s}\n${text}\n`);
const setLine = (file: string, key: string, value: string) => (v: Variant) =>
  v.edit(file, (s) => s.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`));

export const MUTATIONS: Mutation[] = [
  {
    rule: 'noi-dung-hop-le',
    what: 'a news file with an impossible date',
    apply: (v) =>
      v.write(
        'content/tin-tuc/bai-loi.md',
        '---\ntitle: Bài lỗi\ndescription: Ngày sai.\ndate: 2026-02-30\ncategory: hoat-dong\n---\nNội dung.\n',
      ),
  },
  {
    rule: 'noi-dung-hop-le',
    what: 'site.yaml without email (nothing else can be judged)',
    apply: (v) => v.edit('site.yaml', (s) => s.replace(/^email:.*\n/m, '')),
  },
  { rule: 'gioi-thieu', what: 'the history page is deleted', apply: (v) => v.remove('content/trang/lich-su.md') },
  {
    rule: 'gioi-thieu',
    what: 'the org-structure page has no text',
    apply: (v) => v.edit('content/trang/co-cau-to-chuc.md', (s) => s.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1')),
  },
  { rule: 'lanh-dao', what: 'no leader', apply: (v) => v.remove('content/lanh-dao') },
  { rule: 'lien-he', what: 'the contact page is deleted', apply: (v) => v.remove('content/trang/lien-he.md') },
  { rule: 'hoi-dap', what: 'no Q&A', apply: (v) => v.remove('content/hoi-dap') },
  {
    rule: 'hoi-dap',
    what: 'the only Q&A is a draft',
    apply: (v) =>
      v.edit('content/hoi-dap/thoi-gian-nhan-ho-so-chuyen-truong.md', (s) =>
        s.replace('answered: 2026-09-12', 'answered: 2026-09-12\ndraft: true'),
      ),
  },
  { rule: 'tin-tuc', what: 'no news', apply: (v) => v.remove('content/tin-tuc') },
  { rule: 'van-ban', what: 'no document', apply: (v) => v.remove('content/van-ban') },
  {
    rule: 'tuyen-sinh-truc-tuyen',
    what: 'no link to the online admission system',
    apply: (v) => {
      v.edit('site.yaml', (s) =>
        s.replace('  - label: Tuyển sinh đầu cấp trực tuyến\n    url: https://tuyensinhdaucap.hcm.edu.vn\n', ''),
      );
      v.edit('content/tuyen-sinh/thong-bao-tuyen-sinh-lop-6-2026-2027.md', (s) => s.replace(/^onlineUrl:.*\n/m, ''));
    },
  },
  { rule: 'tuyen-sinh', what: 'no admission entry', apply: (v) => v.remove('content/tuyen-sinh') },
  {
    rule: 'tuyen-sinh',
    what: 'no admission notice (warning)',
    apply: (v) =>
      v.edit('content/tuyen-sinh/thong-bao-tuyen-sinh-lop-6-2026-2027.md', (s) =>
        s.replace('kind: thong-bao', 'kind: danh-sach'),
      ),
    severity: 'warning',
  },
  { rule: 'lay-y-kien', what: 'no consultation', apply: (v) => v.remove('content/lay-y-kien') },
  {
    rule: 'lay-y-kien',
    what: 'the only consultation opens after the reference date',
    apply: setLine('content/lay-y-kien/du-thao-noi-quy-hoc-sinh.md', 'opens', '2026-12-01'),
  },
  {
    rule: 'lay-y-kien-ket-qua',
    what: 'a closed consultation without outcome',
    apply: (v) => v.edit('content/lay-y-kien/du-thao-noi-quy-hoc-sinh.md', (s) => s.replace(/^result:.*\n/m, '')),
  },
  {
    rule: 'sieu-du-lieu',
    what: 'a page without DC.creator',
    apply: (v) =>
      v.editPage('/tin-tuc/le-khai-giang-nam-hoc-2026-2027/', (h) => h.replace(/<meta name="DC.creator"[^>]*>/, '')),
  },
  {
    rule: 'sieu-du-lieu',
    what: 'a page with an empty DC.date',
    apply: (v) =>
      v.editPage('/gioi-thieu/', (h) =>
        h.replace(/<meta name="DC.date" content="[^"]*">/, '<meta name="DC.date" content="">'),
      ),
  },
  {
    rule: 'noi-dung-bi-bo',
    what: 'an HTML table typed into a news body (its text would vanish)',
    severity: 'warning',
    message: /không hiện trên cổng: .*<table>/,
    apply: appendToNews('<table>\n<tr><td>Lớp 6A</td><td>Nguyễn Văn An</td></tr>\n</table>'),
  },
  {
    rule: 'noi-dung-bi-bo',
    what: 'Word formatting pasted as HTML (the text stays)',
    severity: 'info',
    message: /định dạng HTML sẽ bị bỏ \(chữ vẫn giữ\)/,
    apply: appendToNews('Hạn nộp hồ sơ: <b>ngày 15/8</b> tại <span style="color:red">phòng Giáo vụ</span>.'),
  },
  {
    rule: 'chua-thay-mau',
    what: 'template marker left in a news post',
    apply: appendToNews('Hiệu trưởng: [CẦN THAY]'),
  },
  {
    rule: 'chua-thay-mau',
    what: 'placeholder phone in a leader entry',
    apply: setLine('content/lanh-dao/le-thi-mai.md', 'phone', '0000 000 000'),
  },
  {
    rule: 'cong-khai-day-du',
    what: 'a công khai item of the current school year is missing, before its 30/6 deadline (warning)',
    apply: (v) => v.remove('content/cong-khai/hoc-phi-2026-2027.md'),
    severity: 'warning',
    message: /^Chưa công khai «Học phí và các khoản thu khác» năm học 2026-2027 \(hạn 30\/06\/2027\)\.$/,
  },
  {
    rule: 'cong-khai-day-du',
    what: 'an item of the previous school year is missing after its deadline',
    apply: (v) => v.remove('content/cong-khai/hoc-phi-2025-2026.md'),
    severity: 'error',
    message: /^Năm học 2025-2026 \(hạn công khai 30\/06\/2026\) thiếu 1\/15 mục: Học phí và các khoản thu khác\.$/,
  },
  {
    rule: 'cong-khai-han-nam',
    what: 'an annual item published after 30/6',
    apply: setLine('content/cong-khai/doi-ngu-2025-2026.md', 'published', '2026-07-15'),
  },
  {
    rule: 'cong-khai-10-ngay',
    what: 'a change published 11 working days after it arose (across Tết 2026)',
    apply: (v) =>
      v.edit('content/cong-khai/hoc-phi-2025-2026.md', (s) =>
        s.replace('published: 2025-10-10', 'published: 2026-03-04\neventDate: 2026-02-10'),
      ),
    severity: 'warning',
    message:
      /phát sinh ngày 10\/02\/2026, hạn công khai 03\/03\/2026, nhưng công khai ngày 04\/03\/2026 \(muộn 1 ngày làm việc\)/,
  },
  {
    rule: 'bao-cao-thuong-nien-pdf',
    what: 'the annual report attached as .docx',
    apply: (v) => {
      v.write('public/tep/bao-cao-thuong-nien-2025.docx', 'docx');
      v.edit('content/cong-khai/bao-cao-thuong-nien-2025-2026.md', (s) =>
        s.replace(/file: .*\.pdf/, 'file: /tep/bao-cao-thuong-nien-2025.docx'),
      );
    },
  },
  {
    rule: 'thuc-don',
    what: 'a THCS menu published after the Saturday before its week',
    apply: (v) =>
      v.write(
        'content/thuc-don/tuan-23-11-2026.md',
        '---\ntitle: Thực đơn tuần 23/11 – 27/11/2026\nweekStart: 2026-11-23\npublished: 2026-11-22\ndays:\n  - day: thu-2\n    lunch: Cơm; canh bí; cá kho\n---\n',
      ),
  },
  {
    rule: 'chan-trang',
    what: 'a footer without the phone number',
    apply: (v) => v.editPage('/van-ban/', (h) => h.replace('028 3896 1234', '')),
  },
  {
    rule: 'chan-trang',
    what: 'a page without footer',
    apply: (v) => v.editPage('/hoi-dap/', (h) => h.replace(/<footer>[\s\S]*<\/footer>/, '')),
  },
  {
    rule: 'so-do-cong',
    what: 'a section missing from the text sitemap',
    apply: (v) =>
      v.editPage('/so-do-cong/', (h) => h.replace(/(<main[\s\S]*?)<li><a href="\/hoi-dap\/">Hỏi đáp<\/a><\/li>/, '$1')),
  },
  {
    rule: 'so-do-cong',
    what: 'a text-sitemap page missing from sitemap.xml',
    apply: (v) =>
      v.edit('../../dist/base/sitemap-0.xml', (s) => s.replace(/<url><loc>[^<]*\/lay-y-kien\/<\/loc><\/url>/, '')),
  },
  { rule: 'so-do-cong', what: 'no text sitemap page', apply: (v) => v.removePage('/so-do-cong/') },
  { rule: 'trang-tieng-anh', what: 'no /en/ page', apply: (v) => v.removePage('/en/') },
  {
    rule: 'chuc-nang-in',
    what: 'an article without print action',
    apply: (v) =>
      v.editPage('/van-ban/cv-125-thcskt/', (h) => h.replace('<button type="button" data-print>In / Lưu</button>', '')),
  },
  { rule: 'trang-tim-kiem', what: 'no search page', apply: (v) => v.removePage('/tim-kiem/') },
  {
    rule: 'anh-thieu-alt',
    what: 'a Markdown image with empty alt',
    apply: appendToNews('![](../../media/khai-giang.jpg)'),
  },
  {
    rule: 'anh-thieu-alt',
    what: 'a built <img> without alt',
    apply: (v) => v.editPage('/lien-he/', (h) => h.replace('</main>', '<img src="/logo.svg"></main>')),
  },
  {
    rule: 'anh-qua-lon',
    what: 'a 600 KB photo in media',
    apply: (v) => v.write('media/anh-goc.jpg', Buffer.alloc(600 * 1024, 1)),
  },
  {
    rule: 'pdf-qua-lon',
    what: 'an 11 MB PDF',
    apply: (v) => v.write('public/tep/ke-hoach-scan.pdf', Buffer.alloc(11 * 1024 * 1024, 1)),
  },
  {
    rule: 'lien-ket-hong',
    what: 'a link to a page that does not exist',
    apply: (v) =>
      v.editPage('/tin-tuc/', (h) => h.replace('</main>', '<a href="/tin-tuc/bai-da-xoa/">Bài cũ</a></main>')),
  },
  {
    rule: 'lien-ket-hong',
    what: 'a link to a missing attachment',
    apply: (v) =>
      v.editPage('/cong-khai/', (h) => h.replace('/tep/cong-khai-hoc-phi-2025-2026.pdf', '/tep/hoc-phi.pdf')),
  },
  {
    rule: 'lien-ket-ngoai',
    what: 'a link to an unknown domain in a news post',
    apply: appendToNews('Xem thêm tại [trang này](https://vi-du-la.example.org/bai-viet).'),
  },
  {
    rule: 'lien-ket-ngoai',
    what: 'a link to an unknown domain in a built page',
    apply: (v) =>
      v.editPage('/', (h) => h.replace('</main>', '<a href="https://quang-cao.example.net/">Quảng cáo</a></main>')),
  },
  {
    rule: 'tu-khoa-co-bac',
    what: 'gambling spam in a news post',
    apply: appendToNews('Link vào nhà cái uy tín, nổ hũ đổi thưởng.'),
    severity: 'error',
    message: /«nhà cái», «nổ hũ»/,
  },
  {
    rule: 'tu-khoa-co-bac',
    what: 'gambling spam injected into a built page',
    apply: (v) => v.editPage('/hoi-dap/', (h) => h.replace('</main>', '<p>Tài xỉu online uy tín</p></main>')),
  },
  {
    rule: 'tu-khoa-co-bac',
    what: 'an anti-gambling article without an exception (still an error)',
    apply: appendToNews('Tuyên truyền phòng, chống cá cược bóng đá trong học sinh.'),
    severity: 'error',
    message: /«cá cược»/,
  },
  {
    rule: 'tu-khoa-co-bac',
    what: 'an anti-gambling article listed in tu-khoa-duoc-phep.yaml (info)',
    apply: (v) => {
      appendToNews('Tuyên truyền phòng, chống cá cược bóng đá trong học sinh.')(v);
      v.write(
        'tu-khoa-duoc-phep.yaml',
        `- file: ${NEWS}\n  terms: [cá cược]\n  reason: Bài tuyên truyền theo kế hoạch của nhà trường\n  approvedBy: Phó Hiệu trưởng\n`,
      );
    },
    severity: 'info',
    message: /«cá cược» được chấp nhận/,
  },
  {
    rule: 'tu-khoa-co-bac',
    what: 'a link to a gambling TLD (error, not only an unknown domain)',
    apply: appendToNews('Xem [kết quả](https://ket-qua-bong-da.bet/hom-nay).'),
    severity: 'error',
    message: /«ket-qua-bong-da\.bet»/,
  },
];
