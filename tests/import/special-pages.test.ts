/**
 * The recognisers of pages that are lists of our entries: Ban giám hiệu tables, weekly
 * menus (either layout) and photo albums, on the shapes old portals print, and what
 * they refuse to guess.
 */
import { describe, expect, it } from 'vitest';
import { isAlbum, leadersIn, menuIn, weekStartIn } from '../../scripts/lib/import/special-pages.ts';

const row = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

describe('Ban giám hiệu tables', () => {
  const table = `<table>${row(['TT', 'Họ tên', 'Chức vụ', 'SĐT', 'Email', 'Phụ trách'], 'th')}${row(['1', 'Phạm Văn Hùng', 'Hiệu trưởng', '0905.111.222', 'PVHung@hcm.edu.vn', 'Phụ trách chung'])}${row(['2', 'Đỗ Thị Mai', 'Phó Hiệu trưởng', '', 'dtmai@hcm.edu.vn', 'Chuyên môn'])}</table>`;

  it('reads each person with all required fields; names the missing field of the others', () => {
    // The title as typed on an NFD keyboard, in capitals.
    expect(leadersIn('BAN GIÁM HIỆU NHÀ TRƯỜNG'.normalize('NFD'), table)).toEqual({
      leaders: [
        {
          name: 'Phạm Văn Hùng',
          position: 'Hiệu trưởng',
          phone: '0905.111.222',
          email: 'pvhung@hcm.edu.vn',
          duties: 'Phụ trách chung',
        },
      ],
      incomplete: [{ name: 'Đỗ Thị Mai', missing: ['điện thoại / phone'] }],
    });
  });

  it('needs both a leaders title and a table with name and position columns', () => {
    expect(leadersIn('Danh sách học sinh giỏi', table)).toBeUndefined();
    expect(leadersIn('Ban giám hiệu', '<p>Hiệu trưởng: Phạm Văn Hùng, ĐT 0905 111 222</p>')).toBeUndefined();
  });
});

describe('weekly menus', () => {
  const byColumns = `<table>${row(['Bữa', 'Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6'])}${row(['Bữa trưa', 'Cơm, cá kho', 'Bún bò', 'Cơm, gà rim', 'Phở', 'Cơm, trứng chiên'])}${row(['Bữa xế', 'Sữa', 'Chuối', 'Chè', 'Bánh', 'Sữa chua'])}</table>`;

  it('reads a table whose days are columns, and the week from the title', () => {
    expect(menuIn('THỰC ĐƠN TUẦN 2 (từ 09/9/2024 đến 13/9/2024)', byColumns)).toEqual({
      weekStart: '2024-09-09',
      days: [
        { day: 'thu-2', lunch: 'Cơm, cá kho', snack: 'Sữa' },
        { day: 'thu-3', lunch: 'Bún bò', snack: 'Chuối' },
        { day: 'thu-4', lunch: 'Cơm, gà rim', snack: 'Chè' },
        { day: 'thu-5', lunch: 'Phở', snack: 'Bánh' },
        { day: 'thu-6', lunch: 'Cơm, trứng chiên', snack: 'Sữa chua' },
      ],
    });
  });

  it('refuses a week that does not start on a Monday, and a menu without a table, with the reason', () => {
    expect(weekStartIn('Thực đơn tuần 11 (11/11 – 15/11/2024)')).toBe('2024-11-11');
    expect(weekStartIn('Thực đơn 31/02 – 04/03/2024')).toBeUndefined();
    expect(menuIn('Thực đơn tuần (12/11 – 16/11/2024)', byColumns)).toMatchObject({
      problem: { en: expect.stringContaining('Monday') },
    });
    expect(menuIn('Thực đơn tuần 11 (11/11 – 15/11/2024)', '<p>Thứ Hai: cơm, canh</p>')).toMatchObject({
      problem: { en: expect.stringContaining('no table of days and meals') },
    });
    expect(menuIn('Lịch công tác tuần 11', byColumns)).toBeUndefined();
  });
});

describe('photo albums', () => {
  const photos = (n: number) =>
    Array.from({ length: n }, (_, i) => `![Ảnh ${i + 1}](../../media/a-${i}.jpg)`).join('\n\n');

  it('takes a page of three or more photos with little text under an album title or address', () => {
    expect(isAlbum('Hình ảnh Hội khỏe Phù Đổng', '/tin-tuc/', photos(3))).toBe(true);
    expect(isAlbum('Hội khỏe Phù Đổng', '/thu-vien-anh/hoi-khoe/ Thư viện ảnh', photos(5))).toBe(true);
  });

  it('leaves a report with photos, and a two-photo page, as posts', () => {
    expect(
      isAlbum('Hình ảnh Hội khỏe Phù Đổng', '/tin-tuc/', `${photos(4)}\n\n${'Nội dung bài viết dài. '.repeat(30)}`),
    ).toBe(false);
    expect(isAlbum('Thư viện ảnh lễ khai giảng', '/', photos(2))).toBe(false);
    expect(isAlbum('Lễ khai giảng', '/tin-tuc/', photos(6))).toBe(false);
  });
});
