/**
 * What a body may hold and how the site shows it, without a browser: GFM tables
 * rendered accessibly, «Video» lines as link cards or the school's own file,
 * what the site drops (the preview notice and the save check share it), pasted
 * Word HTML turned into the Markdown tree the editor inserts, and the video
 * upload rules shared by the admin and the build.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Root } from 'mdast';
import { markdownToHtml } from '../../themes/cong-truong/lib/markdown.ts';
import { droppedFromMarkdown } from '../../themes/cong-truong/lib/markdown-plugins/dropped.ts';
import { VIDEO_LINE, videoMarkdown, videoTarget } from '../../themes/cong-truong/lib/markdown-plugins/video-link.ts';
import { pastedHtmlToMdast } from '../../themes/cong-truong/admin/paste/html-to-mdast.ts';
import { prepareForSave, SaveError } from '../../themes/cong-truong/admin/save-hooks.ts';
import { uploadPathFor, uploadRefusal } from '../../content-schemas/file-types.ts';
import { videoHref } from '../../themes/cong-truong/admin/video-component.ts';
import { VIDEO_LIMITS, videoSizeRefusal } from '../../content-schemas/media-limits.ts';
import { publicFileProblems } from '../../content-schemas/public-files.ts';

describe('tables on the site', () => {
  it('get scope="col" headers, the theme class and a named, focusable scroll box', async () => {
    const html = await markdownToHtml('| Họ và tên | Lớp |\n| --- | --- |\n| **Nguyễn Văn An** | 6A |');
    expect(html).toContain(
      '<div class="ct-scroll" role="region" tabindex="0" aria-label="Bảng: Họ và tên, Lớp"><table class="ct-table">',
    );
    expect(html).toContain('<th scope="col">Họ và tên</th>');
    expect(html).toContain('<td><strong>Nguyễn Văn An</strong></td>');
  });
});

describe('«Video» lines', () => {
  it('recognise YouTube, Facebook and own files, and nothing else', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ?t=3',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://m.youtube.com/shorts/dQw4w9WgXcQ',
    ]) {
      expect(videoTarget(url)).toEqual({
        kind: 'youtube',
        id: 'dQw4w9WgXcQ',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      });
    }
    expect(
      videoTarget(
        'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fthcs.nd%2Fvideos%2F123%2F&show_text=0',
      ),
    ).toEqual({ kind: 'facebook', url: 'https://www.facebook.com/thcs.nd/videos/123/' });
    expect(videoTarget('/video/van-nghe-20-11.mp4')).toEqual({
      kind: 'file',
      src: '/video/van-nghe-20-11.mp4',
      type: 'video/mp4',
    });
    for (const bad of [
      'javascript:alert(1)',
      'https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ',
      '/video/../admin/x.mp4',
      '/video/a.exe',
      'https://www.youtube.com/watch?v=short',
    ])
      expect(videoTarget(bad)).toBeUndefined();
  });

  it('round-trip through the editor component line, brackets in the title included', () => {
    const line = videoMarkdown('Lễ khai giảng [2025–2026] 🎉', 'https://youtu.be/dQw4w9WgXcQ');
    expect(line).toBe('[Lễ khai giảng \\[2025–2026\\] 🎉](https://youtu.be/dQw4w9WgXcQ "video")');
    expect(VIDEO_LINE.exec(line)?.slice(1)).toEqual([
      'Lễ khai giảng \\[2025–2026\\] 🎉',
      'https://youtu.be/dQw4w9WgXcQ',
    ]);
  });

  it('become a link card without any third-party request, or a <video preload="none">', async () => {
    const card = await markdownToHtml('[Lễ khai giảng](https://youtu.be/dQw4w9WgXcQ "video")');
    expect(card).toBe(
      '<figure class="ct-video ct-video--youtube"><figcaption class="ct-video__title">Lễ khai giảng</figcaption><p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer" class="ct-video__link">Xem trên YouTube</a></p></figure>',
    );
    expect(card).not.toMatch(/<iframe|<img|ytimg|<script/);
    const own = await markdownToHtml('[Văn nghệ 20/11](/video/van-nghe.mp4 "video")');
    expect(own).toContain('<video controls preload="none" src="/video/van-nghe.mp4" class="ct-video__player">');
    // A "video" link to anywhere else stays a plain link.
    expect(await markdownToHtml('[Tài liệu](https://example.com/a "video")')).toBe(
      '<p><a href="https://example.com/a" title="video">Tài liệu</a></p>',
    );
  });
});

describe('what the site drops', () => {
  it('is found with the site allow-list, refusals first', () => {
    const found = droppedFromMarkdown(
      'Chữ <b>đậm</b> <font color="red">đỏ</font>\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n[bấm](javascript:alert(1))',
    );
    expect(found.map((f) => [f.kind, f.action])).toEqual([
      ['embed', 'refuse'],
      ['unsafe-link', 'refuse'],
      ['html', 'warn'],
      ['font', 'warn'],
    ]);
    // What only looks like HTML is text the site keeps.
    expect(
      droppedFromMarkdown(
        'Sở GD&ĐT: điểm < 5, a<b, <https://example.com>, [thư](mailto:a@b.vn), [gọi](tel:0281234567)',
      ),
    ).toEqual([]);
  });

  it('is refused or warned at save, naming the field', () => {
    const rules = { labels: { body: 'Nội dung' } };
    expect(() =>
      prepareForSave({ title: 'Khai giảng', body: '<iframe src="https://www.youtube.com/embed/x"></iframe>' }, rules),
    ).toThrow(SaveError);
    expect(() => prepareForSave({ body: '<table><tr><td>Ô một</td></tr></table>' }, rules)).toThrow(
      /«Nội dung»: khối HTML viết tay bị bỏ cả chữ/,
    );
    const warned: string[] = [];
    const saved = prepareForSave({ body: 'Chữ <span style="color:red">đỏ</span>' }, rules, {
      warn: (lines) => warned.push(...lines),
    });
    expect(saved.body).toBe('Chữ <span style="color:red">đỏ</span>');
    expect(warned.join('\n')).toMatch(/^«Nội dung»: thẻ HTML viết tay không hiện/);
  });
});

describe('HTML pasted from Word', () => {
  const paste = (html: string) => {
    const result = pastedHtmlToMdast(fromHtml(html, { fragment: true }));
    return { markdown: toMarkdown(result.tree as Root, { extensions: [gfmToMarkdown()] }), notices: result.notices };
  };

  it('keeps a table with merged cells, bold and a pipe as a GFM table', () => {
    const { markdown, notices } = paste(`<p class=MsoNormal><b>Danh sách</b> học sinh đạt giải<o:p></o:p></p>
<table class=MsoTableGrid border=1 style="mso-yfti-tbllook:1184"><thead><tr><th rowspan=2>Họ và tên</th><th colspan=2>Kết quả</th></tr><tr><th>Môn</th><th>Giải</th></tr></thead>
<tbody><tr><td><p class=MsoNormal><b><span style="font-size:13pt">Nguyễn Văn An</span></b></p></td><td>Toán</td><td>Nhất<br>cấp quận</td></tr>
<tr><td>Trần Thị Bình | 6A</td><td colspan=2>Khuyến khích</td></tr></tbody></table>`);
    expect(markdown).toContain('**Danh sách** học sinh đạt giải');
    expect(markdown).toMatch(/\| Họ và tên +\| Kết quả +\| +\|/);
    expect(markdown).toMatch(/\| \*\*Nguyễn Văn An\*\* +\| Toán +\| Nhất cấp quận +\|/);
    expect(markdown).toContain('Trần Thị Bình / 6A');
    expect(notices).toEqual([]);
  });

  it('turns a YouTube player into «Video», drops other embeds, outside photos and javascript: links, and says so', () => {
    const { tree, notices } = pastedHtmlToMdast(
      fromHtml(
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Lễ khai giảng"></iframe><iframe src="https://maps.example/x"></iframe><p><img src="https://other.example/a.jpg" alt="Sân trường"> <a href="javascript:alert(1)">bấm</a></p><script>alert(1)</script>',
        { fragment: true },
      ),
    );
    expect(tree.children[0]).toEqual({
      type: 'shortcode',
      data: {
        shortcode: 'video',
        shortcodeData: { title: 'Lễ khai giảng', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', file: '' },
      },
    });
    expect(JSON.stringify(tree)).not.toMatch(/javascript:|other\.example|alert/);
    expect(notices).toHaveLength(4);
    expect(notices.join('\n')).toMatch(
      /javascript[\s\S]*mục «Video»[\s\S]*Khung nhúng[\s\S]*Ảnh dán từ nơi khác \(«Sân trường»\)/,
    );
  });
});

describe('own video files', () => {
  it('go only into public/video, as mp4 or webm, within the size limit', () => {
    expect(uploadRefusal('sites/mini/public/video/van-nghe.mp4')).toBeUndefined();
    expect(uploadRefusal('sites/mini/public/video/van-nghe.mov')).toMatch(
      /thư mục video \(public\/video\) chỉ nhận video mp4, webm/,
    );
    expect(uploadRefusal('sites/mini/media/van-nghe.mp4')).toMatch(/Cách sửa: chèn video bằng nút «Video»/);
    expect(videoSizeRefusal('a.mp4', VIDEO_LIMITS.maxBytes)).toBeUndefined();
    expect(videoSizeRefusal('Lễ tổng kết.mp4', 60_450_001)).toMatch(
      /^Không tải lên video «Lễ tổng kết.mp4»: tệp nặng 60,5 MB, quá giới hạn 25 MB/,
    );
  });

  it('picked in the media library, are written to public/video and linked as /video/…', () => {
    expect(uploadPathFor('sites/mini/media/van-nghe.mp4')).toBe('sites/mini/public/video/van-nghe.mp4');
    expect(uploadPathFor('sites/mini/media/anh.jpg')).toBe('sites/mini/media/anh.jpg');
    expect(uploadPathFor('sites/mini/public/tep/cv.pdf')).toBe('sites/mini/public/tep/cv.pdf');
    expect(videoHref('../../media/van-nghe.mp4')).toBe('/video/van-nghe.mp4');
    expect(videoHref('https://youtu.be/dQw4w9WgXcQ')).toBe('https://youtu.be/dQw4w9WgXcQ');
  });

  it('are published by the build only within the same limits', () => {
    const site = mkdtempSync(join(tmpdir(), 'video-site-'));
    mkdirSync(join(site, 'public/video'), { recursive: true });
    writeFileSync(join(site, 'public/video/ok.mp4'), Buffer.alloc(1000));
    writeFileSync(join(site, 'public/video/run.html'), '<script>1</script>');
    writeFileSync(join(site, 'public/video/big.webm'), Buffer.alloc(VIDEO_LIMITS.maxBytes + 1));
    const problems = publicFileProblems(site, undefined, site).map((p) => p.vi);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(
      /public\/video\/big\.webm" nặng hơn 25 MB[\s\S]*public\/video\/run\.html" không được đăng/,
    );
  });
});
