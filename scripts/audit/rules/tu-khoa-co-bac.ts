/**
 * Gambling and spam terms (nhà cái, nổ hũ, go88…) and links to gambling domains
 * (.bet, .casino, .vip…), the mark of the defaced .edu.vn portals of 2023–2025,
 * anywhere in the content or the built pages: an error, and the build refuses to
 * publish the site (scripts/lib/build-site.ts). No word written next to a term
 * downgrades it (the old "tuyên truyền" exemption let any spam page through by adding
 * that word). An anti-gambling post is published by listing it, with the topic words
 * it needs (đánh bạc, cá độ…), in sites/<id>/tu-khoa-duoc-phep.yaml: a reviewed file
 * outside the CMS, shown here as info. Brands, domains and ad phrases never qualify.
 * Terms and matching: data/spam-keywords.yaml, spam-terms.ts; the scan: defacement.ts.
 */
import { onlyTopics, quoted, scanForSpam } from '../defacement.ts';
import { EXCEPTIONS_FILE } from '../spam-exceptions.ts';
import type { Draft, Rule } from '../types.ts';

export default {
  id: 'tu-khoa-co-bac',
  title: 'Từ khóa cờ bạc, quảng cáo rác',
  category: 'an-toan',
  severity: 'error',
  basis:
    'Điều 7 khoản 1 Thông tư 37/2020/TT-BGDĐT (nội dung phù hợp đường lối, pháp luật); Điều 19 Thông tư 32/2017/TT-BTTTT (an toàn thông tin)',
  needs: 'content',
  check: (ctx) => {
    const scan = scanForSpam(ctx.siteDir, ctx.textSources(), ctx.built);
    const exceptionsFile = ctx.shown(scan.exceptionsFile);
    const drafts: Draft[] = scan.exceptionProblems.map((p) => ({
      file: exceptionsFile,
      severity: p.severity,
      message: `Tệp ngoại lệ từ khóa: ${p.vi.what}`,
      fix: p.vi.fix,
    }));
    for (const report of scan.reports) {
      const where = {
        file: ctx.shown(report.file),
        ...(report.line ? { line: report.line } : {}),
        ...(report.url ? { url: report.url } : {}),
      };
      for (const { term, exception } of report.accepted) {
        drafts.push({
          ...where,
          severity: 'info',
          message: `Từ «${term}» được chấp nhận theo ${exceptionsFile} (lý do: ${exception.reason}; người duyệt: ${exception.approvedBy}).`,
          fix: `Không cần sửa. Khi bài không còn cần nêu từ này, xóa mục của bài trong ${EXCEPTIONS_FILE}.`,
        });
      }
      if (!report.refused.length) continue;
      drafts.push({
        ...where,
        message: report.url
          ? `Trang đã dựng có từ khóa cờ bạc, quảng cáo rác không có trong nội dung gốc: ${quoted(report.refused)}.`
          : `Có từ khóa cờ bạc, quảng cáo rác: ${quoted(report.refused)}.`,
        fix: report.url
          ? 'Trang đã bị sửa sau khi dựng hoặc giao diện bị chèn mã: dựng lại từ nội dung gốc, kiểm tra máy chủ và các gói phụ thuộc, báo cơ quan quản lý.'
          : onlyTopics(report.refused)
            ? `Nếu không phải do nhà trường viết: xóa ngay, đổi mật khẩu tài khoản quản trị. Nếu là bài tuyên truyền phòng, chống tệ nạn: ghi bài và các từ này vào ${ctx.shown(ctx.siteDir)}/${EXCEPTIONS_FILE} (lý do, người duyệt), xem scripts/audit/README.md.`
            : 'Dấu hiệu trang bị chèn nội dung (tên nhà cái, tên miền cờ bạc, cụm từ quảng cáo không bao giờ được chấp nhận): xóa ngay, đổi mật khẩu tài khoản quản trị (CMS, Git, máy chủ) và báo cơ quan quản lý.',
      });
    }
    return drafts;
  },
} satisfies Rule;
