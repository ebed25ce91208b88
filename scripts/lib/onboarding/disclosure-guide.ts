/**
 * What each công khai item of TT 09/2024 should contain, written for the staff who
 * fill in the skeleton (from regulations.md §B; wording paraphrased, not the law).
 * Keyed like DISCLOSURE_ITEMS; an item without a guide gets the generic line.
 */
import type { DisclosureItemKey } from '../../../content-schemas/disclosure-items.ts';

export const DISCLOSURE_GUIDE: Partial<Record<DisclosureItemKey, readonly string[]>> = {
  'thong-tin-chung': [
    'Tên cơ sở giáo dục (và tên tiếng nước ngoài nếu có); địa chỉ trụ sở và các điểm trường; điện thoại, thư điện tử, địa chỉ cổng thông tin.',
    'Loại hình; cơ quan quản lý trực tiếp; sứ mạng, tầm nhìn, mục tiêu; tóm tắt quá trình hình thành và phát triển.',
    'Người đại diện theo pháp luật hoặc người phát ngôn, người liên hệ: họ tên, chức vụ, địa chỉ, điện thoại, thư điện tử.',
  ],
  'co-cau-to-chuc': [
    'Quyết định thành lập (sáp nhập, chia, tách nếu có); quyết định công nhận hội đồng trường, chủ tịch và danh sách thành viên.',
    'Quyết định bổ nhiệm, công nhận hiệu trưởng, phó hiệu trưởng (giám đốc, phó giám đốc).',
    'Quy chế tổ chức và hoạt động; chức năng, nhiệm vụ của đơn vị và các bộ phận; sơ đồ tổ chức.',
  ],
  'tai-chinh-nam-truoc': [
    'Tình hình tài chính của năm tài chính vừa kết thúc: các nguồn thu (ngân sách, học phí và các khoản thu, tài trợ, khác).',
    'Các khoản chi theo mục đích (lương, cơ sở vật chất và dịch vụ, hỗ trợ người học, khác); số dư các quỹ.',
  ],
  'hoc-phi': [
    'Mức học phí và từng khoản thu khác của năm học này, và dự kiến cho các năm học sau.',
    'Công bố trước khi tuyển sinh.',
  ],
  'mien-giam-hoc-bong': [
    'Chính sách và kết quả thực hiện miễn, giảm học phí, hỗ trợ chi phí học tập, học bổng cho người học.',
  ],
  'doi-ngu': [
    'Số lượng nhà giáo, cán bộ quản lý, nhân viên theo vị trí việc làm và trình độ đào tạo.',
    'Tỉ lệ đạt chuẩn nghề nghiệp; tỉ lệ hoàn thành bồi dưỡng hằng năm.',
  ],
  'co-so-vat-chat': [
    'Diện tích đất, diện tích bình quân trên một trẻ em (học sinh) so với quy định; các điểm trường nếu có.',
    'Số phòng học, phòng chức năng, khối phòng hành chính, phục vụ, hạ tầng kỹ thuật so với quy định.',
    'Thiết bị dạy học (đồ dùng, đồ chơi với mầm non) so với danh mục tối thiểu.',
  ],
  'sach-giao-khoa': [
    'Danh mục sách giáo khoa được lựa chọn sử dụng trong năm học (kèm quyết định phê duyệt); tài liệu tham khảo tối thiểu.',
  ],
  'kiem-dinh': [
    'Kết quả tự đánh giá, đánh giá ngoài, kế hoạch cải tiến chất lượng; quyết định công nhận đạt kiểm định, đạt chuẩn quốc gia (nếu có).',
  ],
  'ke-hoach-tuyen-sinh': ['Đối tượng, chỉ tiêu, phương thức, thời gian tuyển sinh của năm học.'],
  'ke-hoach-giao-duc': [
    'Kế hoạch giáo dục (với mầm non: kế hoạch nuôi dưỡng, chăm sóc, giáo dục) của năm học đã được phê duyệt.',
  ],
  'phoi-hop-gia-dinh': ['Quy chế phối hợp giữa nhà trường, gia đình và xã hội.'],
  'ho-tro-nguoi-hoc': [
    'Các chương trình hỗ trợ học sinh: tư vấn học đường, hướng nghiệp, hỗ trợ học sinh khó khăn, khuyết tật.',
  ],
  'dich-vu-mam-non': [
    'Các dịch vụ giáo dục mầm non nhà trường cung cấp (bán trú, đưa đón, năng khiếu…) và mức thu nếu có.',
  ],
  'ket-qua-nam-truoc': [
    'Kết quả năm học trước: số lớp (nhóm), số trẻ em (học sinh) theo khối, bình quân mỗi lớp; số lớp học 2 buổi/ngày.',
    'Số học sinh theo giới tính, dân tộc thiểu số, khuyết tật; kết quả đánh giá, hoàn thành chương trình, tốt nghiệp (theo cấp học).',
  ],
  'bao-cao-thuong-nien': [
    'Báo cáo thường niên theo mẫu phụ lục của Thông tư 09/2024, số liệu tính đến 31/12 năm trước; công bố trước 30/6.',
  ],
};

export const GENERIC_GUIDE = ['Nội dung theo quy định tại văn bản nêu trên.'];
