/**
 * Publishes Markdown text in Unicode NFC. Editors on some keyboards (macOS, some
 * Vietnamese input methods) type decomposed letters ("e" + U+0302 + U+0301 for "ế");
 * they look the same but find-in-page, search and copied text compare code points.
 * Text, the attributes people read (alt, title, aria-label) and ids are normalised;
 * URLs are not, so an image or link still names its file exactly.
 */
import type { Nodes } from 'hast';

const READ_PROPERTIES = ['alt', 'title', 'ariaLabel', 'id'] as const;

/** Normalises a hast tree in place (also used on built pages by the search index). */
export function nfcTree(node: Nodes): void {
  if (node.type === 'text' || node.type === 'comment') node.value = node.value.normalize('NFC');
  else if (node.type === 'element') {
    for (const key of READ_PROPERTIES) {
      const value = node.properties[key];
      if (typeof value === 'string') node.properties[key] = value.normalize('NFC');
    }
  }
  if (!('children' in node)) return;
  // Text split around a tag that was removed (pasted HTML) is one text again once
  // parsed: "e" + "\u0301" must be joined before normalising, or it stays "e\u0301".
  const children = node.children;
  for (let i = children.length - 1; i > 0; i -= 1) {
    const before = children[i - 1];
    const after = children[i];
    if (before?.type === 'text' && after?.type === 'text') {
      before.value += after.value;
      children.splice(i, 1);
    }
  }
  for (const child of children) nfcTree(child);
}

export default function rehypeNfc() {
  return nfcTree;
}

/** The same pass under another name: unified keeps one use of each plugin function. */
export function rehypeNfcAgain() {
  return nfcTree;
}
