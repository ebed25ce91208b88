/**
 * One administrative letter (Nghị định 30/2020/NĐ-CP): quốc hiệu, cơ quan ban hành, số ký
 * hiệu, địa danh ngày tháng, tên loại và trích yếu, nội dung, nơi nhận, chức vụ người ký.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import type { FontBytes } from './fonts.ts';
import { hashString } from '../../lib/random.ts';
import { DOCUMENT_TYPES } from '../../../content-schemas/collections/documents.ts';
import { type Block, parseMarkdown } from './markdown.ts';
import { PDF_EXTRA, type PdfExtra } from './pdf-extra.ts';
import {
  type Fonts,
  INK,
  MARGIN_L,
  MARGIN_R,
  MARGIN_T,
  PAGE_H,
  PAGE_W,
  PT_PER_MM,
  SLANT,
  TEXT_W,
  Writer,
  wrap,
} from './pdf-writer.ts';
import type { SiteMedia } from './schools.ts';
import type { LetterEntry } from './content.ts';

/**
 * The committed example PDFs name the generator by its first path; kept, so running
 * the tool again gives the same bytes (tests and search figures compare them).
 */
const CREATOR = 'Cổng trường – scripts/generate-example-media.ts';

/** The schema's document types, plus the draft a consultation (lấy ý kiến) attaches. */
export const TYPE_NAMES: Record<string, string> = { ...DOCUMENT_TYPES, 'du-thao': 'Dự thảo' };

export function vnDate(iso: string): { d: string; m: string; y: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { d: d < 10 ? `0${d}` : String(d), m: m < 3 ? `0${m}` : String(m), y: String(y) };
}

/** The schemas read dates as UTC midnight. */
export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export interface DocMeta {
  issuerLevel: string;
  type: string;
  number: string;
  issued: string;
  title: string;
  signer: string;
  draft: boolean;
  paragraphs: Block[];
  extra: PdfExtra;
}

export function positionLines(site: SiteMedia, level: string, signer: string): string[] {
  switch (level) {
    case 'truong':
      return site.vices.includes(signer) ? ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'] : ['HIỆU TRƯỞNG'];
    case 'xa-phuong':
    case 'ubnd-tinh':
      return ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
    case 'so':
      return ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'];
    case 'bo':
      return ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'];
    case 'phong-gddt':
      return ['TRƯỞNG PHÒNG'];
    default:
      return ['THỦ TRƯỞNG ĐƠN VỊ'];
  }
}

export async function renderPdf(site: SiteMedia, meta: DocMeta, fontBytes: FontBytes): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true, customName: 'DejaVuSans' }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true, customName: 'DejaVuSans-Bold' }),
  };
  const w = new Writer(doc, fonts);
  const header = site.headers[meta.issuerLevel] ?? site.headers.truong!;
  const leftCx = MARGIN_L + 80;
  const rightCx = PAGE_W - MARGIN_R - 150;
  const top = w.y;

  // Quốc hiệu, tiêu ngữ (right).
  w.y = top;
  w.centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightCx, fonts.bold, 10.5);
  w.y -= 15;
  w.centered('Độc lập - Tự do - Hạnh phúc', rightCx, fonts.bold, 11.5);
  const mottoW = fonts.bold.widthOfTextAtSize('Độc lập - Tự do - Hạnh phúc', 11.5);
  w.y -= 16;
  w.page.drawLine({
    start: { x: rightCx - mottoW / 2, y: w.y + 1 },
    end: { x: rightCx + mottoW / 2, y: w.y + 1 },
    thickness: 0.6,
    color: INK,
  });
  const rightBottom = w.y;

  // Cơ quan ban hành (left).
  w.y = top;
  for (const line of header) {
    w.centered(line.text, leftCx, line.bold ? fonts.bold : fonts.regular, 10.5);
    w.y -= 15;
  }
  const boldW = fonts.bold.widthOfTextAtSize(header.at(-1)!.text, 10.5);
  w.page.drawLine({
    start: { x: leftCx - boldW / 4, y: w.y - 1 },
    end: { x: leftCx + boldW / 4, y: w.y - 1 },
    thickness: 0.6,
    color: INK,
  });
  w.y -= 10;
  const numberText = meta.draft ? `Số:        /${meta.number.split('/')[1] ?? ''}` : `Số: ${meta.number}`;
  w.centered(numberText, leftCx, fonts.regular, 11.5);
  w.y -= 16;
  if (meta.type === 'cong-van') {
    for (const line of wrap(`V/v ${lowerFirst(meta.title)}`, fonts.regular, 10.5, 185)) {
      w.centered(line, leftCx, fonts.regular, 10.5);
      w.y -= 13;
    }
  }
  const leftBottom = w.y;

  // Địa danh, ngày tháng (right, italic).
  w.y = rightBottom - 10;
  const d = vnDate(meta.issued);
  const place = site.places[meta.issuerLevel] ?? site.places.truong!;
  const dateLine = meta.draft
    ? `${place}, ngày      tháng      năm ${d.y}`
    : `${place}, ngày ${d.d} tháng ${d.m} năm ${d.y}`;
  w.centered(dateLine, rightCx, fonts.regular, 11, true);
  w.y = Math.min(w.y - 24, leftBottom - 10);

  if (meta.draft) {
    w.page.drawRectangle({
      x: PAGE_W - MARGIN_R - 78,
      y: PAGE_H - MARGIN_T + 18,
      width: 78,
      height: 20,
      borderColor: INK,
      borderWidth: 0.8,
    });
    w.page.drawText('DỰ THẢO', {
      x: PAGE_W - MARGIN_R - 66,
      y: PAGE_H - MARGIN_T + 24,
      size: 10,
      font: fonts.bold,
      color: INK,
    });
  }

  // Tên loại và trích yếu.
  if (meta.type === 'cong-van') {
    w.y -= 6;
    const kinhGui = meta.extra.kinhGui ?? site.kinhGui[meta.issuerLevel] ?? site.kinhGui.truong!;
    const lines = wrap(`Kính gửi: ${kinhGui}.`, fonts.regular, 12.5, TEXT_W - 120);
    lines.forEach((line, i) => {
      w.text(line, MARGIN_L + (i === 0 ? 90 : 146), fonts.regular, 12.5);
      w.y -= 18;
    });
    w.y -= 6;
  } else {
    const typeName = (TYPE_NAMES[meta.type] ?? 'Văn bản').toUpperCase();
    w.centered(typeName, PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2, fonts.bold, 13.5);
    w.y -= 20;
    const summary = trichYeu(meta.type, meta.title);
    for (const line of wrap(summary, fonts.bold, 12.5, TEXT_W - 60)) {
      w.centered(line, PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2, fonts.bold, 12.5);
      w.y -= 17;
    }
    const lastW = Math.min(140, TEXT_W / 3);
    w.page.drawLine({
      start: { x: PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2 - lastW / 2, y: w.y - 2 },
      end: { x: PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2 + lastW / 2, y: w.y - 2 },
      thickness: 0.6,
      color: INK,
    });
    w.y -= 14;
  }

  // Nội dung.
  const blocks: Block[] = [
    ...meta.paragraphs,
    ...(meta.extra.paragraphs ?? []).map((text): Block => ({ kind: 'para', text })),
    ...parseMarkdown(meta.extra.markdown ?? ''),
  ];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      w.ensure(40);
      w.paragraph(b.text, { font: fonts.bold, indent: 0, gap: 2 });
    } else if (b.kind === 'para') {
      w.paragraph(b.text);
    } else if (b.kind === 'item') {
      w.paragraph(`${b.marker} ${b.text}`, { indent: 10 * PT_PER_MM, gap: 1 });
    } else {
      w.table(b.rows);
    }
  }

  // Nơi nhận (left) and chức vụ, người ký (right).
  const noiNhan = meta.extra.noiNhan ?? site.noiNhan[meta.issuerLevel] ?? site.noiNhan.truong!;
  const position = positionLines(site, meta.issuerLevel, meta.signer);
  w.ensure(Math.max(20 + noiNhan.length * 13, 36 + position.length * 16 + 70));
  w.y -= 8;
  const blockTop = w.y;
  w.text('Nơi nhận:', MARGIN_L, fonts.bold, 11, true);
  w.y -= 15;
  for (const item of noiNhan) {
    for (const [i, line] of wrap(`- ${item}`, fonts.regular, 10, 215).entries()) {
      w.text(line, MARGIN_L + (i ? 7 : 0), fonts.regular, 10);
      w.y -= 12.5;
    }
  }
  w.y = blockTop;
  for (const line of position) {
    w.centered(line, rightCx, fonts.bold, 12);
    w.y -= 16;
  }
  w.y -= 10;
  w.centered(meta.draft ? '(Dự thảo, chưa ký)' : '(Đã ký)', rightCx, fonts.regular, 11.5, true);
  w.y -= 40;
  w.centered(meta.signer, rightCx, fonts.bold, 12.5);

  // Page footer: page number and the example notice.
  const n = w.pages.length;
  w.pages.forEach((page, i) => {
    const note = `Tài liệu minh họa của bộ dữ liệu mẫu Cổng trường, không có giá trị pháp lý. Trang ${i + 1}/${n}`;
    const nw = fonts.regular.widthOfTextAtSize(note, 8);
    page.drawText(note, {
      x: (PAGE_W - nw) / 2,
      y: 10 * PT_PER_MM,
      size: 8,
      font: fonts.regular,
      color: rgb(0.45, 0.45, 0.45),
      ySkew: SLANT,
    });
  });

  const when = new Date(`${meta.issued}T08:00:00+07:00`);
  doc.setTitle(meta.title);
  doc.setAuthor(header.at(-1)!.text);
  doc.setSubject(meta.number);
  doc.setCreator(CREATOR);
  doc.setProducer('pdf-lib');
  doc.setLanguage('vi-VN');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return doc.save({ useObjectStreams: true });
}

export function lowerFirst(text: string): string {
  const t = text.replace(/^(V\/v|Về việc)\s+/i, '');
  // Keep proper nouns (e.g. "Ngày Nhà giáo") that start a title: lower only common first words.
  const first = t.split(' ')[0] ?? '';
  return /^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$/u.test(first) && !['Ngày', 'Tết', 'Đoàn', 'Đội', 'Sở', 'Bộ', 'Trường'].includes(first)
    ? t.charAt(0).toLocaleLowerCase('vi') + t.slice(1)
    : t;
}

/** "Kế hoạch tổ chức hội thi…" under the heading KẾ HOẠCH reads "Tổ chức hội thi…". */
export function trichYeu(type: string, title: string): string {
  const name = TYPE_NAMES[type] ?? '';
  let rest = title;
  if (name && title.toLocaleLowerCase('vi').startsWith(name.toLocaleLowerCase('vi')))
    rest = title.slice(name.length).trim();
  if (type === 'quyet-dinh' || type === 'du-thao') {
    rest = rest.replace(/^(về việc|v\/v)\s+/i, '');
    return `Về việc ${lowerFirst(rest)}`;
  }
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

export function metaFor(site: SiteMedia, entry: LetterEntry, fileName: string): DocMeta {
  const extra = PDF_EXTRA[site.id]?.[fileName] ?? {};
  const seq = 40 + (hashString(`${site.id}/${fileName}`) % 150);
  const base = {
    issuerLevel: 'truong',
    signer: site.principal,
    draft: false,
    paragraphs: parseMarkdown(entry.body),
    extra,
    title: entry.data.title,
  };
  switch (entry.collection) {
    case 'documents': {
      const d = entry.data;
      return {
        ...base,
        issuerLevel: d.issuerLevel,
        type: d.type,
        number: d.number,
        issued: isoDay(d.issued),
        signer: d.signer ?? site.principal,
      };
    }
    case 'disclosures':
      return { ...base, type: 'thong-bao', number: `${seq}/TB-${site.abbr}`, issued: isoDay(entry.data.published) };
    case 'admissions': {
      const plan = entry.data.kind === 'ke-hoach';
      return {
        ...base,
        type: plan ? 'ke-hoach' : 'thong-bao',
        number: `${seq}/${plan ? 'KH' : 'TB'}-${site.abbr}`,
        issued: isoDay(entry.data.date),
      };
    }
    case 'consultations':
      return {
        ...base,
        type: 'du-thao',
        number: `${seq}/QĐ-${site.abbr}`,
        issued: isoDay(entry.data.opens),
        draft: true,
        title: base.title.replace(/^(Lấy ý kiến|Góp ý)( về)?( dự thảo)?\s*/i, ''),
      };
    case 'plans':
      return {
        ...base,
        type: 'ke-hoach',
        number: `${seq}/KH-${site.abbr}`,
        issued: isoDay(entry.data.published),
        signer: site.vices[0] ?? site.principal,
      };
    case 'news':
      return { ...base, type: 'thong-bao', number: `${seq}/TB-${site.abbr}`, issued: isoDay(entry.data.date) };
  }
}
