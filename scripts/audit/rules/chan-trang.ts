/** TT 32/2017 Điều 16 khoản 3 c: the footer names the unit, the person responsible, address, phone, email. */
import { elementContents, findTags, visibleText } from '../html.ts';
import { listSome, stateRuleSeverity } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const digits = (s: string) => s.replace(/\D/g, '');

export default {
  id: 'chan-trang',
  title: 'Thông tin ở chân trang',
  category: 'bo-cuc',
  severity: stateRuleSeverity,
  basis: 'Điều 16 khoản 3 điểm c Thông tư 32/2017/TT-BTTTT',
  needs: 'dist',
  check: (ctx) => {
    const site = ctx.site;
    if (!site || !ctx.built) return [];
    const facts: { label: string; found: (text: string, english: boolean) => boolean }[] = [
      {
        label: 'tên đơn vị',
        found: (t, en) =>
          t.includes(norm(site.name)) || (en && !!site.englishName && t.includes(norm(site.englishName))),
      },
      { label: 'người chịu trách nhiệm', found: (t) => t.includes(norm(site.responsible.name)) },
      {
        label: 'địa chỉ',
        found: (t, en) =>
          t.includes(norm(site.address)) || (en && !!site.addressEn && t.includes(norm(site.addressEn))),
      },
      { label: 'điện thoại', found: (t) => digits(t).includes(digits(site.phone)) },
      { label: 'thư điện tử', found: (t) => t.includes(norm(site.email)) },
    ];
    const missing = new Map<string, { url: string; file: string }[]>();
    for (const page of ctx.built.pages) {
      const html = page.html();
      const text = norm(elementContents(html, 'footer').map(visibleText).join(' '));
      const english = (findTags(html, ['html'])[0]?.attrs.lang ?? '').startsWith('en');
      for (const fact of facts) {
        if (!fact.found(text, english))
          missing.set(fact.label, [...(missing.get(fact.label) ?? []), { url: page.url, file: page.file }]);
      }
    }
    return [...missing].map(([label, pages]): Draft => ({
      url: pages[0]?.url,
      file: ctx.shown(pages[0]?.file ?? ctx.distDir),
      message: `Chân trang thiếu ${label} trên ${pages.length}/${ctx.built?.pages.length} trang: ${listSome(pages.map((p) => p.url))}.`,
      fix: `Chân trang phải ghi tên đơn vị, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử đúng như trong site.yaml (name, responsible, address, phone, email); kiểm tra site.yaml và giao diện.`,
    }));
  },
} satisfies Rule;
