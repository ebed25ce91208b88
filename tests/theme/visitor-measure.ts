/**
 * What a parent on a phone stumbles on, measured in Chromium on the page as laid out:
 * anything past the right edge of the screen (outside a scroll box), a table caption
 * narrower than its table (one word a line), a tap target under 24 px too close to
 * another (WCAG 2.5.8: targets inside a sentence are exempt, and a small one passes
 * when a 24 px circle on its centre meets no other target), an e-mail address the theme
 * writes broken anywhere but after its "@" or before a ".", and an image that did not load.
 */
import type { Page } from 'playwright-core';

/** Scrolls through the page as a reader would, so lazy images load, then back to the top. */
export async function readThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((done) => setTimeout(done, 20));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
}

export function visitorProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const short = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const shown = (e: Element) => {
      const box = e.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      for (let a: Element | null = e; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.visibility === 'hidden' || style.clipPath !== 'none') return false;
      }
      // Inside a closed <details> only the summary is on screen.
      return !(e.closest('details:not([open])') && !e.closest('summary'));
    };
    const sideways = document.documentElement.scrollWidth - width;
    if (sideways > 0) problems.push(`the page scrolls sideways by ${sideways} px`);
    for (const e of document.querySelectorAll('body *')) {
      if (e.closest('.ct-scroll') || !shown(e)) continue;
      if (e.getBoundingClientRect().right > width + 0.5)
        problems.push(`past the screen's edge: <${e.tagName.toLowerCase()}> «${short(e)}»`);
    }
    for (const caption of document.querySelectorAll('caption')) {
      const table = caption.closest('table')!;
      if (shown(caption) && caption.getBoundingClientRect().width < table.getBoundingClientRect().width - 1)
        problems.push(`caption narrower than its table: «${short(caption)}»`);
    }
    // A switch's target is its label, which holds it.
    const targets = [
      ...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary'),
    ]
      .map((e) => ({
        e,
        box: (e.matches('input') && e.closest('label') ? e.closest('label')! : e).getBoundingClientRect(),
      }))
      .filter(({ e }) => shown(e) || (e.matches('input') && shown(e.closest('label') ?? e)));
    for (const { e, box } of targets) {
      if (box.width >= 24 && box.height >= 24) continue;
      const inSentence =
        getComputedStyle(e).display === 'inline' && short(e.parentElement!).length > short(e).length + 2;
      if (inSentence) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const near = targets.find(
        (o) =>
          o.e !== e &&
          !o.e.contains(e) &&
          !e.contains(o.e) &&
          Math.max(o.box.left - x, 0, x - o.box.right) ** 2 + Math.max(o.box.top - y, 0, y - o.box.bottom) ** 2 <
            12 ** 2,
      );
      if (near)
        problems.push(
          `tap target ${Math.round(box.width)}×${Math.round(box.height)} px «${short(e)}» next to «${short(near.e)}»`,
        );
    }
    // Where the lines of each e-mail address the theme writes (EmailText.astro, and the
    // Markdown step for bodies) start: only right after its "@" or at a ".".
    for (const link of document.querySelectorAll('a[href^="mailto:"]')) {
      if (!shown(link) || !link.querySelector('wbr')) continue;
      const text = link.textContent ?? '';
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let offset = 0;
      let lastBottom: number | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (
            rect &&
            lastBottom !== undefined &&
            rect.top >= lastBottom - 1 &&
            text[offset + i - 1] !== '@' &&
            text[offset + i] !== '.' &&
            /\S/.test(text[offset + i]!)
          )
            problems.push(`e-mail address broken inside: «${text.slice(0, offset + i)}» / «${text.slice(offset + i)}»`);
          if (rect) lastBottom = rect.bottom;
        }
        offset += (node.textContent ?? '').length;
      }
    }
    for (const img of document.images)
      if (img.naturalWidth === 0) problems.push(`image not loaded: ${img.currentSrc || img.src}`);
    return problems;
  });
}
