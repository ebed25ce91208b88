/**
 * The admin's upload guard (themes/cong-truong/admin/upload-guard.ts) refuses what
 * the build refuses (lying-files.test.ts): a file with an allowed name whose bytes
 * are a web page, before anything reaches Git, from both of Decap's upload paths.
 * The files are real `File`s as the browser hands them over; the backend under the
 * guard is a recorder standing in for Decap's Git backend, which needs a browser
 * and a Git host (the whole admin is exercised in tests/cms/*.chromium.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { guardUploads, UploadRefused } from '../../themes/cong-truong/admin/upload-guard.ts';

interface Asset {
  path: string;
  fileObj?: File;
}

class RecordingBackend {
  saved: string[] = [];
  async persistMedia(file: Asset) {
    this.saved.push(file.path);
    return file;
  }
  async persistEntry(entry: { assets: Asset[] }) {
    this.saved.push(...entry.assets.map((a) => a.path));
    return entry;
  }
}

const Guarded = guardUploads(RecordingBackend);
const MP4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
const asset = (path: string, bytes: BlobPart): Asset => ({
  path,
  fileObj: new File([bytes], path.slice(path.lastIndexOf('/') + 1)),
});

describe('an allowed name on a web page is refused before Git', () => {
  it.each([
    ['a «Video» that is HTML, from the media library', 'media/van-nghe.mp4', '<!doctype html><script>x()</script>'],
    ['a PDF that is a saved page', 'sites/thcs/public/tep/ke-hoach.pdf', '\n  <html><body>'],
    ['a spreadsheet that is SVG', 'sites/thcs/public/tep/bang-diem.xlsx', '\uFEFF<svg onload="x()">'],
  ])('%s', async (_what, path, bytes) => {
    const backend = new Guarded() as unknown as RecordingBackend;
    const error = await backend.persistMedia(asset(path, bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadRefused);
    const name = path.slice(path.lastIndexOf('/') + 1);
    expect(String(error)).toBe(
      `Không tải lên tệp «${name}»: tên tệp là .${name.split('.').pop()} nhưng nội dung là một trang web (HTML), loại tệp có thể chạy mã độc trên cổng. Cách sửa: mở tệp gốc bằng chương trình đã tạo ra nó, lưu hoặc xuất lại đúng loại (ví dụ «Lưu thành PDF»), rồi tải lên lại.`,
    );
    expect(backend.saved).toEqual([]);
  });

  it('with an entry, nothing of it is saved when one of its files lies', async () => {
    const backend = new Guarded() as unknown as RecordingBackend;
    const assets = [
      asset('sites/thcs/public/tep/cong-van.pdf', '%PDF-1.7\n'),
      asset('sites/thcs/public/tep/phu-luc.docx', '<html><script>x()</script>'),
    ];
    await expect(backend.persistEntry({ assets })).rejects.toBeInstanceOf(UploadRefused);
    expect(backend.saved).toEqual([]);
  });

  it('honest files are saved, the video moved to public/video/', async () => {
    const backend = new Guarded() as unknown as RecordingBackend;
    await backend.persistMedia(asset('sites/thcs/media/van-nghe.mp4', MP4));
    await backend.persistEntry({
      assets: [asset('sites/thcs/public/tep/diem.txt', '< 5 điểm: ôn tập'), { path: 'sites/thcs/media/anh.jpg' }],
    });
    expect(backend.saved).toEqual([
      'sites/thcs/public/video/van-nghe.mp4',
      'sites/thcs/public/tep/diem.txt',
      'sites/thcs/media/anh.jpg',
    ]);
  });
});
