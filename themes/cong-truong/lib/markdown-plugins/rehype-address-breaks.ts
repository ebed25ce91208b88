/**
 * E-mail addresses in entry bodies (a `mailto:` link GFM made, or plain text), and
 * link text that is itself a web address ("tuyensinhdaucap.hcm.edu.vn"), may break
 * only at their "@", "/" and dots: a `<wbr>` marks each place, inside a span that stops
 * the reflow rule (`overflow-wrap: anywhere` on prose and mailto links) from splitting
 * them mid-word on a phone; a piece with a hyphen is kept whole. Runs after the
 * sanitiser: the markup is the theme's, never an editor's.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { ADDRESS_CLASS, EMAIL, WEB_ADDRESS, emailParts, webAddressParts, type AddressPart } from './address-breaks.ts';

const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

const text = (value: string): Text => ({ type: 'text', value });

function breakable(parts: AddressPart[]): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [ADDRESS_CLASS] },
    children: parts.flatMap((part, i): ElementContent[] => [
      ...(i ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
      part.keep
        ? { type: 'element', tagName: 'span', properties: { className: ['ct-nowrap'] }, children: [text(part.text)] }
        : text(part.text),
    ]),
  };
}

function splitEmails(node: Text): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of node.value.matchAll(EMAIL)) {
    if (m.index > at) out.push(text(node.value.slice(at, m.index)));
    out.push(breakable(emailParts(m[0])));
    at = m.index + m[0].length;
  }
  if (!out.length) return [node];
  if (at < node.value.length) out.push(text(node.value.slice(at)));
  return out;
}

/** A link whose whole text is a web address (and no e-mail address). */
function webAddressLink(node: Element): Text | undefined {
  const [only] = node.children;
  if (node.tagName !== 'a' || node.children.length !== 1 || only?.type !== 'text') return undefined;
  const value = only.value.trim();
  return WEB_ADDRESS.test(value) && !value.includes('@') ? only : undefined;
}

function walk(node: Root | Element): void {
  node.children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === 'text') return splitEmails(child);
    if (child.type !== 'element' || LITERAL.has(child.tagName)) return [child];
    const address = webAddressLink(child);
    if (address) child.children = [breakable(webAddressParts(address.value))];
    else walk(child);
    return [child];
  });
}

export default function rehypeAddressBreaks() {
  return (tree: Root) => walk(tree);
}
