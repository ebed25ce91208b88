/** Page layout of the PDF letters on A4 (Nghị định 30/2020 margins): line breaking, paragraphs, tables. */
import { degrees, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { KEEP_TOGETHER } from './pdf-extra.ts';

export const PT_PER_MM = 72 / 25.4;
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MARGIN_L = 30 * PT_PER_MM;
export const MARGIN_R = 18 * PT_PER_MM;
export const MARGIN_T = 18 * PT_PER_MM;
export const MARGIN_B = 20 * PT_PER_MM;
export const TEXT_W = PAGE_W - MARGIN_L - MARGIN_R;
export const INK = rgb(0.08, 0.08, 0.08);

/** Two embedded subsets; italics are the regular and bold faces slanted (as DejaVu's own obliques are). */
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export const SLANT = degrees(12);

export const NBSP = '\u00a0';

export function protect(text: string): string {
  let out = text;
  for (const phrase of KEEP_TOGETHER) out = out.split(phrase).join(phrase.replace(/ /g, NBSP));
  return out;
}

/** Greedy line breaking on normal spaces; non-breaking spaces hold phrases together. */
export function wrap(text: string, font: PDFFont, size: number, width: number, firstIndent = 0): string[] {
  const words = protect(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    const limit = lines.length === 0 ? width - firstIndent : width;
    if (line && font.widthOfTextAtSize(candidate.replace(/\u00a0/g, ' '), size) > limit) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

export class Writer {
  doc: PDFDocument;
  fonts: Fonts;
  page!: PDFPage;
  y = 0;
  pages: PDFPage[] = [];

  constructor(doc: PDFDocument, fonts: Fonts) {
    this.doc = doc;
    this.fonts = fonts;
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = PAGE_H - MARGIN_T;
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN_B) this.newPage();
  }

  text(text: string, x: number, font: PDFFont, size: number, italic = false): void {
    this.page.drawText(text, { x, y: this.y - size, size, font, color: INK, ySkew: italic ? SLANT : undefined });
  }

  centered(text: string, cx: number, font: PDFFont, size: number, italic = false): void {
    const w = font.widthOfTextAtSize(text, size);
    this.page.drawText(text, {
      x: cx - w / 2,
      y: this.y - size,
      size,
      font,
      color: INK,
      ySkew: italic ? SLANT : undefined,
    });
  }

  paragraph(
    text: string,
    opts: { font?: PDFFont; size?: number; indent?: number; left?: number; width?: number; gap?: number } = {},
  ): void {
    const font = opts.font ?? this.fonts.regular;
    const size = opts.size ?? 12.5;
    const left = opts.left ?? MARGIN_L;
    const width = opts.width ?? TEXT_W;
    const indent = opts.indent ?? 10 * PT_PER_MM;
    const lead = size * 1.38;
    const lines = wrap(text, font, size, width, indent);
    lines.forEach((line, i) => {
      this.ensure(lead);
      this.text(line, left + (i === 0 ? indent : 0), font, size);
      this.y -= lead;
    });
    this.y -= opts.gap ?? 4;
  }

  table(rows: string[][]): void {
    const cols = Math.max(...rows.map((r) => r.length));
    const measure = (size: number, f: (text: string) => number) =>
      Array.from({ length: cols }, (_, c) =>
        Math.max(
          ...rows.map(
            (r, i) =>
              f(r[c] ?? '') *
              ((i === 0 ? this.fonts.bold : this.fonts.regular).widthOfTextAtSize('M', size) /
                this.fonts.regular.widthOfTextAtSize('M', size)) *
              size,
          ),
        ),
      );
    const unit = (text: string) => this.fonts.regular.widthOfTextAtSize(text, 1);
    const longestWord = (text: string) => Math.max(0, ...text.split(' ').map(unit));
    // Shrink the type until every unbreakable word fits its column.
    let size = 10.5;
    let minW = measure(size, longestWord).map((w) => w + 10);
    while (minW.reduce((a, b) => a + b, 0) > TEXT_W && size > 7.5) {
      size -= 0.5;
      minW = measure(size, longestWord).map((w) => w + 10);
    }
    const natural = measure(size, unit).map((w, c) => Math.max(Math.min(w + 10, 230), minW[c] ?? 0));
    const spare = TEXT_W - minW.reduce((a, b) => a + b, 0);
    const stretch = natural.map((w, c) => w - (minW[c] ?? 0));
    const stretchSum = stretch.reduce((a, b) => a + b, 0);
    const widths = minW.map((w, c) => w + (stretchSum > 0 ? ((stretch[c] ?? 0) / stretchSum) * spare : spare / cols));
    const lead = size * 1.3;
    this.y -= 2;
    rows.forEach((row, r) => {
      const font = r === 0 ? this.fonts.bold : this.fonts.regular;
      const cells = widths.map((w, c) => wrap(row[c] ?? '', font, size, w - 8));
      const height = Math.max(...cells.map((c) => c.length)) * lead + 6;
      this.ensure(height);
      // One path per row (outline and column separators) keeps the content stream small.
      if (r === 0)
        this.page.drawRectangle({
          x: MARGIN_L,
          y: this.y - height,
          width: TEXT_W,
          height,
          color: rgb(0.92, 0.92, 0.92),
        });
      let grid = `M0,0 H${TEXT_W.toFixed(1)} V${height.toFixed(1)} H0 Z`;
      let edge = 0;
      for (const w of widths.slice(0, -1)) {
        edge += w;
        grid += ` M${edge.toFixed(1)},0 V${height.toFixed(1)}`;
      }
      this.page.drawSvgPath(grid, { x: MARGIN_L, y: this.y, borderColor: INK, borderWidth: 0.6 });
      let x = MARGIN_L;
      widths.forEach((w, c) => {
        (cells[c] ?? []).forEach((line, k) => {
          const tw = font.widthOfTextAtSize(line, size);
          const tx = r === 0 || /^[\d.,%\s–-]+$/.test(line) ? x + (w - tw) / 2 : x + 4;
          this.page.drawText(line, { x: tx, y: this.y - 3 - (k + 1) * lead + 3, size, font, color: INK });
        });
        x += w;
      });
      this.y -= height;
    });
    this.y -= 8;
  }
}
