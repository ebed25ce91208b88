/**
 * English pages without English fields in site.yaml: positions, working hours and the
 * unit's name get English from known Vietnamese patterns, and anything not understood
 * gives no fallback (the page keeps the Vietnamese, marked lang="vi").
 */
import { describe, expect, it } from 'vitest';
import { hoursInEnglish, nameInEnglish, positionInEnglish } from '../../themes/cong-truong/lib/english/index.ts';
import { phoneText } from '../../themes/cong-truong/lib/format.ts';

describe('positionInEnglish', () => {
  it.each([
    ['Hiệu trưởng', 'Principal'],
    ['Phó Hiệu trưởng', 'Vice Principal'],
    ['phó hiệu trưởng', 'Vice Principal'],
    ['Phó Hiệu trưởng, Phó trưởng ban', 'Vice Principal, Deputy Head of the Board'],
    ['Trưởng phòng', 'Head of Office'],
    ['Nhân viên văn thư, thư ký', 'Clerk, Secretary'],
    ['Hiệu trưởng'.normalize('NFD'), 'Principal'],
  ])('%s → %s', (vi, en) => expect(positionInEnglish(vi)).toBe(en));

  it('gives nothing for a position with a part it does not know', () => {
    expect(positionInEnglish('Giáo viên Tin học, phụ trách kỹ thuật')).toBeUndefined();
    expect(positionInEnglish('')).toBeUndefined();
  });
});

describe('hoursInEnglish', () => {
  it.each([
    [
      'Thứ Hai – Thứ Sáu: 7 giờ 00 – 11 giờ 30 và 13 giờ 30 – 17 giờ 00; sáng thứ Bảy: 7 giờ 30 – 11 giờ 00',
      'Monday – Friday: 7:00 – 11:30 and 13:30 – 17:00; Saturday morning: 7:30 – 11:00',
    ],
    ['Thứ Hai – Thứ Sáu, 7 giờ – 17 giờ', 'Monday – Friday, 7:00 – 17:00'],
    ['Từ thứ Hai đến thứ Sáu, 7h30 - 17h', 'From Monday to Friday, 7:30 - 17:00'],
    [
      'Thứ Hai – Thứ Sáu: 7 giờ 00 – 17 giờ 00 (đón trẻ từ 7 giờ 00, trả trẻ từ 16 giờ 30); văn phòng nghỉ trưa 11 giờ 30 – 13 giờ 30',
      'Monday – Friday: 7:00 – 17:00 (children received from 7:00, children collected from 16:30); office closed for lunch 11:30 – 13:30',
    ],
  ])('%s', (vi, en) => expect(hoursInEnglish(vi)).toBe(en));

  it('gives nothing when Vietnamese words would be left', () => {
    expect(hoursInEnglish('Thứ Hai – Thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ tại Bộ phận một cửa')).toBeUndefined();
  });
});

describe('nameInEnglish', () => {
  it.each([
    ['Trường Mầm non Hoa Sen', 'Hoa Sen Preschool'],
    ['Trường Tiểu học Đinh Tiên Hoàng', 'Dinh Tien Hoang Primary School'],
    ['Trường Trung học cơ sở Nguyễn Du', 'Nguyen Du Lower Secondary School'],
    ['Trường THPT Lê Quý Đôn', 'Le Quy Don Upper Secondary School'],
    ['Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'Department of Education and Training of Ho Chi Minh City'],
  ])('%s → %s', (vi, en) => expect(nameInEnglish(vi)).toBe(en));

  it('gives nothing for a name it cannot read', () => {
    expect(nameInEnglish('Phòng Văn hóa - Xã hội phường Bến Thành')).toBeUndefined();
  });
});

describe('phoneText', () => {
  it('reads "máy lẻ" as "ext." in English and leaves Vietnamese as written', () => {
    expect(phoneText('028 3836 4512 máy lẻ 101', 'en')).toBe('028 3836 4512 ext. 101');
    expect(phoneText('028 3836 4512 máy lẻ 101', 'vi')).toBe('028 3836 4512 máy lẻ 101');
  });
});
