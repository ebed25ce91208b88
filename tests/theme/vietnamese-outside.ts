/**
 * Vietnamese words on an English page that are not marked as Vietnamese: text nodes
 * (and the visible text of attributes people read: alt, title, aria-label,
 * placeholder) holding a letter only Vietnamese uses (ă, â, đ, ê, ô, ơ, ư or a tone
 * mark) whose nearest `lang` is not `vi`. Run in the page (Chromium).
 */
import type { Page } from 'playwright-core';

export function vietnameseOutsideVi(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Letters of Vietnamese beyond ASCII: base letters and every vowel with a tone mark.
    const VIETNAMESE =
      /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/u;
    const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? '';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript')) continue;
      const text = (node.textContent ?? '').trim();
      if (VIETNAMESE.test(text) && !langOf(parent).startsWith('vi')) found.push(text.slice(0, 80));
    }
    for (const el of document.body.querySelectorAll('[alt], [title], [aria-label], [placeholder]')) {
      for (const attr of ['alt', 'title', 'aria-label', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && VIETNAMESE.test(value) && !langOf(el).startsWith('vi'))
          found.push(`${attr}="${value.slice(0, 60)}"`);
      }
    }
    const title = document.title;
    if (VIETNAMESE.test(title)) found.push(`<title>${title}`);
    return found;
  });
}
