/**
 * What a reader on a phone sees of a page's tables, measured in Chromium: a cell
 * outside the screen or cut by a scroll box, content wider than its cell, and a word
 * (any run of non-space characters, such as "15.180", "2026-2027" or "Buổi") laid out
 * on more than one line, found with Range.getClientRects on each word; and figures that
 * do not line up (not tabular, or not right-aligned in a column marked so).
 */
import type { Page } from 'playwright-core';

export interface TableProblem {
  kind: 'outside' | 'clipped' | 'overflow' | 'split' | 'number';
  text: string;
}

export function tableProblems(page: Page): Promise<TableProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'outside' | 'clipped' | 'overflow' | 'split' | 'number'; text: string }[] = [];
    const width = document.documentElement.clientWidth;
    const short = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    // Parts kept for screen readers only (a visually hidden header row) are not what a reader sees.
    const srOnly = (el: Element) => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.clipPath !== 'none' || style.display === 'none' || style.visibility === 'hidden') return true;
      }
      return false;
    };
    for (const cell of document.querySelectorAll('table td, table th')) {
      if (srOnly(cell)) continue;
      const box = cell.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) problems.push({ kind: 'outside', text: short(cell.textContent) });
      for (let e = cell.parentElement; e && e !== document.body; e = e.parentElement) {
        if (getComputedStyle(e).overflowX === 'visible') continue;
        const frame = e.getBoundingClientRect();
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
          problems.push({ kind: 'clipped', text: short(cell.textContent) });
      }
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push({ kind: 'overflow', text: short(cell.textContent) });
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (srOnly(node.parentElement!)) continue;
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)),
          );
          if (lines.size > 1) problems.push({ kind: 'split', text: word[0] });
        }
      }
      // Figures line up: tabular in every cell, and a column marked right-aligned (Markdown `---:`) is.
      const text = (cell.textContent ?? '').trim();
      const style = getComputedStyle(cell);
      if (/^[\d.,%]+$/.test(text) && !style.fontVariantNumeric.includes('tabular-nums'))
        problems.push({ kind: 'number', text });
      if (cell.getAttribute('align') === 'right' && !['right', 'end'].includes(style.textAlign))
        problems.push({ kind: 'number', text });
    }
    return problems;
  });
}
