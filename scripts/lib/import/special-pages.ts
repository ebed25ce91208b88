/**
 * Old pages that are not posts of our model but lists of one: Ban giám hiệu tables
 * (→ one lanh-dao entry per person), photo albums (→ thu-vien-anh) and weekly menus
 * (→ thuc-don). Each is recognised only from both its title and its structure (a
 * table with the right columns, a page of photos); anything less stays a post, and
 * a person or a day that misses a field the schema requires is reported, not invented.
 */
import { parseHTML } from 'linkedom';
import { PHONE_PATTERN } from '../../../content-schemas/fields.ts';
import { WEEKDAYS } from '../../../content-schemas/collections/menus.ts';
import { fold } from './fold.ts';
import type { Words } from './types.ts';

/** Every table of the HTML as rows of cell texts (NFC, spaces folded). */
export function tablesOf(html: string): string[][][] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('table')].map((table) =>
    [...table.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        (cell.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC'),
      ),
    ),
  );
}

function columnOf(header: string[], pattern: RegExp): number {
  return header.findIndex((cell) => pattern.test(fold(cell)));
}

export interface LeaderRow {
  name: string;
  position: string;
  phone: string;
  email: string;
  duties: string;
}

export interface LeadersFound {
  leaders: LeaderRow[];
  /** People the table names without a field the schema requires. */
  incomplete: { name: string; missing: string[] }[];
}

const LEADER_TITLE = /\b(ban giam hieu|ban lanh dao|lanh dao (nha )?truong|lanh dao don vi)\b/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A Ban giám hiệu page: a table with at least the name and position columns. */
export function leadersIn(title: string, html: string): LeadersFound | undefined {
  if (!LEADER_TITLE.test(fold(title))) return undefined;
  for (const rows of tablesOf(html)) {
    const header = rows[0] ?? [];
    const col = {
      name: columnOf(header, /\bho (va )?ten\b/),
      position: columnOf(header, /\bchuc vu\b/),
      phone: columnOf(header, /\b(dien thoai|so dt|sdt|dt|dtdd)\b/),
      email: columnOf(header, /\b(email|e mail|thu dien tu)\b/),
      duties: columnOf(header, /\b(nhiem vu|phu trach|phan cong|cong viec)\b/),
    };
    if (col.name < 0 || col.position < 0) continue;
    const found: LeadersFound = { leaders: [], incomplete: [] };
    for (const row of rows.slice(1)) {
      const cell = (i: number) => (i < 0 ? '' : (row[i] ?? ''));
      const person = {
        name: cell(col.name),
        position: cell(col.position),
        phone: cell(col.phone),
        email: cell(col.email).toLowerCase(),
        duties: cell(col.duties),
      };
      if (!person.name) continue;
      const missing = [
        ...(person.position ? [] : ['chức vụ / position']),
        ...(PHONE_PATTERN.test(person.phone) ? [] : ['điện thoại / phone']),
        ...(EMAIL.test(person.email) ? [] : ['thư điện tử / email']),
        ...(person.duties ? [] : ['nhiệm vụ / duties']),
      ];
      if (missing.length) found.incomplete.push({ name: person.name, missing });
      else found.leaders.push(person);
    }
    if (found.leaders.length + found.incomplete.length) return found;
  }
  return undefined;
}

const ALBUM_TITLE = /\b(thu vien anh|album|hinh anh|anh hoat dong|phong su anh)\b/;

/** A page of photos: an album's title, at least three photos, and no more text than a description holds. */
export function isAlbum(title: string, where: string, markdown: string): boolean {
  if (!ALBUM_TITLE.test(fold(`${title} ${where}`))) return false;
  const photos = markdown.match(/!\[[^\]]*\]\([^)]+\)/g) ?? [];
  const words = markdown
    .replace(/!\[[^\]]*\]\([^)]+\)/g, '')
    .replace(/[#>*_|-]/g, ' ')
    .trim();
  return photos.length >= 3 && words.length <= 400;
}

/** The photos of a converted body, in order, with their alt text. */
export function photosOf(markdown: string): { src: string; alt: string }[] {
  return [...markdown.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({
    alt: m[1]!.replace(/\\(.)/g, '$1'),
    src: m[2]!,
  }));
}

type Day = keyof typeof WEEKDAYS;
type Meal = 'breakfast' | 'lunch' | 'snack' | 'dinner';

const DAY_NAMES: [RegExp, Day][] = [
  [/^thu (2|hai)\b/, 'thu-2'],
  [/^thu (3|ba)\b/, 'thu-3'],
  [/^thu (4|tu)\b/, 'thu-4'],
  [/^thu (5|nam)\b/, 'thu-5'],
  [/^thu (6|sau)\b/, 'thu-6'],
  [/^thu (7|bay)\b/, 'thu-7'],
];
const MEAL_NAMES: [RegExp, Meal][] = [
  [/\b(bua sang|an sang|sang)\b/, 'breakfast'],
  [/\b(bua trua|an trua|bua chinh|trua)\b/, 'lunch'],
  [/\b(bua xe|an xe|bua phu|xe|phu)\b/, 'snack'],
  [/\b(bua chieu|an chieu|chieu)\b/, 'dinner'],
];

const dayOf = (cell: string) => DAY_NAMES.find(([p]) => p.test(fold(cell)))?.[1];
const mealOf = (cell: string) => MEAL_NAMES.find(([p]) => p.test(fold(cell)))?.[1];

export type MenuDay = { day: Day } & Partial<Record<Meal, string>>;

/** Days × meals from a table laid out either way (days as rows or as columns); every day needs its lunch. */
function menuDays(rows: string[][]): MenuDay[] | undefined {
  const header = rows[0] ?? [];
  const byRows = header.slice(1).map(mealOf);
  const byCols = header.slice(1).map(dayOf);
  const days: MenuDay[] = [];
  if (byRows.includes('lunch')) {
    for (const row of rows.slice(1)) {
      const day = dayOf(row[0] ?? '');
      if (!day) continue;
      const entry: MenuDay = { day };
      byRows.forEach((meal, i) => meal && row[i + 1] && (entry[meal] = row[i + 1]!));
      days.push(entry);
    }
  } else if (byCols.filter(Boolean).length >= 3) {
    const entries: MenuDay[] = byCols.flatMap((day) => (day ? [{ day }] : []));
    for (const row of rows.slice(1)) {
      const meal = mealOf(row[0] ?? '');
      if (!meal) continue;
      let n = 0;
      byCols.forEach((day, i) => {
        if (!day) return;
        const value = row[i + 1];
        if (value) entries[n]![meal] = value;
        n++;
      });
    }
    days.push(...entries);
  }
  return days.length && days.every((d) => d.lunch) ? days : undefined;
}

/** "Thực đơn tuần 10 (11/11 – 15/11/2024)", "từ ngày 11/11/2024 đến 15/11/2024": the week's first day. */
export function weekStartIn(text: string): string | undefined {
  const m = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s*(?:[-–—]|đến)\s*(?:ngày\s*)?\d{1,2}\/\d{1,2}\/(\d{4})/u.exec(
    text.normalize('NFC'),
  );
  if (!m) return undefined;
  const day = `${m[3] ?? m[4]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

export type MenuFound = { weekStart: string; days: MenuDay[] } | { problem: Words };

/** A weekly menu: "thực đơn" in the title, a table of days and meals, and a week that starts on a Monday. */
export function menuIn(title: string, html: string): MenuFound | undefined {
  if (!/\bthuc don\b/.test(fold(title))) return undefined;
  const days = tablesOf(html).map(menuDays).find(Boolean);
  if (!days)
    return {
      problem: {
        vi: 'trang thực đơn không có bảng các ngày (Thứ Hai…) và các bữa (có bữa trưa) nên được nhập thành tin; hãy nhập lại trong mục Thực đơn',
        en: 'the menu page has no table of days and meals (with lunch), so it was imported as news: enter it under Thực đơn',
      },
    };
  const weekStart = weekStartIn(title);
  if (!weekStart || new Date(`${weekStart}T00:00:00Z`).getUTCDay() !== 1) {
    return {
      problem: {
        vi: 'không đọc được ngày Thứ Hai của tuần từ tiêu đề (ví dụ «Thực đơn tuần 10 (11/11 – 15/11/2024)») nên thực đơn được nhập thành tin; hãy nhập lại trong mục Thực đơn',
        en: 'the Monday of the week could not be read from the title (e.g. "Thực đơn tuần 10 (11/11 – 15/11/2024)"), so the menu was imported as news: enter it under Thực đơn',
      },
    };
  }
  return { weekStart, days };
}
