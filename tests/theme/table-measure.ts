/**
 * What a reader on a phone sees of a page's tables, measured in Chromium: a cell
 * outside the screen or cut by a scroll box, content wider than its cell, and a word
 * (any run of non-space characters, such as "15.180", "2026-2027" or "Buổi") laid out
 * on more than one line, found with Range.getClientRects on each word, except an e-mail
 * address broken after its "@" or before a "."; a phone number ("028 3836 4512",
 * "máy lẻ 105") on more than one line; and figures that do not line up (not tabular,
 * or not right-aligned in a column marked so).
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
      // The cell's visible text as one string, each character mapped back to its node.
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const chars: { node: Node; at: number }[] = [];
      const nodes: { node: Node; from: number }[] = [];
      let visible = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (srOnly(node.parentElement!)) continue;
        const value = node.textContent ?? '';
        nodes.push({ node, from: visible.length });
        for (let at = 0; at < value.length; at++) chars.push({ node, at });
        visible += value;
      }
      const lineOf = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(chars[from]!.node, chars[from]!.at);
        range.setEnd(chars[to - 1]!.node, chars[to - 1]!.at + 1);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      };
      // Words of each text node (a label and its value are separate nodes, one per line).
      for (const { node, from } of nodes) {
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          const start = from + word.index;
          if (lineOf(start, start + word[0].length).size <= 1) continue;
          // An e-mail address may start a new line after its "@" or at a ".", nowhere else.
          let previous: number | undefined;
          const allowed =
            word[0].includes('@') &&
            ![...word[0]].some((ch, i) => {
              const bottom = [...lineOf(start + i, start + i + 1)][0];
              const broken = previous !== undefined && bottom !== undefined && bottom > previous + 1;
              if (bottom !== undefined) previous = bottom;
              return broken && ch !== '.' && word[0][i - 1] !== '@';
            });
          if (!allowed) problems.push({ kind: 'split', text: word[0] });
        }
      }
      // Phone numbers ("028 3836 4512", "(028) 3836 4512", "0912.345.678") and extensions
      // ("máy lẻ 105") hold spaces, yet one number on two lines reads as two numbers.
      const phones = /(?:\(0\d{1,3}\) ?|\+84 ?|(?<![\d.,])0)\d{1,4}(?:[ .]\d{2,4}){1,3}(?![\d])|máy lẻ \d+/giu;
      for (const phone of visible.matchAll(phones))
        if (phone[0].replace(/\D/g, '').length >= 9 || /máy/i.test(phone[0]))
          if (lineOf(phone.index, phone.index + phone[0].length).size > 1)
            problems.push({ kind: 'split', text: phone[0] });
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
