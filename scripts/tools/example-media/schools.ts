/**
 * What the generator draws and writes for each example school: photos and their captions,
 * portraits, the organisation chart, and the letterheads (cơ quan, địa danh, kính gửi,
 * nơi nhận) of each issuer level. Both schools are in phường Bến Thành, TP. Hồ Chí Minh.
 */
import { type OrgNode, SCENES } from './scenes.ts';

export interface Photo {
  file: string;
  scene: keyof typeof SCENES;
  caption: string;
  /** Text painted on the banner or board inside the picture. */
  label: string;
}

export interface Portrait {
  file: string;
  woman: boolean;
  shirt: string;
  label: string;
}

export interface HeaderLine {
  text: string;
  bold: boolean;
}

export interface SiteMedia {
  id: string;
  preschool: boolean;
  school: string;
  colour: string;
  photos: Photo[];
  portraits: Portrait[];
  org: { file: string; title: string; top: OrgNode[]; leadership: string; units: OrgNode[] };
  /** Letterhead of each issuer level (upper lines regular, unit in bold). */
  headers: Record<string, HeaderLine[]>;
  /** Place name of the date line, by issuer level. */
  places: Record<string, string>;
  /** Abbreviation of the school in reference numbers. */
  abbr: string;
  principal: string;
  /** Names of the vice principals (they sign "KT. HIỆU TRƯỞNG"). */
  vices: string[];
  /** Default "Kính gửi" of a công văn from each issuer level. */
  kinhGui: Record<string, string>;
  noiNhan: Record<string, string[]>;
}

/** Letterheads of each issuer level above a school of phường Bến Thành (`school`: its bold line). */
function benThanhHeaders(school: string): Record<string, HeaderLine[]> {
  return {
    truong: [
      { text: 'UBND PHƯỜNG BẾN THÀNH', bold: false },
      { text: school, bold: true },
    ],
    'xa-phuong': [
      { text: 'ỦY BAN NHÂN DÂN', bold: true },
      { text: 'PHƯỜNG BẾN THÀNH', bold: true },
    ],
    so: [
      { text: 'ỦY BAN NHÂN DÂN', bold: false },
      { text: 'THÀNH PHỐ HỒ CHÍ MINH', bold: false },
      { text: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', bold: true },
    ],
    bo: [{ text: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', bold: true }],
    'phong-gddt': [
      { text: 'UBND QUẬN 1', bold: false },
      { text: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', bold: true },
    ],
  };
}

/** Place names of the date line of each issuer level, for both schools. */
const BEN_THANH_PLACES: Record<string, string> = {
  truong: 'Phường Bến Thành',
  'xa-phuong': 'Phường Bến Thành',
  so: 'Thành phố Hồ Chí Minh',
  bo: 'Hà Nội',
  'phong-gddt': 'Quận 1',
};

export const THCS: SiteMedia = {
  id: 'thcs-nguyen-du',
  preschool: false,
  school: 'TRƯỜNG THCS NGUYỄN DU',
  colour: '#0b4f8a',
  photos: [
    { file: 'san-truong.jpg', scene: 'san-truong', caption: 'Khuôn viên Trường THCS Nguyễn Du', label: '' },
    {
      file: 'chao-co.jpg',
      scene: 'chao-co',
      caption: 'Lễ chào cờ đầu tuần trên sân trường',
      label: 'THI ĐUA DẠY TỐT – HỌC TỐT',
    },
    {
      file: 'khai-giang-2025.jpg',
      scene: 'khai-giang',
      caption: 'Lễ khai giảng năm học 2025-2026',
      label: 'LỄ KHAI GIẢNG NĂM HỌC 2025-2026',
    },
    {
      file: 'khai-giang-2026.jpg',
      scene: 'khai-giang',
      caption: 'Lễ khai giảng năm học 2026-2027',
      label: 'LỄ KHAI GIẢNG NĂM HỌC 2026-2027',
    },
    {
      file: 'lop-hoc.jpg',
      scene: 'lop-hoc',
      caption: 'Một tiết học theo nhóm của học sinh khối 7',
      label: 'Ngữ văn 7',
    },
    {
      file: 'hop-phu-huynh.jpg',
      scene: 'hop-phu-huynh',
      caption: 'Họp phụ huynh học sinh đầu năm học',
      label: 'HỌP PHỤ HUYNH HỌC SINH',
    },
    {
      file: 'doan-doi.jpg',
      scene: 'doan-doi',
      caption: 'Đội viên Liên đội Nguyễn Du trong buổi sinh hoạt',
      label: 'LIÊN ĐỘI THCS NGUYỄN DU',
    },
    {
      file: 'pccc.jpg',
      scene: 'pccc',
      caption: 'Diễn tập phòng cháy chữa cháy và thoát nạn',
      label: 'DIỄN TẬP PCCC VÀ CNCH',
    },
    {
      file: 'day-gioi.jpg',
      scene: 'day-gioi',
      caption: 'Tiết dự thi giáo viên dạy giỏi cấp trường',
      label: 'Khoa học tự nhiên 8',
    },
    {
      file: 'nha-giao.jpg',
      scene: 'nha-giao',
      caption: 'Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11',
      label: 'KỶ NIỆM NGÀY NHÀ GIÁO VIỆT NAM',
    },
    {
      file: 'thi-hsg.jpg',
      scene: 'thi-hsg',
      caption: 'Tuyên dương học sinh giỏi cấp thành phố',
      label: 'TUYÊN DƯƠNG HỌC SINH GIỎI',
    },
    {
      file: 'doc-sach.jpg',
      scene: 'doc-sach',
      caption: 'Ngày hội đọc sách tại thư viện trường',
      label: 'NGÀY HỘI ĐỌC SÁCH',
    },
    { file: 'the-thao.jpg', scene: 'the-thao', caption: 'Hội khỏe Phù Đổng cấp trường', label: 'HỘI KHỎE PHÙ ĐỔNG' },
    {
      file: 'stem.jpg',
      scene: 'stem',
      caption: 'Học sinh thực hành chủ đề STEM',
      label: 'CHỦ ĐỀ STEM: NĂNG LƯỢNG XANH',
    },
    {
      file: 'trung-thu.jpg',
      scene: 'trung-thu',
      caption: 'Đêm hội trăng rằm của Liên đội',
      label: 'ĐÊM HỘI TRĂNG RẰM',
    },
    {
      file: 'kham-suc-khoe.jpg',
      scene: 'kham-suc-khoe',
      caption: 'Khám sức khỏe định kỳ cho học sinh',
      label: 'KHÁM SỨC KHỎE HỌC SINH',
    },
    {
      file: 'tong-ket.jpg',
      scene: 'tong-ket',
      caption: 'Lễ tổng kết năm học 2025-2026',
      label: 'TỔNG KẾT NĂM HỌC 2025-2026',
    },
    {
      file: 'tet.jpg',
      scene: 'tet',
      caption: 'Hội chợ Xuân yêu thương của học sinh',
      label: 'XUÂN YÊU THƯƠNG BÍNH NGỌ 2026',
    },
  ],
  portraits: [
    { file: 'hieu-truong.jpg', woman: true, shirt: '#1d3557', label: 'Hiệu trưởng' },
    { file: 'pho-hieu-truong-chuyen-mon.jpg', woman: false, shirt: '#3d405b', label: 'Phó Hiệu trưởng' },
    { file: 'pho-hieu-truong-co-so-vat-chat.jpg', woman: true, shirt: '#6d597a', label: 'Phó Hiệu trưởng' },
  ],
  org: {
    file: 'so-do-to-chuc.png',
    title: 'SƠ ĐỒ CƠ CẤU TỔ CHỨC TRƯỜNG THCS NGUYỄN DU',
    top: [{ label: 'Chi bộ Trường THCS Nguyễn Du' }, { label: 'Hội đồng trường' }],
    leadership: 'Ban Giám hiệu\nHiệu trưởng, 2 Phó Hiệu trưởng',
    units: [
      { label: 'Tổ Ngữ văn –\nLịch sử – Địa lý' },
      { label: 'Tổ Toán – Tin học' },
      { label: 'Tổ Khoa học\ntự nhiên – Công nghệ' },
      { label: 'Tổ Ngoại ngữ' },
      { label: 'Tổ Nghệ thuật –\nGDTC – GDCD' },
      { label: 'Tổ Văn phòng' },
      { label: 'Đoàn thể', children: [{ label: 'Công đoàn' }, { label: 'Chi đoàn TN' }, { label: 'Liên đội' }] },
    ],
  },
  headers: benThanhHeaders('TRƯỜNG THCS NGUYỄN DU'),
  places: BEN_THANH_PLACES,
  abbr: 'THCSND',
  principal: 'Lê Thị Thu Hằng',
  vices: ['Phạm Quốc Bảo', 'Võ Thị Ngọc Lan'],
  kinhGui: {
    so: 'Hiệu trưởng các trường trung học cơ sở, trường phổ thông nhiều cấp học có cấp trung học cơ sở',
    bo: 'Các Sở Giáo dục và Đào tạo',
    'xa-phuong': 'Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường',
    'phong-gddt': 'Hiệu trưởng các trường trung học cơ sở trong quận',
    truong: 'Cha mẹ học sinh và giáo viên chủ nhiệm các lớp',
  },
  noiNhan: {
    truong: [
      'Phòng Văn hóa - Xã hội phường Bến Thành (để báo cáo);',
      'Ban Giám hiệu, các tổ chuyên môn, tổ văn phòng;',
      'Đăng cổng thông tin điện tử của trường;',
      'Lưu: VT.',
    ],
    'xa-phuong': [
      'Như trên;',
      'Thường trực Đảng ủy phường (để báo cáo);',
      'Chủ tịch, các Phó Chủ tịch UBND phường;',
      'Lưu: VT, VHXH.',
    ],
    so: [
      'Như trên;',
      'Giám đốc Sở (để báo cáo);',
      'Các Phó Giám đốc Sở;',
      'Ủy ban nhân dân các xã, phường, đặc khu (để phối hợp);',
      'Lưu: VT, GDTrH.',
    ],
    bo: [
      'Như trên;',
      'Bộ trưởng (để báo cáo);',
      'Các Thứ trưởng;',
      'Cổng thông tin điện tử Bộ GDĐT;',
      'Lưu: VT, Vụ GDTrH.',
    ],
    'phong-gddt': ['Như trên;', 'Ủy ban nhân dân quận (để báo cáo);', 'Lưu: VT, THCS.'],
  },
};

export const MN: SiteMedia = {
  id: 'mn-hoa-sen',
  preschool: true,
  school: 'TRƯỜNG MẦM NON HOA SEN',
  colour: '#9d174d',
  photos: [
    { file: 'san-truong.jpg', scene: 'san-truong', caption: 'Khuôn viên Trường Mầm non Hoa Sen', label: '' },
    {
      file: 'ngay-hoi-den-truong-2025.jpg',
      scene: 'khai-giang',
      caption: 'Ngày hội đến trường của bé năm học 2025-2026',
      label: 'NGÀY HỘI ĐẾN TRƯỜNG CỦA BÉ',
    },
    {
      file: 'ngay-hoi-den-truong-2026.jpg',
      scene: 'van-nghe',
      caption: 'Ngày hội đến trường của bé năm học 2026-2027',
      label: 'BÉ VUI ĐẾN TRƯỜNG 2026-2027',
    },
    { file: 'san-choi.jpg', scene: 'san-choi', caption: 'Giờ hoạt động ngoài trời ở sân chơi', label: '' },
    {
      file: 'lop-mau-giao.jpg',
      scene: 'lop-mau-giao',
      caption: 'Giờ hoạt động chung của lớp mẫu giáo lớn',
      label: 'LỚP MẪU GIÁO LỚN A1',
    },
    { file: 'trung-thu.jpg', scene: 'trung-thu', caption: 'Bé vui hội trăng rằm', label: 'VUI HỘI TRĂNG RẰM' },
    { file: 'lam-noi-tro.jpg', scene: 'lam-noi-tro', caption: 'Bé tập làm nội trợ', label: 'BÉ TẬP LÀM NỘI TRỢ' },
    { file: 'bua-an.jpg', scene: 'bua-an', caption: 'Bữa trưa của các bé tại lớp', label: 'GIỜ ĂN CỦA BÉ' },
    {
      file: 'kham-suc-khoe.jpg',
      scene: 'kham-suc-khoe',
      caption: 'Khám sức khỏe định kỳ cho trẻ',
      label: 'KHÁM SỨC KHỎE ĐỊNH KỲ',
    },
    {
      file: 'pccc.jpg',
      scene: 'pccc',
      caption: 'Bé cùng cô thực hành thoát nạn khi có cháy',
      label: 'BÉ HỌC KỸ NĂNG THOÁT NẠN',
    },
    { file: 'doc-sach.jpg', scene: 'doc-sach', caption: 'Ngày hội đọc sách của bé', label: 'BÉ YÊU SÁCH' },
    {
      file: 'van-nghe.jpg',
      scene: 'van-nghe',
      caption: 'Văn nghệ chào mừng Ngày Nhà giáo Việt Nam',
      label: 'MỪNG NGÀY NHÀ GIÁO VIỆT NAM',
    },
    { file: 'vuon-rau.jpg', scene: 'vuon-rau', caption: 'Bé chăm sóc vườn rau của lớp', label: 'VƯỜN RAU CỦA BÉ' },
    { file: 'the-thao.jpg', scene: 'the-thao', caption: 'Ngày hội thể thao của bé', label: 'BÉ KHỎE – BÉ NGOAN' },
    { file: 'tet.jpg', scene: 'tet', caption: 'Chợ quê ngày Tết của bé', label: 'BÉ VUI ĐÓN TẾT BÍNH NGỌ' },
    {
      file: 'hop-phu-huynh.jpg',
      scene: 'hop-phu-huynh',
      caption: 'Họp cha mẹ trẻ đầu năm học',
      label: 'HỌP CHA MẸ TRẺ',
    },
    {
      file: 'day-gioi.jpg',
      scene: 'day-gioi',
      caption: 'Tiết dự thi giáo viên dạy giỏi cấp trường',
      label: 'Khám phá: Quả cam',
    },
    {
      file: 'ra-truong.jpg',
      scene: 'ra-truong',
      caption: 'Lễ ra trường của các bé mẫu giáo lớn',
      label: 'TẠM BIỆT TRƯỜNG MẦM NON',
    },
  ],
  portraits: [
    { file: 'hieu-truong.jpg', woman: true, shirt: '#9d174d', label: 'Hiệu trưởng' },
    { file: 'pho-hieu-truong-chuyen-mon.jpg', woman: true, shirt: '#2a6f97', label: 'Phó Hiệu trưởng' },
    { file: 'pho-hieu-truong-nuoi-duong.jpg', woman: true, shirt: '#6a994e', label: 'Phó Hiệu trưởng' },
  ],
  org: {
    file: 'so-do-to-chuc.png',
    title: 'SƠ ĐỒ CƠ CẤU TỔ CHỨC TRƯỜNG MẦM NON HOA SEN',
    top: [{ label: 'Chi bộ Trường MN Hoa Sen' }, { label: 'Hội đồng trường' }],
    leadership: 'Ban Giám hiệu\nHiệu trưởng, 2 Phó Hiệu trưởng',
    units: [
      { label: 'Tổ chuyên môn\nNhà trẻ' },
      { label: 'Tổ chuyên môn\nMẫu giáo bé, nhỡ' },
      { label: 'Tổ chuyên môn\nMẫu giáo lớn' },
      { label: 'Tổ Văn phòng' },
      { label: 'Tổ Nuôi dưỡng' },
      {
        label: 'Đoàn thể',
        children: [{ label: 'Công đoàn' }, { label: 'Chi đoàn TN' }, { label: 'Ban đại diện CMT' }],
      },
    ],
  },
  headers: benThanhHeaders('TRƯỜNG MẦM NON HOA SEN'),
  places: BEN_THANH_PLACES,
  abbr: 'MNHS',
  principal: 'Nguyễn Thị Lan Anh',
  vices: ['Đỗ Thị Hồng Nhung', 'Hoàng Thị Mai'],
  kinhGui: {
    so: 'Hiệu trưởng các cơ sở giáo dục mầm non trên địa bàn Thành phố',
    bo: 'Các Sở Giáo dục và Đào tạo',
    'xa-phuong': 'Hiệu trưởng các trường mầm non trên địa bàn phường',
    'phong-gddt': 'Hiệu trưởng các trường mầm non trong quận',
    truong: 'Cha mẹ trẻ và giáo viên các nhóm, lớp',
  },
  noiNhan: {
    truong: [
      'Phòng Văn hóa - Xã hội phường Bến Thành (để báo cáo);',
      'Ban Giám hiệu, các tổ chuyên môn, tổ nuôi dưỡng;',
      'Đăng cổng thông tin điện tử của trường;',
      'Lưu: VT.',
    ],
    'xa-phuong': [
      'Như trên;',
      'Thường trực Đảng ủy phường (để báo cáo);',
      'Chủ tịch, các Phó Chủ tịch UBND phường;',
      'Trạm Y tế phường;',
      'Lưu: VT, VHXH.',
    ],
    so: ['Như trên;', 'Giám đốc Sở (để báo cáo);', 'Các Phó Giám đốc Sở;', 'Lưu: VT, GDMN.'],
    bo: [
      'Như trên;',
      'Bộ trưởng (để báo cáo);',
      'Các Thứ trưởng;',
      'Cổng thông tin điện tử Bộ GDĐT;',
      'Lưu: VT, Vụ GDMN.',
    ],
    'phong-gddt': ['Như trên;', 'Ủy ban nhân dân quận (để báo cáo);', 'Lưu: VT, MN.'],
  },
};

export const SITES: SiteMedia[] = [THCS, MN];
