/** Text that exists only in the PDFs (to test full-text search of attachments), and letterhead overrides per file. */
import { rngFor } from './rng.ts';

/**
 * Paragraphs that appear only in the PDF (keyed by site id and file name), and
 * overrides of the letterhead defaults. A phrase listed in `keepTogether` is never
 * broken across lines, so text extraction finds it verbatim.
 */
export interface PdfExtra {
  paragraphs?: string[];
  /** Extra Markdown (tables, lists) appended after the paragraphs. */
  markdown?: string;
  kinhGui?: string;
  noiNhan?: string[];
}

export const KEEP_TOGETHER = [
  'bảo đảm khách quan, công bằng, đúng quy chế',
  'vệ sinh an toàn thực phẩm trong bếp ăn bán trú',
];

/** The admitted-students list, by application code only (no names on the web). */
export function admissionList(): string {
  const rng = rngFor('thcs-nguyen-du/danh-sach-lop-6-2026');
  const schools = ['Tiểu học Bến Thành', 'Tiểu học Phạm Ngũ Lão', 'Tiểu học Cầu Ông Lãnh', 'Tiểu học Nguyễn Thái Bình'];
  const codes = new Set<number>();
  while (codes.size < 405) codes.add(100000 + Math.floor(rng() * 900000));
  const cells = [...codes].sort((a, b) => a - b).map((code, i) => `${i + 1} | TS6-79-${code} | 6A${(i % 9) + 1}`);
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 3) rows.push(`| ${cells.slice(i, i + 3).join(' | ')} |`);
  return [
    `Học sinh trúng tuyển đến từ các trường: ${schools.join(', ')} và một số trường ngoài địa bàn. Lớp ghi trong danh sách là lớp dự kiến, có thể điều chỉnh khi nhập học.`,
    '',
    '## Danh sách theo mã hồ sơ tuyển sinh',
    '',
    '| STT | Mã hồ sơ | Lớp | STT | Mã hồ sơ | Lớp | STT | Mã hồ sơ | Lớp |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export const PDF_EXTRA: Record<string, Record<string, PdfExtra>> = {
  'thcs-nguyen-du': {
    'danh-sach-trung-tuyen-lop-6-2026-2027.pdf': { markdown: admissionList() },
    'tkb-hoc-ky-i-2026-2027.pdf': {
      markdown: [
        '## Thời khóa biểu buổi sáng lớp 6A1 (mẫu, các lớp khác xem bảng tin lớp)',
        '',
        '| Tiết | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu |',
        '|---|---|---|---|---|---|',
        '| 1 | Chào cờ | Toán | Ngữ văn | Tiếng Anh | Khoa học tự nhiên |',
        '| 2 | Ngữ văn | Toán | Ngữ văn | Tiếng Anh | Khoa học tự nhiên |',
        '| 3 | Toán | Lịch sử và Địa lý | Tin học | Toán | Ngữ văn |',
        '| 4 | Tiếng Anh | Giáo dục công dân | Công nghệ | Lịch sử và Địa lý | Toán |',
        '| 5 | Hoạt động trải nghiệm | Âm nhạc | Khoa học tự nhiên | Mỹ thuật | Sinh hoạt lớp |',
        '',
        '## Giờ học',
        '',
        '| Tiết | Buổi sáng | Buổi chiều |',
        '|---|---|---|',
        '| 1 | 7 giờ 00 – 7 giờ 45 | 13 giờ 30 – 14 giờ 15 |',
        '| 2 | 7 giờ 50 – 8 giờ 35 | 14 giờ 20 – 15 giờ 05 |',
        '| 3 | 8 giờ 55 – 9 giờ 40 | 15 giờ 20 – 16 giờ 05 |',
        '| 4 | 9 giờ 45 – 10 giờ 30 | 16 giờ 10 – 16 giờ 55 |',
        '| 5 | 10 giờ 35 – 11 giờ 20 | – |',
      ].join('\n'),
    },
    'cv-3468-sgddt-gdtrh-kiem-tra-dinh-ky.pdf': {
      paragraphs: [
        'Thủ trưởng các đơn vị chỉ đạo tổ chức kiểm tra định kỳ nghiêm túc, bảo đảm khách quan, công bằng, đúng quy chế; đề kiểm tra được xây dựng theo ma trận và bản đặc tả do tổ chuyên môn thống nhất, bám sát yêu cầu cần đạt của chương trình, bảo đảm tỉ lệ hợp lý giữa các mức độ nhận biết, thông hiểu và vận dụng.',
        'Việc coi, chấm, trả bài và nhập điểm thực hiện đúng thời hạn; kết quả kiểm tra được thông báo cho học sinh và cha mẹ học sinh qua sổ liên lạc điện tử. Các đơn vị báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước ngày 15 tháng 01 năm 2027.',
      ],
    },
  },
  'mn-hoa-sen': {
    'kh-62-mnhs-an-toan-thuc-pham-2026-2027.pdf': {
      paragraphs: [
        'Tổ nuôi dưỡng chịu trách nhiệm trực tiếp về vệ sinh an toàn thực phẩm trong bếp ăn bán trú: thực hiện kiểm thực ba bước, lưu mẫu thức ăn 24 giờ, ghi chép sổ giao nhận thực phẩm hằng ngày; nhân viên nấu ăn được khám sức khỏe và tập huấn kiến thức an toàn thực phẩm theo quy định.',
        'Ban Giám hiệu phân công thành viên Ban đại diện cha mẹ trẻ tham gia giám sát việc giao nhận thực phẩm ít nhất một lần mỗi tuần; mọi phản ánh của cha mẹ trẻ về bữa ăn được tiếp nhận và trả lời trong vòng 02 ngày làm việc.',
      ],
    },
  },
};
