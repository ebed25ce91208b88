/**
 * Checks an SVG logo before it is published. A visitor (or an attacker's link)
 * can open `/logo.svg` directly; the browser then runs it as a document of the
 * portal's own origin, where /admin/ keeps the editor's Git token. So an SVG
 * logo may hold drawing and nothing else.
 *
 * Why check rather than rasterise: the logo stays sharp on every screen and
 * keeps its <title>, every page keeps the address site.yaml names, and no image
 * library has to render hostile input on the machine that holds the deploy
 * credentials. The check is an allow-list, parsed with a namespace-aware XML
 * parser (sax, as the browser parses image/svg+xml): drawing elements and their
 * attributes pass; anything it does not know (script, foreignObject, image,
 * animation, iframe, embed, object, links, event handlers, outside references,
 * DOCTYPE and entities, stylesheets from elsewhere) is refused. A logo that
 * needs more is exported as PNG.
 */
import sax from 'sax';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Drawing, text, paint servers, clipping, filters (not feImage, which loads a file) and metadata. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'metadata',
  'style',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);

/** Editor bookkeeping (Inkscape, Sodipodi, the RDF licence block): never rendered, never run. */
const INERT_NAMESPACES = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://creativecommons.org/ns#',
]);

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface SvgFinding {
  vi: string;
  en: string;
}

/** `url(#a)` is a reference inside the file; any other url(), an @import, image-set() or a CSS escape may fetch from elsewhere. */
function cssFindings(css: string, where: string, whereEn: string): SvgFinding[] {
  const out: SvgFinding[] = [];
  if (/@import|image-set\(|\bsrc\(|\\/i.test(css)) {
    out.push({
      vi: `${where} có @import, image-set(), src() hoặc ký tự "\\", có thể nạp tệp từ nơi khác`,
      en: `${whereEn} holds @import, image-set(), src() or a "\\" escape, which can load files from elsewhere`,
    });
  }
  for (const [, target = ''] of css.matchAll(/url\(\s*['"]?\s*([^'")\s]*)/gi)) {
    if (!target.startsWith('#'))
      out.push({
        vi: `${where} có url(${target}) trỏ ra ngoài tệp; chỉ được dùng url(#id)`,
        en: `${whereEn} holds url(${target}), which points outside the file; only url(#id) is allowed`,
      });
  }
  return out;
}

function attributeFindings(element: string, attr: sax.QualifiedAttribute, line: number): SvgFinding[] {
  if (attr.uri === XMLNS_NS || attr.name === 'xmlns') return [];
  const at = `thuộc tính ${attr.name} của <${element}> (dòng ${line})`;
  const atEn = `attribute ${attr.name} of <${element}> (line ${line})`;
  if (attr.local.toLowerCase().startsWith('on')) {
    return [
      {
        vi: `${at} là trình xử lý sự kiện, chạy mã khi tệp được mở`,
        en: `${atEn} is an event handler, which runs code when the file is opened`,
      },
    ];
  }
  // Browsers drop whitespace and control characters inside a scheme ("java\tscript:").
  if (/(javascript|vbscript|data):/i.test(attr.value.replace(/[\s\u0000-\u001f]+/g, '')) && attr.local !== 'href') {
    return [{ vi: `${at} chứa địa chỉ javascript:/data:`, en: `${atEn} holds a javascript:/data: address` }];
  }
  if (attr.local === 'href' && !attr.value.trim().startsWith('#')) {
    return [
      {
        vi: `${at} = "${attr.value.slice(0, 60)}" trỏ ra ngoài tệp; chỉ được trỏ tới "#id" trong chính tệp`,
        en: `${atEn} = "${attr.value.slice(0, 60)}" points outside the file; only "#id" inside the file is allowed`,
      },
    ];
  }
  return attr.value.toLowerCase().includes('url(') || attr.local === 'style' ? cssFindings(attr.value, at, atEn) : [];
}

function elementFinding(tag: sax.QualifiedTag, line: number): SvgFinding | undefined {
  if (tag.uri === SVG_NS ? SVG_ELEMENTS.has(tag.local) : INERT_NAMESPACES.has(tag.uri)) return undefined;
  return {
    vi: `phần tử <${tag.name}> (dòng ${line}) không phải hình vẽ: nó có thể chạy mã, nhúng trang khác hoặc tải tệp từ nơi khác`,
    en: `element <${tag.name}> (line ${line}) is not drawing: it can run code, embed another page or load files from elsewhere`,
  };
}

/** Bytes → text exactly as the browser will read them, or a finding: only UTF-8 is accepted, so no encoding can hide markup. */
function decode(bytes: Uint8Array): string | SvgFinding {
  const utf16 = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
  try {
    if (!utf16) return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // falls through to the finding below
  }
  return { vi: 'tệp không được mã hoá UTF-8', en: 'the file is not UTF-8' };
}

/** What makes this SVG unsafe to publish; empty when it holds drawing only. */
export function svgFindings(bytes: Uint8Array): SvgFinding[] {
  const text = decode(bytes);
  if (typeof text !== 'string') return [text];
  const findings: SvgFinding[] = [];
  const parser = sax.parser(true, { xmlns: true, position: true });
  let root: string | undefined;
  // Whether each open element is a <style>, so that only its text is read as CSS.
  const open: boolean[] = [];
  let css = '';
  parser.ondoctype = () =>
    findings.push({
      vi: `khai báo <!DOCTYPE> (dòng ${parser.line + 1}) có thể định nghĩa thực thể (<!ENTITY>) đọc tệp khác hoặc làm treo trình duyệt`,
      en: `a <!DOCTYPE> (line ${parser.line + 1}) can define entities (<!ENTITY>) that read other files or hang the browser`,
    });
  parser.onsgmldeclaration = (decl) =>
    findings.push({
      vi: `khai báo <!${decl.split(/\s/)[0]}> (dòng ${parser.line + 1}) không được dùng trong biểu trưng`,
      en: `a <!${decl.split(/\s/)[0]}> declaration (line ${parser.line + 1}) is not allowed in a logo`,
    });
  parser.onprocessinginstruction = ({ name, body }) => {
    const encoding = /encoding\s*=\s*["']([^"']*)/i.exec(body)?.[1];
    if (name === 'xml' && (!encoding || /^utf-8$/i.test(encoding))) return;
    findings.push(
      name === 'xml'
        ? {
            vi: `tệp khai báo bảng mã ${encoding}; chỉ nhận UTF-8`,
            en: `the file declares encoding ${encoding}; only UTF-8 is accepted`,
          }
        : {
            vi: `chỉ thị <?${name}?> (dòng ${parser.line + 1}) có thể nạp bảng định dạng hoặc XSLT từ nơi khác`,
            en: `the <?${name}?> instruction (line ${parser.line + 1}) can load a stylesheet or XSLT from elsewhere`,
          },
    );
  };
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    const line = parser.line + 1;
    root ??= tag.uri === SVG_NS && tag.local === 'svg' ? 'svg' : tag.name;
    const bad = elementFinding(tag, line);
    if (bad) findings.push(bad);
    for (const attr of Object.values(tag.attributes)) findings.push(...attributeFindings(tag.name, attr, line));
    open.push(tag.uri === SVG_NS && tag.local === 'style');
  };
  parser.onclosetag = () => void open.pop();
  parser.ontext = (t) => {
    if (open.at(-1)) css += t;
  };
  parser.oncdata = (t) => {
    if (open.at(-1)) css += t;
  };
  parser.onerror = (error) => {
    findings.push({
      vi: `tệp sai cú pháp XML: ${error.message.split('\n')[0]}`,
      en: `the file is not well-formed XML: ${error.message.split('\n')[0]}`,
    });
    throw error;
  };
  try {
    parser.write(text).close();
  } catch {
    return findings;
  }
  if (root !== 'svg')
    findings.push({ vi: 'tệp không bắt đầu bằng phần tử <svg>', en: 'the file does not start with an <svg> element' });
  if (css) findings.push(...cssFindings(css, 'khối <style>', 'the <style> block'));
  return findings;
}
