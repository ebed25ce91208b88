/** Every rule, in report order: the law's content items, công khai, layout, technique, safety, local targets. */
import type { Rule } from '../types.ts';
import noiDungHopLe from './noi-dung-hop-le.ts';
import noiDungBiBo from './noi-dung-bi-bo.ts';
import gioiThieu from './gioi-thieu.ts';
import lanhDao from './lanh-dao.ts';
import lienHe from './lien-he.ts';
import hoiDap from './hoi-dap.ts';
import tinTuc from './tin-tuc.ts';
import vanBan from './van-ban.ts';
import tuyenSinhTrucTuyen from './tuyen-sinh-truc-tuyen.ts';
import layYKien from './lay-y-kien.ts';
import layYKienKetQua from './lay-y-kien-ket-qua.ts';
import sieuDuLieu from './sieu-du-lieu.ts';
import tuyenSinh from './tuyen-sinh.ts';
import chuaThayMau from './chua-thay-mau.ts';
import congKhaiDayDu from './cong-khai-day-du.ts';
import congKhaiHanNam from './cong-khai-han-nam.ts';
import congKhai10Ngay from './cong-khai-10-ngay.ts';
import baoCaoThuongNienPdf from './bao-cao-thuong-nien-pdf.ts';
import thucDon from './thuc-don.ts';
import keHoachThang from './ke-hoach-thang.ts';
import keHoachTuan from './ke-hoach-tuan.ts';
import chanTrang from './chan-trang.ts';
import soDoCong from './so-do-cong.ts';
import trangTiengAnh from './trang-tieng-anh.ts';
import chucNangIn from './chuc-nang-in.ts';
import trangTimKiem from './trang-tim-kiem.ts';
import anhThieuAlt from './anh-thieu-alt.ts';
import anhQuaLon from './anh-qua-lon.ts';
import pdfQuaLon from './pdf-qua-lon.ts';
import lienKetHong from './lien-ket-hong.ts';
import lienKetNgoai from './lien-ket-ngoai.ts';
import tuKhoaCoBac from './tu-khoa-co-bac.ts';
import soBaiNamLich from './so-bai-nam-lich.ts';
import soBaiThang from './so-bai-thang.ts';
import soBaiNamHoc from './so-bai-nam-hoc.ts';
import congKhaiMoiNamHoc from './cong-khai-moi-nam-hoc.ts';
import mucBieuMau from './muc-bieu-mau.ts';
import tenMienThanhVien from './ten-mien-thanh-vien.ts';

export const RULES: readonly Rule[] = [
  noiDungHopLe,
  noiDungBiBo,
  gioiThieu,
  lanhDao,
  lienHe,
  hoiDap,
  tinTuc,
  vanBan,
  tuyenSinhTrucTuyen,
  layYKien,
  layYKienKetQua,
  sieuDuLieu,
  tuyenSinh,
  chuaThayMau,
  congKhaiDayDu,
  congKhaiHanNam,
  congKhai10Ngay,
  baoCaoThuongNienPdf,
  thucDon,
  keHoachThang,
  keHoachTuan,
  chanTrang,
  soDoCong,
  trangTiengAnh,
  chucNangIn,
  trangTimKiem,
  anhThieuAlt,
  anhQuaLon,
  pdfQuaLon,
  lienKetHong,
  lienKetNgoai,
  tuKhoaCoBac,
  soBaiNamLich,
  soBaiThang,
  soBaiNamHoc,
  congKhaiMoiNamHoc,
  mucBieuMau,
  tenMienThanhVien,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
