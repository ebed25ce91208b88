/**
 * Regenerates the media of the two example schools (sites/thcs-nguyen-du and
 * sites/mn-hoa-sen):
 *
 *  - illustrative photos (JPEG, ≤ 40 KB each) drawn from SVG scenes with sharp,
 *    each with a short Vietnamese caption and an "Ảnh minh họa" tag, into
 *    `sites/<id>/media/`;
 *  - the organisation chart (PNG) and the leaders' illustrated portraits;
 *  - every PDF attachment the content refers to (`files: - file: /tep/….pdf`),
 *    laid out as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP:
 *    quốc hiệu, cơ quan ban hành, số ký hiệu, địa danh ngày tháng, tên loại và
 *    trích yếu, nội dung, nơi nhận, chức vụ người ký), with DejaVu Sans embedded
 *    as a subset so Vietnamese text is searchable and each file stays small.
 *
 * The PDFs take their metadata and text from the content files, plus the extra
 * paragraphs below (some phrases exist only in a PDF, to test full-text search
 * of attachments). Output is deterministic: the same content gives the same bytes.
 *
 *   npx node scripts/generate-example-media.ts [--only images|pdf] [--site <id>]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const MAX_JPEG_BYTES = 40 * 1024;
const MAX_PDF_BYTES = 60 * 1024;

// ───────────────────────────── deterministic randomness ─────────────────────────────

function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Rng = () => number;

function rngFor(seed: string): Rng {
  let a = hashString(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const between = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo);

// ───────────────────────────── SVG drawing kit ─────────────────────────────

const W = 1200;
const H = 800;
const FONT = "font-family=\"DejaVu Sans, sans-serif\"";

const SKIN = ['#f1c9a5', '#e8b98f', '#d9a477', '#f3d2b3', '#c98e62'];
const HAIR = ['#1f1a17', '#2b211c', '#3a2a20', '#151515'];
const KID_CLOTHES = ['#ef476f', '#ffd166', '#06d6a0', '#118ab2', '#f78c6b', '#9b5de5', '#00bbf9', '#f15bb5', '#8ac926'];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface PersonOpts {
  x: number;
  /** Feet line. */
  y: number;
  /** Standing height in pixels. */
  h: number;
  shirt: string;
  pants: string;
  skin?: string;
  hair?: string;
  scarf?: boolean;
  skirt?: boolean;
  arms?: 'down' | 'up' | 'wave' | 'front';
  back?: boolean;
  child?: boolean;
  longHair?: boolean;
  holding?: string;
}

function person(o: PersonOpts): string {
  const skin = o.skin ?? SKIN[0]!;
  const hair = o.hair ?? HAIR[0]!;
  const headR = o.h * (o.child ? 0.12 : 0.085);
  const headY = o.y - o.h + headR;
  const torsoTop = headY + headR * 0.95;
  const legTop = o.y - o.h * (o.child ? 0.36 : 0.45);
  const torsoW = o.h * (o.child ? 0.3 : 0.25);
  const legW = o.h * 0.075;
  const arm = o.h * 0.065;
  const parts: string[] = [];
  if (o.skirt) {
    parts.push(`<rect x="${o.x - legW * 1.4}" y="${legTop}" width="${legW}" height="${o.y - legTop}" fill="${skin}"/>`);
    parts.push(`<rect x="${o.x + legW * 0.4}" y="${legTop}" width="${legW}" height="${o.y - legTop}" fill="${skin}"/>`);
    parts.push(`<path d="M${o.x - torsoW * 0.45},${legTop - 4} L${o.x + torsoW * 0.45},${legTop - 4} L${o.x + torsoW * 0.62},${legTop + (o.y - legTop) * 0.55} L${o.x - torsoW * 0.62},${legTop + (o.y - legTop) * 0.55} Z" fill="${o.pants}"/>`);
  } else {
    parts.push(`<rect x="${o.x - legW * 1.2}" y="${legTop - 2}" width="${legW}" height="${o.y - legTop + 2}" rx="${legW / 3}" fill="${o.pants}"/>`);
    parts.push(`<rect x="${o.x + legW * 0.2}" y="${legTop - 2}" width="${legW}" height="${o.y - legTop + 2}" rx="${legW / 3}" fill="${o.pants}"/>`);
  }
  // arms
  const shoulderY = torsoTop + arm * 0.6;
  const lx = o.x - torsoW / 2;
  const rx = o.x + torsoW / 2;
  const armLine = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${o.shirt}" stroke-width="${arm}" stroke-linecap="round"/><circle cx="${x2}" cy="${y2}" r="${arm * 0.5}" fill="${skin}"/>`;
  const armLen = o.h * 0.3;
  switch (o.arms ?? 'down') {
    case 'up':
      parts.push(armLine(lx, shoulderY, lx - armLen * 0.35, shoulderY - armLen * 0.9), armLine(rx, shoulderY, rx + armLen * 0.35, shoulderY - armLen * 0.9));
      break;
    case 'wave':
      parts.push(armLine(lx, shoulderY, lx - arm * 0.3, shoulderY + armLen), armLine(rx, shoulderY, rx + armLen * 0.45, shoulderY - armLen * 0.8));
      break;
    case 'front':
      parts.push(armLine(lx, shoulderY, o.x - torsoW * 0.1, shoulderY + armLen * 0.7), armLine(rx, shoulderY, o.x + torsoW * 0.1, shoulderY + armLen * 0.7));
      break;
    default:
      parts.push(armLine(lx, shoulderY, lx - arm * 0.3, shoulderY + armLen), armLine(rx, shoulderY, rx + arm * 0.3, shoulderY + armLen));
  }
  parts.push(`<rect x="${lx}" y="${torsoTop}" width="${torsoW}" height="${legTop - torsoTop + 4}" rx="${torsoW * 0.22}" fill="${o.shirt}"/>`);
  if (o.scarf && !o.back) {
    parts.push(`<path d="M${o.x - torsoW * 0.28},${torsoTop + 1} L${o.x + torsoW * 0.28},${torsoTop + 1} L${o.x},${torsoTop + torsoW * 0.55} Z" fill="#d62828"/>`);
  }
  if (o.holding) {
    parts.push(`<rect x="${o.x - torsoW * 0.35}" y="${shoulderY + armLen * 0.45}" width="${torsoW * 0.7}" height="${torsoW * 0.5}" rx="3" fill="${o.holding}"/>`);
  }
  // head and hair
  parts.push(`<circle cx="${o.x}" cy="${headY}" r="${headR}" fill="${skin}"/>`);
  if (o.back) {
    parts.push(`<circle cx="${o.x}" cy="${headY}" r="${headR * 1.02}" fill="${hair}"/>`);
  } else {
    parts.push(`<path d="M${o.x - headR * 1.05},${headY + headR * 0.1} A${headR * 1.05},${headR * 1.1} 0 0 1 ${o.x + headR * 1.05},${headY + headR * 0.1} Q${o.x},${headY - headR * 0.45} ${o.x - headR * 1.05},${headY + headR * 0.1} Z" fill="${hair}"/>`);
    parts.push(`<circle cx="${o.x - headR * 0.35}" cy="${headY + headR * 0.1}" r="${headR * 0.09}" fill="#222"/><circle cx="${o.x + headR * 0.35}" cy="${headY + headR * 0.1}" r="${headR * 0.09}" fill="#222"/>`);
    parts.push(`<path d="M${o.x - headR * 0.3},${headY + headR * 0.45} Q${o.x},${headY + headR * 0.7} ${o.x + headR * 0.3},${headY + headR * 0.45}" stroke="#8a3b2e" stroke-width="${Math.max(1.5, headR * 0.08)}" fill="none" stroke-linecap="round"/>`);
  }
  if (o.longHair) {
    parts.push(`<rect x="${o.x - headR * 1.05}" y="${headY}" width="${headR * 0.45}" height="${headR * 1.6}" rx="${headR * 0.2}" fill="${hair}"/><rect x="${o.x + headR * 0.6}" y="${headY}" width="${headR * 0.45}" height="${headR * 1.6}" rx="${headR * 0.2}" fill="${hair}"/>`);
  }
  return `<g>${parts.join('')}</g>`;
}

function student(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
  const girl = rng() < 0.5;
  return person({
    x,
    y,
    h,
    shirt: '#fdfdfd',
    pants: girl ? '#1d3557' : '#22314f',
    skirt: girl && rng() < 0.6,
    skin: pick(rng, SKIN),
    hair: pick(rng, HAIR),
    longHair: girl && rng() < 0.5,
    ...extra,
  });
}

function adult(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
  const woman = rng() < 0.6;
  return person({
    x,
    y,
    h,
    shirt: woman ? pick(rng, ['#c1121f', '#f4a261', '#e9c46a', '#6d597a', '#2a9d8f', '#ffffff', '#b5838d']) : pick(rng, ['#ffffff', '#dfe7fd', '#caf0f8', '#e9ecef']),
    pants: woman ? pick(rng, ['#1d3557', '#3d405b', '#6d597a', '#283618']) : pick(rng, ['#2b2d42', '#3d405b', '#1b263b']),
    skirt: woman && rng() < 0.5,
    skin: pick(rng, SKIN),
    hair: pick(rng, HAIR),
    longHair: woman && rng() < 0.6,
    ...extra,
  });
}

function kid(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
  const girl = rng() < 0.5;
  return person({
    x,
    y,
    h,
    child: true,
    shirt: pick(rng, KID_CLOTHES),
    pants: pick(rng, ['#264653', '#3a86ff', '#e76f51', '#8338ec', '#2a9d8f', '#fb5607']),
    skirt: girl && rng() < 0.6,
    skin: pick(rng, SKIN),
    hair: pick(rng, HAIR),
    longHair: girl && rng() < 0.5,
    ...extra,
  });
}

function sky(top: string, bottom: string, id = 'sky'): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

function sun(x: number, y: number, r: number): string {
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffd166"/><circle cx="${x}" cy="${y}" r="${r * 1.5}" fill="#ffd166" fill-opacity="0.25"/>`;
}

function cloud(x: number, y: number, s: number): string {
  return `<g fill="#ffffff" fill-opacity="0.9"><ellipse cx="${x}" cy="${y}" rx="${60 * s}" ry="${24 * s}"/><ellipse cx="${x - 40 * s}" cy="${y + 6 * s}" rx="${40 * s}" ry="${18 * s}"/><ellipse cx="${x + 35 * s}" cy="${y - 10 * s}" rx="${40 * s}" ry="${22 * s}"/></g>`;
}

function tree(x: number, y: number, s: number, leaf = '#2d6a4f'): string {
  return `<g><rect x="${x - 9 * s}" y="${y - 90 * s}" width="${18 * s}" height="${90 * s}" fill="#7f5539"/><circle cx="${x}" cy="${y - 120 * s}" r="${55 * s}" fill="${leaf}"/><circle cx="${x - 40 * s}" cy="${y - 95 * s}" r="${38 * s}" fill="${leaf}"/><circle cx="${x + 42 * s}" cy="${y - 98 * s}" r="${40 * s}" fill="${leaf}"/><circle cx="${x + 10 * s}" cy="${y - 150 * s}" r="${35 * s}" fill="#40916c"/></g>`;
}

function building(x: number, y: number, w: number, h: number, wall: string, roof: string, sign?: string, floors = 3): string {
  const parts = [`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${wall}"/>`, `<rect x="${x - 12}" y="${y - 18}" width="${w + 24}" height="22" fill="${roof}"/>`];
  const floorH = (h - 10) / floors;
  const cols = Math.max(3, Math.floor(w / 70));
  for (let f = 0; f < floors; f++) {
    parts.push(`<rect x="${x}" y="${y + f * floorH + floorH - 8}" width="${w}" height="6" fill="#ffffff" fill-opacity="0.7"/>`);
    for (let c = 0; c < cols; c++) {
      const wx = x + 18 + c * ((w - 36) / cols);
      parts.push(`<rect x="${wx}" y="${y + f * floorH + 16}" width="${(w - 36) / cols - 16}" height="${floorH - 40}" fill="#a8dadc" stroke="#ffffff" stroke-width="3"/>`);
    }
  }
  if (sign) {
    parts.push(`<rect x="${x + w / 2 - 230}" y="${y - 70}" width="460" height="50" rx="6" fill="#1d4e89"/><text x="${x + w / 2}" y="${y - 36}" ${FONT} font-size="24" font-weight="bold" fill="#ffd166" text-anchor="middle">${esc(sign)}</text>`);
  }
  return parts.join('');
}

function vnFlag(x: number, y: number, w: number): string {
  const h = w * (2 / 3);
  const cx = x + w / 2;
  const cy = y + h / 2;
  const r = h * 0.3;
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.4;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#da251d"/><polygon points="${pts.join(' ')}" fill="#ffdf00"/>`;
}

function flagpole(x: number, ground: number, height: number, flagW: number): string {
  return `<rect x="${x - 4}" y="${ground - height}" width="8" height="${height}" fill="#adb5bd"/><circle cx="${x}" cy="${ground - height}" r="8" fill="#ffd166"/>${vnFlag(x + 4, ground - height + 6, flagW)}<rect x="${x - 60}" y="${ground - 16}" width="120" height="16" fill="#ced4da"/>`;
}

function banner(x: number, y: number, w: number, h: number, text: string, fill = '#c1121f', ink = '#ffd166', size = 30): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${fill}"/><text x="${x + w / 2}" y="${y + h / 2 + size * 0.36}" ${FONT} font-size="${size}" font-weight="bold" fill="${ink}" text-anchor="middle">${esc(text)}</text>`;
}

function stage(y: number, text: string, color = '#1d4e89'): string {
  return `<rect x="120" y="${y}" width="960" height="260" fill="${color}"/><rect x="80" y="${y + 260}" width="1040" height="40" fill="#6c4f3d"/>${banner(170, y + 30, 860, 70, text, '#c1121f', '#ffd166', 30)}`;
}

function balloons(rng: Rng, x: number, y: number, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const bx = x + i * 34 + between(rng, -6, 6);
    const by = y + between(rng, -20, 20);
    parts.push(`<line x1="${bx}" y1="${by + 26}" x2="${x + n * 17}" y2="${y + 130}" stroke="#6c757d" stroke-width="1.5"/><ellipse cx="${bx}" cy="${by}" rx="20" ry="26" fill="${pick(rng, KID_CLOTHES)}"/>`);
  }
  return parts.join('');
}

function flowers(rng: Rng, x: number, y: number, w: number): string {
  const parts: string[] = [`<rect x="${x}" y="${y}" width="${w}" height="40" rx="8" fill="#2d6a4f"/>`];
  for (let i = 0; i < w / 22; i++) {
    parts.push(`<circle cx="${x + 10 + i * 22}" cy="${y + between(rng, -4, 12)}" r="${between(rng, 7, 11)}" fill="${pick(rng, ['#ffd60a', '#ff006e', '#fb5607', '#ffffff', '#f15bb5'])}"/>`);
  }
  return parts.join('');
}

function chalkboard(x: number, y: number, w: number, h: number, lines: string[]): string {
  const text = lines
    .map((l, i) => `<text x="${x + 40}" y="${y + 70 + i * 50}" ${FONT} font-size="32" fill="#f8f9fa">${esc(l)}</text>`)
    .join('');
  return `<rect x="${x - 14}" y="${y - 14}" width="${w + 28}" height="${h + 28}" fill="#8d6e63"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#2f5d50"/>${text}`;
}

function desk(x: number, y: number, w: number, color = '#b08968'): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="18" fill="${color}"/><rect x="${x + 8}" y="${y + 18}" width="10" height="50" fill="#6c584c"/><rect x="${x + w - 18}" y="${y + 18}" width="10" height="50" fill="#6c584c"/>`;
}

function bookshelf(rng: Rng, x: number, y: number, w: number, h: number): string {
  const parts = [`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#7f5539"/>`];
  const shelves = 4;
  const sh = h / shelves;
  for (let s = 0; s < shelves; s++) {
    let bx = x + 10;
    while (bx < x + w - 24) {
      const bw = between(rng, 12, 24);
      const bh = sh - between(rng, 14, 28);
      parts.push(`<rect x="${bx}" y="${y + s * sh + sh - 8 - bh}" width="${bw}" height="${bh}" fill="${pick(rng, ['#e63946', '#457b9d', '#f4a261', '#2a9d8f', '#e9c46a', '#8338ec', '#fefae0'])}"/>`);
      bx += bw + 2;
    }
    parts.push(`<rect x="${x}" y="${y + s * sh + sh - 8}" width="${w}" height="8" fill="#583c29"/>`);
  }
  return parts.join('');
}

function lantern(rng: Rng, x: number, y: number, s: number): string {
  const color = pick(rng, ['#e63946', '#ffb703', '#fb8500', '#f72585', '#4cc9f0']);
  const kind = rng();
  const string = `<line x1="${x}" y1="0" x2="${x}" y2="${y - 30 * s}" stroke="#adb5bd" stroke-width="2"/>`;
  if (kind < 0.5) {
    const pts: string[] = [];
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? 34 * s : 15 * s;
      pts.push(`${(x + rr * Math.cos(a)).toFixed(1)},${(y + rr * Math.sin(a)).toFixed(1)}`);
    }
    return `${string}<polygon points="${pts.join(' ')}" fill="${color}" stroke="#ffdd00" stroke-width="2"/><circle cx="${x}" cy="${y}" r="${7 * s}" fill="#fff3b0"/>`;
  }
  return `${string}<ellipse cx="${x}" cy="${y}" rx="${26 * s}" ry="${32 * s}" fill="${color}"/><rect x="${x - 14 * s}" y="${y - 36 * s}" width="${28 * s}" height="8" fill="#ffd166"/><rect x="${x - 14 * s}" y="${y + 28 * s}" width="${28 * s}" height="8" fill="#ffd166"/><line x1="${x}" y1="${y + 36 * s}" x2="${x}" y2="${y + 56 * s}" stroke="#ffd166" stroke-width="3"/>`;
}

function crowd(rng: Rng, rows: number, y0: number, opts: { kind: 'student' | 'kid' | 'adult'; scarf?: boolean; back?: boolean; x0?: number; x1?: number; h0?: number; arms?: PersonOpts['arms'] }): string {
  const parts: string[] = [];
  const x0 = opts.x0 ?? 40;
  const x1 = opts.x1 ?? W - 40;
  for (let r = 0; r < rows; r++) {
    const h = (opts.h0 ?? 150) * (0.7 + r * 0.18);
    const y = y0 + r * h * 0.42;
    const gap = h * 0.42;
    for (let x = x0 + between(rng, 0, gap / 2); x < x1; x += gap + between(rng, -4, 8)) {
      const extra: Partial<PersonOpts> = { back: opts.back, scarf: opts.scarf, arms: opts.arms };
      if (opts.kind === 'student') parts.push(student(rng, x, y, h, extra));
      else if (opts.kind === 'kid') parts.push(kid(rng, x, y, h, extra));
      else parts.push(adult(rng, x, y, h, extra));
    }
  }
  return parts.join('');
}

function caption(text: string): string {
  return `<rect x="0" y="${H - 72}" width="${W}" height="72" fill="#000000" fill-opacity="0.6"/><text x="36" y="${H - 26}" ${FONT} font-size="30" fill="#ffffff">${esc(text)}</text><rect x="${W - 180}" y="18" width="162" height="36" rx="18" fill="#000000" fill-opacity="0.45"/><text x="${W - 99}" y="43" ${FONT} font-size="19" fill="#ffffff" text-anchor="middle">Ảnh minh họa</text>`;
}

// ─────────── scenes ───────────

interface SceneCtx {
  rng: Rng;
  /** School name painted on banners and signs. */
  school: string;
  /** Banner text (year, event). */
  label: string;
  preschool: boolean;
}

type Scene = (c: SceneCtx) => string;

const SCENES: Record<string, Scene> = {
  'san-truong': ({ rng, school, preschool }) =>
    sky('#8ecae6', '#e0f4ff') + sun(1040, 110, 50) + cloud(260, 120, 1.2) + cloud(700, 80, 0.9) +
    building(180, 230, 840, 330, preschool ? '#ffd6a5' : '#f6e7c1', preschool ? '#e76f51' : '#bc4749', school, 3) +
    `<rect y="560" width="${W}" height="${H - 560}" fill="${preschool ? '#95d5b2' : '#cfd8dc'}"/>` +
    tree(90, 600, 1.3) + tree(1110, 610, 1.2) + flowers(rng, 240, 560, 720) +
    (preschool ? crowd(rng, 1, 700, { kind: 'kid', x0: 300, x1: 900, h0: 140 }) : crowd(rng, 1, 710, { kind: 'student', x0: 260, x1: 960, h0: 170 })),

  'chao-co': ({ rng, label }) =>
    sky('#90e0ef', '#caf0f8') + cloud(300, 110, 1) + cloud(900, 150, 0.8) +
    building(0, 250, W, 260, '#f6e7c1', '#bc4749', undefined, 2) +
    `<rect y="500" width="${W}" height="${H - 500}" fill="#d9d9d9"/>` +
    flagpole(600, 560, 420, 130) + banner(330, 505, 540, 48, label, '#c1121f', '#ffd166', 24) +
    crowd(rng, 3, 640, { kind: 'student', back: true, scarf: false, h0: 110 }),

  'khai-giang': ({ rng, label }) =>
    sky('#a9def9', '#e4f9ff') + stage(140, label) + vnFlag(180, 250, 120) + balloons(rng, 800, 260, 6) +
    `<rect y="440" width="${W}" height="${H - 440}" fill="#d8e2dc"/>` +
    person({ x: 600, y: 400, h: 150, shirt: '#f4f1de', pants: '#3d405b', skin: SKIN[1], hair: HAIR[0], arms: 'front' }) +
    `<rect x="560" y="330" width="80" height="70" fill="#6c4f3d"/>` + flowers(rng, 140, 390, 300) + flowers(rng, 760, 390, 300) +
    crowd(rng, 3, 590, { kind: 'student', back: true, scarf: true, h0: 120 }),

  'lop-hoc': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#fefae0"/><rect y="560" width="${W}" height="${H - 560}" fill="#e9c46a"/>` +
    chalkboard(250, 90, 700, 260, [label, 'Bài học hôm nay:', '• Thảo luận nhóm']) +
    person({ x: 1030, y: 560, h: 300, shirt: '#ffffff', pants: '#3d405b', skin: SKIN[0], hair: HAIR[1], arms: 'wave', longHair: true, skirt: true }) +
    [0, 1, 2].map((r) => [0, 1, 2, 3].map((c) => desk(120 + c * 250, 600 + r * 60, 190)).join('')).join('') +
    crowd(rng, 2, 640, { kind: 'student', back: true, h0: 140, x0: 120, x1: 1100 }),

  'hop-phu-huynh': ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#f1faee"/><rect y="540" width="${W}" height="${H - 540}" fill="#d4a373"/>` +
    chalkboard(230, 80, 740, 220, [label, preschool ? 'Kế hoạch chăm sóc, giáo dục trẻ' : 'Kết quả học tập, rèn luyện']) +
    person({ x: 600, y: 520, h: 240, shirt: '#e76f51', pants: '#264653', skin: SKIN[1], hair: HAIR[0], arms: 'wave', longHair: true, skirt: true }) +
    crowd(rng, 2, 650, { kind: 'adult', back: true, h0: 180, x0: 60, x1: 1160 }) +
    [0, 1].map((r) => desk(40, 600 + r * 70, 1120, '#bc8a5f')).join(''),

  'doan-doi': ({ rng, label }) =>
    sky('#ffd6a5', '#fff1e6') + banner(150, 60, 900, 80, label, '#1d4e89', '#ffffff', 32) +
    flagpole(200, 520, 360, 110) +
    `<rect x="990" y="160" width="8" height="360" fill="#adb5bd"/><rect x="998" y="170" width="120" height="80" fill="#1d4e89"/><circle cx="1058" cy="210" r="26" fill="#d62828"/><rect x="1040" y="200" width="36" height="20" fill="#ffd166"/>` +
    `<rect y="520" width="${W}" height="${H - 520}" fill="#cdb4db"/>` +
    crowd(rng, 2, 660, { kind: 'student', scarf: true, arms: 'up', h0: 170, x0: 260, x1: 940 }),

  pccc: ({ rng, label }) =>
    sky('#adb5bd', '#e9ecef') + building(60, 180, 600, 330, '#f6e7c1', '#bc4749', undefined, 3) +
    `<g fill="#6c757d" fill-opacity="0.55"><circle cx="420" cy="170" r="60"/><circle cx="480" cy="120" r="70"/><circle cx="560" cy="80" r="55"/></g>` +
    `<rect y="510" width="${W}" height="${H - 510}" fill="#ced4da"/>` +
    `<rect x="720" y="380" width="420" height="150" rx="14" fill="#d00000"/><rect x="1020" y="320" width="120" height="90" rx="10" fill="#d00000"/><rect x="1035" y="335" width="90" height="50" fill="#caf0f8"/><circle cx="800" cy="535" r="34" fill="#212529"/><circle cx="1060" cy="535" r="34" fill="#212529"/><text x="880" y="470" ${FONT} font-size="34" font-weight="bold" fill="#ffffff">114</text>` +
    `<rect x="670" y="560" width="36" height="90" rx="10" fill="#d00000"/><rect x="678" y="545" width="20" height="18" fill="#343a40"/>` +
    banner(120, 40, 560, 56, label, '#d00000', '#ffffff', 26) +
    crowd(rng, 1, 700, { kind: 'student', h0: 170, x0: 80, x1: 640, arms: 'front' }) +
    person({ x: 760, y: 720, h: 220, shirt: '#f77f00', pants: '#343a40', skin: SKIN[2], hair: HAIR[0], arms: 'wave' }),

  'day-gioi': ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#edf6f9"/><rect y="560" width="${W}" height="${H - 560}" fill="#ddb892"/>` +
    chalkboard(120, 80, 680, 270, [label, 'Hoạt động 1: Khởi động', 'Hoạt động 2: Khám phá']) +
    `<rect x="860" y="90" width="280" height="200" fill="#ffffff" stroke="#adb5bd" stroke-width="4"/><rect x="880" y="110" width="240" height="140" fill="#90e0ef"/><circle cx="960" cy="170" r="28" fill="#ffd166"/><path d="M880,250 L960,190 L1030,240 L1120,170 L1120,250 Z" fill="#2a9d8f"/>` +
    person({ x: 840, y: 560, h: 290, shirt: '#ffffff', pants: '#1d3557', skin: SKIN[0], hair: HAIR[0], arms: 'wave', longHair: true, skirt: true }) +
    desk(880, 620, 280, '#a98467') + [0, 1, 2].map((i) => adult(rng, 930 + i * 90, 700, 150, { back: true })).join('') +
    (preschool ? crowd(rng, 2, 650, { kind: 'kid', back: true, h0: 110, x0: 60, x1: 780 }) : crowd(rng, 2, 650, { kind: 'student', back: true, h0: 130, x0: 60, x1: 780 })),

  'nha-giao': ({ rng, label }) =>
    sky('#ffe5ec', '#fff0f3') + stage(120, label, '#9d174d') +
    `<text x="600" y="330" ${FONT} font-size="120" font-weight="bold" fill="#ffd166" text-anchor="middle">20-11</text>` +
    `<rect y="420" width="${W}" height="${H - 420}" fill="#e9ecef"/>` +
    [0, 1, 2, 3, 4].map((i) => adult(rng, 330 + i * 135, 560, 200, { arms: 'front', holding: pick(rng, ['#ff006e', '#ffbe0b', '#fb5607']) })).join('') +
    crowd(rng, 2, 680, { kind: 'student', back: true, scarf: true, h0: 120 }),

  'thi-hsg': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#f8f9fa"/><rect y="520" width="${W}" height="${H - 520}" fill="#ced4da"/>` +
    banner(200, 36, 800, 62, label, '#1d4e89', '#ffffff', 28) +
    `<rect x="430" y="340" width="340" height="180" fill="#adb5bd"/><rect x="560" y="370" width="80" height="60" rx="6" fill="#ffd166"/><text x="600" y="413" ${FONT} font-size="40" font-weight="bold" fill="#1d3557" text-anchor="middle">1</text><rect x="190" y="400" width="240" height="120" fill="#ced4da"/><text x="310" y="470" ${FONT} font-size="34" font-weight="bold" fill="#6c757d" text-anchor="middle">2</text><rect x="770" y="430" width="240" height="90" fill="#dee2e6"/><text x="890" y="490" ${FONT} font-size="34" font-weight="bold" fill="#6c757d" text-anchor="middle">3</text>` +
    student(rng, 600, 340, 165, { arms: 'up', scarf: true, holding: '#ffd166' }) + student(rng, 310, 400, 155, { arms: 'front', scarf: true, holding: '#e9c46a' }) + student(rng, 890, 430, 150, { arms: 'front', scarf: true, holding: '#e9c46a' }) +
    crowd(rng, 1, 720, { kind: 'adult', back: true, h0: 170 }),

  'doc-sach': ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#fff8e7"/><rect y="560" width="${W}" height="${H - 560}" fill="#e9c46a"/>` +
    bookshelf(rng, 60, 150, 330, 400) + bookshelf(rng, 810, 150, 330, 400) + banner(420, 60, 360, 80, label, '#2a9d8f', '#ffffff', 26) +
    `<rect x="440" y="420" width="320" height="26" fill="#b08968"/>` +
    [0, 1, 2, 3].map((i) => `<rect x="${460 + i * 75}" y="${390 - (i % 2) * 8}" width="58" height="34" fill="${pick(rng, ['#e63946', '#457b9d', '#f4a261', '#2a9d8f'])}"/>`).join('') +
    (preschool ? crowd(rng, 2, 690, { kind: 'kid', h0: 130, x0: 120, x1: 1100, arms: 'front' }) : crowd(rng, 2, 690, { kind: 'student', h0: 160, x0: 120, x1: 1100, arms: 'front', scarf: true })),

  'the-thao': ({ rng, label, preschool }) =>
    sky('#8ecae6', '#d7f0ff') + cloud(200, 100, 1) + sun(1050, 100, 45) +
    `<rect y="380" width="${W}" height="${H - 380}" fill="#52b788"/><path d="M0,560 Q600,470 1200,560" stroke="#ffffff" stroke-width="6" fill="none"/><path d="M0,650 Q600,560 1200,650" stroke="#ffffff" stroke-width="6" fill="none"/>` +
    banner(250, 60, 700, 66, label, '#f77f00', '#ffffff', 28) +
    `<circle cx="900" cy="640" r="30" fill="#ffffff"/><path d="M880,625 L900,615 L920,625 L915,650 L885,650 Z" fill="#212529"/>` +
    [0, 1, 2, 3, 4].map((i) => (preschool ? kid(rng, 180 + i * 150, 600 + (i % 2) * 50, 150, { arms: pick(rng, ['up', 'wave'] as const) }) : student(rng, 180 + i * 150, 600 + (i % 2) * 50, 190, { arms: pick(rng, ['up', 'wave'] as const), shirt: pick(rng, ['#ffffff', '#ffd166', '#118ab2']) }))).join(''),

  stem: ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#e0fbfc"/><rect y="540" width="${W}" height="${H - 540}" fill="#98c1d9"/>` +
    banner(220, 50, 760, 66, label, '#3d5a80', '#ffffff', 28) +
    `<rect x="120" y="420" width="960" height="40" fill="#ffffff"/><rect x="140" y="460" width="20" height="120" fill="#6c757d"/><rect x="1040" y="460" width="20" height="120" fill="#6c757d"/>` +
    `<path d="M300,420 L300,340 L280,320 L340,320 L320,340 L320,420 Z" fill="#caf0f8" stroke="#495057" stroke-width="3"/><rect x="298" y="380" width="24" height="40" fill="#06d6a0"/>` +
    `<circle cx="520" cy="380" r="40" fill="#ffd166" stroke="#495057" stroke-width="3"/><rect x="700" y="350" width="140" height="70" rx="6" fill="#8ecae6" stroke="#495057" stroke-width="3"/><path d="M720,400 L760,370 L800,395 L830,360" stroke="#e63946" stroke-width="4" fill="none"/>` +
    `<rect x="900" y="330" width="80" height="90" fill="#f4a261"/><circle cx="940" cy="320" r="12" fill="#e63946"/>` +
    crowd(rng, 1, 700, { kind: 'student', h0: 190, x0: 140, x1: 1080, arms: 'front', scarf: true }),

  'trung-thu': ({ rng, label, preschool }) =>
    sky('#14213d', '#3a0ca3', 'night') +
    `<circle cx="1000" cy="140" r="80" fill="#fff3b0"/>` +
    Array.from({ length: 40 }, () => `<circle cx="${between(rng, 0, W)}" cy="${between(rng, 0, 300)}" r="${between(rng, 1, 3)}" fill="#ffffff"/>`).join('') +
    Array.from({ length: 9 }, (_, i) => lantern(rng, 80 + i * 130, between(rng, 150, 260), between(rng, 0.8, 1.2))).join('') +
    banner(260, 330, 680, 62, label, '#e63946', '#ffd166', 28) +
    `<rect y="560" width="${W}" height="${H - 560}" fill="#6a4c93"/>` +
    (preschool ? crowd(rng, 2, 680, { kind: 'kid', h0: 140, arms: 'wave' }) : crowd(rng, 2, 690, { kind: 'student', h0: 160, arms: 'wave', scarf: true })),

  'kham-suc-khoe': ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#f0f7ff"/><rect y="560" width="${W}" height="${H - 560}" fill="#cfe1f2"/>` +
    banner(300, 50, 600, 60, label, '#0077b6', '#ffffff', 26) +
    `<rect x="960" y="150" width="150" height="150" rx="12" fill="#ffffff" stroke="#0077b6" stroke-width="4"/><rect x="1020" y="175" width="30" height="100" fill="#e63946"/><rect x="985" y="210" width="100" height="30" fill="#e63946"/>` +
    `<rect x="140" y="420" width="400" height="24" fill="#ffffff" stroke="#adb5bd" stroke-width="2"/><rect x="160" y="444" width="16" height="120" fill="#adb5bd"/><rect x="500" y="444" width="16" height="120" fill="#adb5bd"/>` +
    `<rect x="640" y="200" width="30" height="360" fill="#ced4da"/>` + Array.from({ length: 8 }, (_, i) => `<rect x="670" y="${220 + i * 40}" width="20" height="4" fill="#495057"/>`).join('') +
    person({ x: 340, y: 560, h: 260, shirt: '#ffffff', pants: '#adb5bd', skin: SKIN[0], hair: HAIR[0], arms: 'front', longHair: true }) +
    (preschool ? kid(rng, 700, 580, 170, { arms: 'down' }) + crowd(rng, 1, 720, { kind: 'kid', h0: 140, x0: 760, x1: 1180 }) : student(rng, 700, 580, 220) + crowd(rng, 1, 730, { kind: 'student', h0: 170, x0: 760, x1: 1180 })),

  'tong-ket': ({ rng, label }) =>
    sky('#caf0f8', '#f1faee') + stage(110, label, '#023e8a') +
    `<rect y="410" width="${W}" height="${H - 410}" fill="#dee2e6"/>` +
    Array.from({ length: 6 }, (_, i) => student(rng, 250 + i * 140, 370, 150, { scarf: true, holding: '#ffd166', arms: 'front' })).join('') +
    balloons(rng, 40, 230, 2) + balloons(rng, 1100, 230, 2) +
    crowd(rng, 2, 660, { kind: 'adult', back: true, h0: 150 }),

  'san-choi': ({ rng }) =>
    sky('#a0e7e5', '#e8fffd') + sun(120, 110, 55) + cloud(600, 90, 1.1) + cloud(1000, 140, 0.8) +
    `<rect y="520" width="${W}" height="${H - 520}" fill="#95d5b2"/>` +
    `<rect x="160" y="300" width="20" height="240" fill="#ef476f"/><rect x="300" y="300" width="20" height="240" fill="#ef476f"/><rect x="150" y="290" width="180" height="24" fill="#ffd166"/><path d="M320,310 L560,540 L520,540 L300,330 Z" fill="#118ab2"/>` +
    Array.from({ length: 6 }, (_, i) => `<rect x="180" y="${330 + i * 35}" width="120" height="6" fill="#ffd166"/>`).join('') +
    `<rect x="760" y="260" width="16" height="280" fill="#06d6a0"/><rect x="1060" y="260" width="16" height="280" fill="#06d6a0"/><rect x="750" y="250" width="336" height="20" fill="#073b4c"/><line x1="850" y1="270" x2="850" y2="440" stroke="#495057" stroke-width="4"/><line x1="930" y1="270" x2="930" y2="440" stroke="#495057" stroke-width="4"/><rect x="835" y="440" width="110" height="14" fill="#ef476f"/>` +
    kid(rng, 890, 440, 120, { arms: 'up' }) + kid(rng, 430, 470, 130, { arms: 'up' }) +
    crowd(rng, 1, 700, { kind: 'kid', h0: 150, arms: 'wave' }),

  'lop-mau-giao': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#fff1e6"/><rect y="520" width="${W}" height="${H - 520}" fill="#f4acb7"/>` +
    `<rect x="80" y="80" width="1040" height="90" rx="16" fill="#ffffff"/>` +
    ['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê', 'G', 'H', 'I'].map((ch, i) => `<text x="${120 + i * 82}" y="145" ${FONT} font-size="48" font-weight="bold" fill="${pick(rng, KID_CLOTHES)}">${ch}</text>`).join('') +
    banner(340, 200, 520, 56, label, '#9d174d', '#ffffff', 24) +
    bookshelf(rng, 60, 300, 220, 220) + `<rect x="960" y="320" width="180" height="200" rx="10" fill="#90be6d"/><circle cx="1050" cy="380" r="30" fill="#f9c74f"/>` +
    person({ x: 600, y: 560, h: 260, shirt: '#f15bb5', pants: '#3d405b', skin: SKIN[0], hair: HAIR[0], arms: 'wave', longHair: true, skirt: true }) +
    Array.from({ length: 8 }, (_, i) => kid(rng, 140 + i * 130, 720 - (i % 2) * 14, 150, { arms: pick(rng, ['down', 'up', 'front'] as const) })).join(''),

  'lam-noi-tro': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#fefae0"/><rect y="500" width="${W}" height="${H - 500}" fill="#ddbea9"/>` +
    banner(300, 50, 600, 60, label, '#bc6c25', '#ffffff', 26) +
    Array.from({ length: 5 }, (_, i) => kid(rng, 200 + i * 200, 560, 200, { arms: 'front', shirt: '#ffffff' }) + `<path d="M${172 + i * 200},${364} Q${200 + i * 200},${316} ${228 + i * 200},${364} Z" fill="#ffffff" stroke="#dee2e6" stroke-width="2"/>`).join('') +
    `<rect x="80" y="520" width="1040" height="40" fill="#a98467"/><rect x="100" y="560" width="20" height="160" fill="#6c584c"/><rect x="1080" y="560" width="20" height="160" fill="#6c584c"/>` +
    Array.from({ length: 9 }, (_, i) => `<circle cx="${170 + i * 110}" cy="505" r="${between(rng, 14, 22)}" fill="${pick(rng, ['#f77f00', '#d62828', '#fcbf49', '#80b918', '#ffffff'])}"/>`).join('') +
    `<ellipse cx="600" cy="510" rx="70" ry="18" fill="#e9ecef"/>`,

  'bua-an': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#f1faee"/><rect y="470" width="${W}" height="${H - 470}" fill="#a8dadc"/>` +
    banner(330, 50, 540, 60, label, '#2a9d8f', '#ffffff', 26) +
    Array.from({ length: 2 }, (_, r) =>
      Array.from({ length: 6 }, (_, i) => kid(rng, 140 + i * 185, 520 + r * 200, 150, { arms: 'front' })).join('') +
      `<rect x="70" y="${470 + r * 200}" width="1060" height="26" fill="#f4a261"/>` +
      Array.from({ length: 6 }, (_, i) => `<ellipse cx="${140 + i * 185}" cy="${466 + r * 200}" rx="34" ry="12" fill="#ffffff"/><ellipse cx="${140 + i * 185}" cy="${460 + r * 200}" rx="24" ry="8" fill="#e9c46a"/>`).join(''),
    ).join(''),

  'vuon-rau': ({ rng, label }) =>
    sky('#bde0fe', '#e2f0ff') + sun(1080, 100, 45) + banner(300, 50, 600, 60, label, '#386641', '#ffffff', 26) +
    `<rect y="380" width="${W}" height="${H - 380}" fill="#8d6e63"/>` +
    Array.from({ length: 4 }, (_, r) =>
      `<rect x="60" y="${400 + r * 90}" width="1080" height="50" rx="20" fill="#6d4c41"/>` +
      Array.from({ length: 18 }, (_, i) => `<ellipse cx="${90 + i * 60}" cy="${405 + r * 90}" rx="18" ry="26" fill="${pick(rng, ['#38b000', '#70e000', '#008000'])}"/>`).join(''),
    ).join('') +
    Array.from({ length: 5 }, (_, i) => kid(rng, 200 + i * 200, 700 - (i % 2) * 60, 150, { arms: pick(rng, ['front', 'wave'] as const) })).join('') +
    `<rect x="920" y="560" width="60" height="40" rx="6" fill="#00b4d8"/><rect x="975" y="565" width="40" height="8" fill="#00b4d8"/>`,

  'van-nghe': ({ rng, label }) =>
    sky('#ffc8dd', '#ffafcc') + stage(100, label, '#7b2cbf') +
    Array.from({ length: 6 }, (_, i) => kid(rng, 290 + i * 125, 360, 130, { arms: i % 2 ? 'front' : 'wave', shirt: i % 2 ? '#ffd166' : '#ef476f', skirt: true })).join('') +
    `<rect y="400" width="${W}" height="${H - 400}" fill="#e9ecef"/>` + crowd(rng, 2, 640, { kind: 'adult', back: true, h0: 150 }),

  tet: ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#fff3e0"/>` + banner(250, 40, 700, 70, label, '#c1121f', '#ffd166', 30) +
    Array.from({ length: 3 }, (_, i) => `<rect x="${90 + i * 370}" y="240" width="300" height="220" fill="#ffe8d6"/><path d="M${70 + i * 370},250 L${240 + i * 370},170 L${410 + i * 370},250 Z" fill="#c1121f"/><rect x="${90 + i * 370}" y="420" width="300" height="40" fill="#b08968"/>` +
      Array.from({ length: 5 }, (_, k) => `<circle cx="${120 + i * 370 + k * 60}" cy="405" r="16" fill="${pick(rng, ['#ffb703', '#fb8500', '#2a9d8f', '#e63946', '#80b918'])}"/>`).join('')).join('') +
    `<g>${Array.from({ length: 14 }, () => `<circle cx="${between(rng, 40, 1160)}" cy="${between(rng, 130, 220)}" r="${between(rng, 6, 11)}" fill="#ffc8dd"/>`).join('')}</g>` +
    `<rect y="470" width="${W}" height="${H - 470}" fill="#ffd6a5"/>` +
    (preschool ? crowd(rng, 2, 680, { kind: 'kid', h0: 140, arms: 'wave' }) : crowd(rng, 2, 690, { kind: 'student', h0: 160, arms: 'wave' })),

  'ra-truong': ({ rng, label }) =>
    sky('#cdb4db', '#ffc8dd') + stage(110, label, '#5a189a') +
    Array.from({ length: 7 }, (_, i) => kid(rng, 230 + i * 125, 370, 140, { shirt: '#3a0ca3', arms: i % 3 === 0 ? 'wave' : 'front', holding: '#ffd166' }) + `<rect x="${205 + i * 125}" y="${226}" width="50" height="10" fill="#212529"/><rect x="${220 + i * 125}" y="${214}" width="20" height="13" fill="#212529"/>`).join('') +
    `<rect y="410" width="${W}" height="${H - 410}" fill="#f8edeb"/>` + balloons(rng, 40, 260, 3) + balloons(rng, 1060, 260, 3) +
    crowd(rng, 2, 650, { kind: 'adult', back: true, h0: 150 }),
};

function portraitSvg(rng: Rng, opts: { woman: boolean; shirt: string; bg: string; label: string }): string {
  const w = 360;
  const h = 480;
  const skin = pick(rng, SKIN);
  const hair = pick(rng, HAIR);
  const longHair = opts.woman
    ? `<path d="M110,170 Q100,300 120,330 L240,330 Q260,300 250,170 Z" fill="${hair}"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="${opts.bg}"/>
<circle cx="180" cy="90" r="120" fill="#ffffff" fill-opacity="0.25"/>
${longHair}
<path d="M40,480 Q40,330 180,320 Q320,330 320,480 Z" fill="${opts.shirt}"/>
<path d="M150,322 L180,380 L210,322 Z" fill="#ffffff"/>
${opts.woman ? '' : '<path d="M172,340 L188,340 L194,420 L180,436 L166,420 Z" fill="#9d0208"/>'}
<rect x="155" y="270" width="50" height="60" fill="${skin}"/>
<ellipse cx="180" cy="200" rx="78" ry="92" fill="${skin}"/>
<path d="M100,190 Q100,100 180,100 Q262,100 260,190 Q240,140 180,140 Q120,140 100,190 Z" fill="${hair}"/>
<circle cx="152" cy="205" r="6" fill="#222"/><circle cx="208" cy="205" r="6" fill="#222"/>
<path d="M155,250 Q180,268 205,250" stroke="#8a3b2e" stroke-width="5" fill="none" stroke-linecap="round"/>
<rect x="0" y="${h - 44}" width="${w}" height="44" fill="#000" fill-opacity="0.5"/>
<text x="${w / 2}" y="${h - 15}" ${FONT} font-size="20" fill="#ffffff" text-anchor="middle">${esc(opts.label)}</text>
</svg>`;
}

interface OrgNode {
  label: string;
  children?: OrgNode[];
}

/** Organisation chart: a title, the leadership row, and the units below, as boxes and lines. */
function orgChartSvg(title: string, colour: string, top: OrgNode[], leadership: string, units: OrgNode[]): string {
  const w = 1200;
  const h = 760;
  const parts: string[] = [`<rect width="${w}" height="${h}" fill="#ffffff"/>`, `<text x="${w / 2}" y="54" ${FONT} font-size="30" font-weight="bold" fill="${colour}" text-anchor="middle">${esc(title)}</text>`];
  const box = (x: number, y: number, bw: number, bh: number, label: string, fill: string, ink: string, size = 19) => {
    const lines = label.split('\n');
    const text = lines
      .map((l, i) => `<text x="${x + bw / 2}" y="${y + bh / 2 + (i - (lines.length - 1) / 2) * (size + 4) + size * 0.35}" ${FONT} font-size="${size}" fill="${ink}" text-anchor="middle">${esc(l)}</text>`)
      .join('');
    parts.push(`<rect x="${x}" y="${y}" width="${bw}" height="${bh}" rx="10" fill="${fill}" stroke="${colour}" stroke-width="2"/>${text}`);
  };
  const line = (x1: number, y1: number, x2: number, y2: number, dash = false) =>
    parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#495057" stroke-width="2"${dash ? ' stroke-dasharray="8 6"' : ''}/>`);
  // Top row: Chi bộ, Hội đồng trường (dashed links = lãnh đạo, giám sát).
  const lead = { x: 420, y: 210, w: 360, h: 80 };
  top.forEach((node, i) => {
    const bx = i === 0 ? 90 : 830;
    box(bx, 100, 280, 70, node.label, '#f1f3f5', '#212529', 18);
    line(bx + (i === 0 ? 280 : 0), 135, i === 0 ? lead.x : lead.x + lead.w, lead.y + 10, true);
  });
  box(lead.x, lead.y, lead.w, lead.h, leadership, colour, '#ffffff', 20);
  // Units row.
  const n = units.length;
  const uw = Math.min(200, (w - 60 - (n - 1) * 14) / n);
  const total = n * uw + (n - 1) * 14;
  const x0 = (w - total) / 2;
  const busY = 350;
  line(w / 2, lead.y + lead.h, w / 2, busY);
  line(x0 + uw / 2, busY, x0 + total - uw / 2, busY);
  units.forEach((u, i) => {
    const ux = x0 + i * (uw + 14);
    line(ux + uw / 2, busY, ux + uw / 2, 390);
    box(ux, 390, uw, 90, u.label, '#e7f5ff', '#212529', 17);
    (u.children ?? []).forEach((c, k) => {
      line(ux + uw / 2, 480 + k * 62, ux + uw / 2, 500 + k * 62);
      box(ux + 8, 500 + k * 62, uw - 16, 46, c.label, '#ffffff', '#343a40', 15);
    });
  });
  parts.push(`<text x="${w - 30}" y="${h - 20}" ${FONT} font-size="15" fill="#6c757d" text-anchor="end">Nét đứt: quan hệ lãnh đạo, giám sát · Nét liền: quan hệ quản lý, điều hành</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>`;
}

async function writeJpeg(svg: string, file: string, width = W, height = H): Promise<number> {
  const input = Buffer.from(svg);
  for (const [quality, scale] of [[60, 1], [52, 1], [46, 1], [52, 0.8], [46, 0.8], [44, 0.7]] as const) {
    const buf = await sharp(input, { density: 72 })
      .resize(Math.round(width * scale), Math.round(height * scale))
      .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toBuffer();
    if (buf.length <= MAX_JPEG_BYTES || scale === 0.7) {
      writeFileSync(file, buf);
      return buf.length;
    }
  }
  return 0;
}

// ───────────────────────────── the two schools ─────────────────────────────

interface Photo {
  file: string;
  scene: keyof typeof SCENES;
  caption: string;
  /** Text painted on the banner or board inside the picture. */
  label: string;
}

interface Portrait {
  file: string;
  woman: boolean;
  shirt: string;
  label: string;
}

interface HeaderLine {
  text: string;
  bold: boolean;
}

interface SiteMedia {
  id: string;
  preschool: boolean;
  school: string;
  colour: string;
  photos: Photo[];
  portraits: Portrait[];
  org: { file: string; title: string; top: OrgNode[]; leadership: string; units: OrgNode[] };
  /** Letterhead of each issuer level (upper lines regular, unit in bold). */
  headers: Record<string, HeaderLine[]>;
  /** Place name of the date line, by issuer level. */
  places: Record<string, string>;
  /** Abbreviation of the school in reference numbers. */
  abbr: string;
  principal: string;
  /** Names of the vice principals (they sign "KT. HIỆU TRƯỞNG"). */
  vices: string[];
  /** Default "Kính gửi" of a công văn from each issuer level. */
  kinhGui: Record<string, string>;
  noiNhan: Record<string, string[]>;
}

const THCS: SiteMedia = {
  id: 'thcs-nguyen-du',
  preschool: false,
  school: 'TRƯỜNG THCS NGUYỄN DU',
  colour: '#0b4f8a',
  photos: [
    { file: 'san-truong.jpg', scene: 'san-truong', caption: 'Khuôn viên Trường THCS Nguyễn Du', label: '' },
    { file: 'chao-co.jpg', scene: 'chao-co', caption: 'Lễ chào cờ đầu tuần trên sân trường', label: 'THI ĐUA DẠY TỐT – HỌC TỐT' },
    { file: 'khai-giang-2025.jpg', scene: 'khai-giang', caption: 'Lễ khai giảng năm học 2025-2026', label: 'LỄ KHAI GIẢNG NĂM HỌC 2025-2026' },
    { file: 'khai-giang-2026.jpg', scene: 'khai-giang', caption: 'Lễ khai giảng năm học 2026-2027', label: 'LỄ KHAI GIẢNG NĂM HỌC 2026-2027' },
    { file: 'lop-hoc.jpg', scene: 'lop-hoc', caption: 'Một tiết học theo nhóm của học sinh khối 7', label: 'Ngữ văn 7' },
    { file: 'hop-phu-huynh.jpg', scene: 'hop-phu-huynh', caption: 'Họp phụ huynh học sinh đầu năm học', label: 'HỌP PHỤ HUYNH HỌC SINH' },
    { file: 'doan-doi.jpg', scene: 'doan-doi', caption: 'Đội viên Liên đội Nguyễn Du trong buổi sinh hoạt', label: 'LIÊN ĐỘI THCS NGUYỄN DU' },
    { file: 'pccc.jpg', scene: 'pccc', caption: 'Diễn tập phòng cháy chữa cháy và thoát nạn', label: 'DIỄN TẬP PCCC VÀ CNCH' },
    { file: 'day-gioi.jpg', scene: 'day-gioi', caption: 'Tiết dự thi giáo viên dạy giỏi cấp trường', label: 'Khoa học tự nhiên 8' },
    { file: 'nha-giao.jpg', scene: 'nha-giao', caption: 'Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11', label: 'KỶ NIỆM NGÀY NHÀ GIÁO VIỆT NAM' },
    { file: 'thi-hsg.jpg', scene: 'thi-hsg', caption: 'Tuyên dương học sinh giỏi cấp thành phố', label: 'TUYÊN DƯƠNG HỌC SINH GIỎI' },
    { file: 'doc-sach.jpg', scene: 'doc-sach', caption: 'Ngày hội đọc sách tại thư viện trường', label: 'NGÀY HỘI ĐỌC SÁCH' },
    { file: 'the-thao.jpg', scene: 'the-thao', caption: 'Hội khỏe Phù Đổng cấp trường', label: 'HỘI KHỎE PHÙ ĐỔNG' },
    { file: 'stem.jpg', scene: 'stem', caption: 'Học sinh thực hành chủ đề STEM', label: 'CHỦ ĐỀ STEM: NĂNG LƯỢNG XANH' },
    { file: 'trung-thu.jpg', scene: 'trung-thu', caption: 'Đêm hội trăng rằm của Liên đội', label: 'ĐÊM HỘI TRĂNG RẰM' },
    { file: 'kham-suc-khoe.jpg', scene: 'kham-suc-khoe', caption: 'Khám sức khỏe định kỳ cho học sinh', label: 'KHÁM SỨC KHỎE HỌC SINH' },
    { file: 'tong-ket.jpg', scene: 'tong-ket', caption: 'Lễ tổng kết năm học 2025-2026', label: 'TỔNG KẾT NĂM HỌC 2025-2026' },
    { file: 'tet.jpg', scene: 'tet', caption: 'Hội chợ Xuân yêu thương của học sinh', label: 'XUÂN YÊU THƯƠNG BÍNH NGỌ 2026' },
  ],
  portraits: [
    { file: 'hieu-truong.jpg', woman: true, shirt: '#1d3557', label: 'Hiệu trưởng' },
    { file: 'pho-hieu-truong-chuyen-mon.jpg', woman: false, shirt: '#3d405b', label: 'Phó Hiệu trưởng' },
    { file: 'pho-hieu-truong-co-so-vat-chat.jpg', woman: true, shirt: '#6d597a', label: 'Phó Hiệu trưởng' },
  ],
  org: {
    file: 'so-do-to-chuc.png',
    title: 'SƠ ĐỒ CƠ CẤU TỔ CHỨC TRƯỜNG THCS NGUYỄN DU',
    top: [{ label: 'Chi bộ Trường THCS Nguyễn Du' }, { label: 'Hội đồng trường' }],
    leadership: 'Ban Giám hiệu\nHiệu trưởng, 2 Phó Hiệu trưởng',
    units: [
      { label: 'Tổ Ngữ văn –\nLịch sử – Địa lý' },
      { label: 'Tổ Toán – Tin học' },
      { label: 'Tổ Khoa học\ntự nhiên – Công nghệ' },
      { label: 'Tổ Ngoại ngữ' },
      { label: 'Tổ Nghệ thuật –\nGDTC – GDCD' },
      { label: 'Tổ Văn phòng' },
      { label: 'Đoàn thể', children: [{ label: 'Công đoàn' }, { label: 'Chi đoàn TN' }, { label: 'Liên đội' }] },
    ],
  },
  headers: {
    truong: [{ text: 'UBND PHƯỜNG BẾN THÀNH', bold: false }, { text: 'TRƯỜNG THCS NGUYỄN DU', bold: true }],
    'xa-phuong': [{ text: 'ỦY BAN NHÂN DÂN', bold: true }, { text: 'PHƯỜNG BẾN THÀNH', bold: true }],
    so: [{ text: 'ỦY BAN NHÂN DÂN', bold: false }, { text: 'THÀNH PHỐ HỒ CHÍ MINH', bold: false }, { text: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', bold: true }],
    bo: [{ text: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', bold: true }],
    'phong-gddt': [{ text: 'UBND QUẬN 1', bold: false }, { text: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', bold: true }],
  },
  places: { truong: 'Phường Bến Thành', 'xa-phuong': 'Phường Bến Thành', so: 'Thành phố Hồ Chí Minh', bo: 'Hà Nội', 'phong-gddt': 'Quận 1' },
  abbr: 'THCSND',
  principal: 'Lê Thị Thu Hằng',
  vices: ['Phạm Quốc Bảo', 'Võ Thị Ngọc Lan'],
  kinhGui: {
    so: 'Hiệu trưởng các trường trung học cơ sở, trường phổ thông nhiều cấp học có cấp trung học cơ sở',
    bo: 'Các Sở Giáo dục và Đào tạo',
    'xa-phuong': 'Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường',
    'phong-gddt': 'Hiệu trưởng các trường trung học cơ sở trong quận',
    truong: 'Cha mẹ học sinh và giáo viên chủ nhiệm các lớp',
  },
  noiNhan: {
    truong: ['Phòng Văn hóa - Xã hội phường Bến Thành (để báo cáo);', 'Ban Giám hiệu, các tổ chuyên môn, tổ văn phòng;', 'Đăng cổng thông tin điện tử của trường;', 'Lưu: VT.'],
    'xa-phuong': ['Như trên;', 'Thường trực Đảng ủy phường (để báo cáo);', 'Chủ tịch, các Phó Chủ tịch UBND phường;', 'Lưu: VT, VHXH.'],
    so: ['Như trên;', 'Giám đốc Sở (để báo cáo);', 'Các Phó Giám đốc Sở;', 'Ủy ban nhân dân các xã, phường, đặc khu (để phối hợp);', 'Lưu: VT, GDTrH.'],
    bo: ['Như trên;', 'Bộ trưởng (để báo cáo);', 'Các Thứ trưởng;', 'Cổng thông tin điện tử Bộ GDĐT;', 'Lưu: VT, Vụ GDTrH.'],
    'phong-gddt': ['Như trên;', 'Ủy ban nhân dân quận (để báo cáo);', 'Lưu: VT, THCS.'],
  },
};

const MN: SiteMedia = {
  id: 'mn-hoa-sen',
  preschool: true,
  school: 'TRƯỜNG MẦM NON HOA SEN',
  colour: '#9d174d',
  photos: [
    { file: 'san-truong.jpg', scene: 'san-truong', caption: 'Khuôn viên Trường Mầm non Hoa Sen', label: '' },
    { file: 'ngay-hoi-den-truong-2025.jpg', scene: 'khai-giang', caption: 'Ngày hội đến trường của bé năm học 2025-2026', label: 'NGÀY HỘI ĐẾN TRƯỜNG CỦA BÉ' },
    { file: 'ngay-hoi-den-truong-2026.jpg', scene: 'van-nghe', caption: 'Ngày hội đến trường của bé năm học 2026-2027', label: 'BÉ VUI ĐẾN TRƯỜNG 2026-2027' },
    { file: 'san-choi.jpg', scene: 'san-choi', caption: 'Giờ hoạt động ngoài trời ở sân chơi', label: '' },
    { file: 'lop-mau-giao.jpg', scene: 'lop-mau-giao', caption: 'Giờ hoạt động chung của lớp mẫu giáo lớn', label: 'LỚP MẪU GIÁO LỚN A1' },
    { file: 'trung-thu.jpg', scene: 'trung-thu', caption: 'Bé vui hội trăng rằm', label: 'VUI HỘI TRĂNG RẰM' },
    { file: 'lam-noi-tro.jpg', scene: 'lam-noi-tro', caption: 'Bé tập làm nội trợ', label: 'BÉ TẬP LÀM NỘI TRỢ' },
    { file: 'bua-an.jpg', scene: 'bua-an', caption: 'Bữa trưa của các bé tại lớp', label: 'GIỜ ĂN CỦA BÉ' },
    { file: 'kham-suc-khoe.jpg', scene: 'kham-suc-khoe', caption: 'Khám sức khỏe định kỳ cho trẻ', label: 'KHÁM SỨC KHỎE ĐỊNH KỲ' },
    { file: 'pccc.jpg', scene: 'pccc', caption: 'Bé cùng cô thực hành thoát nạn khi có cháy', label: 'BÉ HỌC KỸ NĂNG THOÁT NẠN' },
    { file: 'doc-sach.jpg', scene: 'doc-sach', caption: 'Ngày hội đọc sách của bé', label: 'BÉ YÊU SÁCH' },
    { file: 'van-nghe.jpg', scene: 'van-nghe', caption: 'Văn nghệ chào mừng Ngày Nhà giáo Việt Nam', label: 'MỪNG NGÀY NHÀ GIÁO VIỆT NAM' },
    { file: 'vuon-rau.jpg', scene: 'vuon-rau', caption: 'Bé chăm sóc vườn rau của lớp', label: 'VƯỜN RAU CỦA BÉ' },
    { file: 'the-thao.jpg', scene: 'the-thao', caption: 'Ngày hội thể thao của bé', label: 'BÉ KHỎE – BÉ NGOAN' },
    { file: 'tet.jpg', scene: 'tet', caption: 'Chợ quê ngày Tết của bé', label: 'BÉ VUI ĐÓN TẾT BÍNH NGỌ' },
    { file: 'hop-phu-huynh.jpg', scene: 'hop-phu-huynh', caption: 'Họp cha mẹ trẻ đầu năm học', label: 'HỌP CHA MẸ TRẺ' },
    { file: 'day-gioi.jpg', scene: 'day-gioi', caption: 'Tiết dự thi giáo viên dạy giỏi cấp trường', label: 'Khám phá: Quả cam' },
    { file: 'ra-truong.jpg', scene: 'ra-truong', caption: 'Lễ ra trường của các bé mẫu giáo lớn', label: 'TẠM BIỆT TRƯỜNG MẦM NON' },
  ],
  portraits: [
    { file: 'hieu-truong.jpg', woman: true, shirt: '#9d174d', label: 'Hiệu trưởng' },
    { file: 'pho-hieu-truong-chuyen-mon.jpg', woman: true, shirt: '#2a6f97', label: 'Phó Hiệu trưởng' },
    { file: 'pho-hieu-truong-nuoi-duong.jpg', woman: true, shirt: '#6a994e', label: 'Phó Hiệu trưởng' },
  ],
  org: {
    file: 'so-do-to-chuc.png',
    title: 'SƠ ĐỒ CƠ CẤU TỔ CHỨC TRƯỜNG MẦM NON HOA SEN',
    top: [{ label: 'Chi bộ Trường MN Hoa Sen' }, { label: 'Hội đồng trường' }],
    leadership: 'Ban Giám hiệu\nHiệu trưởng, 2 Phó Hiệu trưởng',
    units: [
      { label: 'Tổ chuyên môn\nNhà trẻ' },
      { label: 'Tổ chuyên môn\nMẫu giáo bé, nhỡ' },
      { label: 'Tổ chuyên môn\nMẫu giáo lớn' },
      { label: 'Tổ Văn phòng' },
      { label: 'Tổ Nuôi dưỡng' },
      { label: 'Đoàn thể', children: [{ label: 'Công đoàn' }, { label: 'Chi đoàn TN' }, { label: 'Ban đại diện CMT' }] },
    ],
  },
  headers: {
    truong: [{ text: 'UBND PHƯỜNG CẦU GIẤY', bold: false }, { text: 'TRƯỜNG MẦM NON HOA SEN', bold: true }],
    'xa-phuong': [{ text: 'ỦY BAN NHÂN DÂN', bold: true }, { text: 'PHƯỜNG CẦU GIẤY', bold: true }],
    so: [{ text: 'ỦY BAN NHÂN DÂN', bold: false }, { text: 'THÀNH PHỐ HÀ NỘI', bold: false }, { text: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', bold: true }],
    bo: [{ text: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', bold: true }],
    'phong-gddt': [{ text: 'UBND QUẬN CẦU GIẤY', bold: false }, { text: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', bold: true }],
  },
  places: { truong: 'Phường Cầu Giấy', 'xa-phuong': 'Phường Cầu Giấy', so: 'Hà Nội', bo: 'Hà Nội', 'phong-gddt': 'Cầu Giấy' },
  abbr: 'MNHS',
  principal: 'Nguyễn Thị Lan Anh',
  vices: ['Đỗ Thị Hồng Nhung', 'Hoàng Thị Mai'],
  kinhGui: {
    so: 'Hiệu trưởng các cơ sở giáo dục mầm non trên địa bàn Thành phố',
    bo: 'Các Sở Giáo dục và Đào tạo',
    'xa-phuong': 'Hiệu trưởng các trường mầm non trên địa bàn phường',
    'phong-gddt': 'Hiệu trưởng các trường mầm non trong quận',
    truong: 'Cha mẹ trẻ và giáo viên các nhóm, lớp',
  },
  noiNhan: {
    truong: ['Phòng Văn hóa - Xã hội phường Cầu Giấy (để báo cáo);', 'Ban Giám hiệu, các tổ chuyên môn, tổ nuôi dưỡng;', 'Đăng cổng thông tin điện tử của trường;', 'Lưu: VT.'],
    'xa-phuong': ['Như trên;', 'Thường trực Đảng ủy phường (để báo cáo);', 'Chủ tịch, các Phó Chủ tịch UBND phường;', 'Trạm Y tế phường;', 'Lưu: VT, VHXH.'],
    so: ['Như trên;', 'Giám đốc Sở (để báo cáo);', 'Các Phó Giám đốc Sở;', 'Lưu: VT, GDMN.'],
    bo: ['Như trên;', 'Bộ trưởng (để báo cáo);', 'Các Thứ trưởng;', 'Cổng thông tin điện tử Bộ GDĐT;', 'Lưu: VT, Vụ GDMN.'],
    'phong-gddt': ['Như trên;', 'Ủy ban nhân dân quận (để báo cáo);', 'Lưu: VT, MN.'],
  },
};

const SITES: SiteMedia[] = [THCS, MN];

/**
 * Paragraphs that appear only in the PDF (keyed by site id and file name), and
 * overrides of the letterhead defaults. A phrase listed in `keepTogether` is never
 * broken across lines, so text extraction finds it verbatim.
 */
interface PdfExtra {
  paragraphs?: string[];
  /** Extra Markdown (tables, lists) appended after the paragraphs. */
  markdown?: string;
  kinhGui?: string;
  noiNhan?: string[];
}

const KEEP_TOGETHER = ['bảo đảm khách quan, công bằng, đúng quy chế', 'vệ sinh an toàn thực phẩm trong bếp ăn bán trú'];

/** The admitted-students list, by application code only (no names on the web). */
function admissionList(): string {
  const rng = rngFor('thcs-nguyen-du/danh-sach-lop-6-2026');
  const schools = ['Tiểu học Bến Thành', 'Tiểu học Phạm Ngũ Lão', 'Tiểu học Cầu Ông Lãnh', 'Tiểu học Nguyễn Thái Bình'];
  const codes = new Set<number>();
  while (codes.size < 405) codes.add(100000 + Math.floor(rng() * 900000));
  const cells = [...codes].sort((a, b) => a - b).map((code, i) => `${i + 1} | TS6-79-${code} | 6A${(i % 9) + 1}`);
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 3) rows.push(`| ${cells.slice(i, i + 3).join(' | ')} |`);
  return [
    `Học sinh trúng tuyển đến từ các trường: ${schools.join(', ')} và một số trường ngoài địa bàn. Lớp ghi trong danh sách là lớp dự kiến, có thể điều chỉnh khi nhập học.`,
    '',
    '## Danh sách theo mã hồ sơ tuyển sinh',
    '',
    '| STT | Mã hồ sơ | Lớp | STT | Mã hồ sơ | Lớp | STT | Mã hồ sơ | Lớp |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const PDF_EXTRA: Record<string, Record<string, PdfExtra>> = {
  'thcs-nguyen-du': {
    'danh-sach-trung-tuyen-lop-6-2026-2027.pdf': { markdown: admissionList() },
    'tkb-hoc-ky-i-2026-2027.pdf': {
      markdown: [
        '## Thời khóa biểu buổi sáng lớp 6A1 (mẫu, các lớp khác xem bảng tin lớp)',
        '',
        '| Tiết | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu |',
        '|---|---|---|---|---|---|',
        '| 1 | Chào cờ | Toán | Ngữ văn | Tiếng Anh | Khoa học tự nhiên |',
        '| 2 | Ngữ văn | Toán | Ngữ văn | Tiếng Anh | Khoa học tự nhiên |',
        '| 3 | Toán | Lịch sử và Địa lý | Tin học | Toán | Ngữ văn |',
        '| 4 | Tiếng Anh | Giáo dục công dân | Công nghệ | Lịch sử và Địa lý | Toán |',
        '| 5 | Hoạt động trải nghiệm | Âm nhạc | Khoa học tự nhiên | Mỹ thuật | Sinh hoạt lớp |',
        '',
        '## Giờ học',
        '',
        '| Tiết | Buổi sáng | Buổi chiều |',
        '|---|---|---|',
        '| 1 | 7 giờ 00 – 7 giờ 45 | 13 giờ 30 – 14 giờ 15 |',
        '| 2 | 7 giờ 50 – 8 giờ 35 | 14 giờ 20 – 15 giờ 05 |',
        '| 3 | 8 giờ 55 – 9 giờ 40 | 15 giờ 20 – 16 giờ 05 |',
        '| 4 | 9 giờ 45 – 10 giờ 30 | 16 giờ 10 – 16 giờ 55 |',
        '| 5 | 10 giờ 35 – 11 giờ 20 | – |',
      ].join('\n'),
    },
    'cv-3468-sgddt-gdtrh-kiem-tra-dinh-ky.pdf': {
      paragraphs: [
        'Thủ trưởng các đơn vị chỉ đạo tổ chức kiểm tra định kỳ nghiêm túc, bảo đảm khách quan, công bằng, đúng quy chế; đề kiểm tra được xây dựng theo ma trận và bản đặc tả do tổ chuyên môn thống nhất, bám sát yêu cầu cần đạt của chương trình, bảo đảm tỉ lệ hợp lý giữa các mức độ nhận biết, thông hiểu và vận dụng.',
        'Việc coi, chấm, trả bài và nhập điểm thực hiện đúng thời hạn; kết quả kiểm tra được thông báo cho học sinh và cha mẹ học sinh qua sổ liên lạc điện tử. Các đơn vị báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước ngày 15 tháng 01 năm 2027.',
      ],
    },
  },
  'mn-hoa-sen': {
    'kh-62-mnhs-an-toan-thuc-pham-2026-2027.pdf': {
      paragraphs: [
        'Tổ nuôi dưỡng chịu trách nhiệm trực tiếp về vệ sinh an toàn thực phẩm trong bếp ăn bán trú: thực hiện kiểm thực ba bước, lưu mẫu thức ăn 24 giờ, ghi chép sổ giao nhận thực phẩm hằng ngày; nhân viên nấu ăn được khám sức khỏe và tập huấn kiến thức an toàn thực phẩm theo quy định.',
        'Ban Giám hiệu phân công thành viên Ban đại diện cha mẹ trẻ tham gia giám sát việc giao nhận thực phẩm ít nhất một lần mỗi tuần; mọi phản ánh của cha mẹ trẻ về bữa ăn được tiếp nhận và trả lời trong vòng 02 ngày làm việc.',
      ],
    },
  },
};

// ───────────────────────────── reading the content ─────────────────────────────

interface ContentEntry {
  collection: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

const FOLDERS = ['van-ban', 'tuyen-sinh', 'ke-hoach', 'lay-y-kien', 'cong-khai', 'tin-tuc'];
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readContent(siteDir: string): ContentEntry[] {
  const out: ContentEntry[] = [];
  for (const folder of FOLDERS) {
    const dir = join(siteDir, 'content', folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const m = FRONTMATTER.exec(readFileSync(join(dir, name), 'utf8'));
      if (!m) continue;
      const data = (parseYaml(m[1] ?? '', { schema: 'core' }) ?? {}) as Record<string, unknown>;
      out.push({ collection: folder, slug: name.slice(0, -3), data, body: (m[2] ?? '').normalize('NFC') });
    }
  }
  return out;
}

// ───────────────────────────── PDF layout ─────────────────────────────

const PT_PER_MM = 72 / 25.4;
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_L = 30 * PT_PER_MM;
const MARGIN_R = 18 * PT_PER_MM;
const MARGIN_T = 18 * PT_PER_MM;
const MARGIN_B = 20 * PT_PER_MM;
const TEXT_W = PAGE_W - MARGIN_L - MARGIN_R;
const INK = rgb(0.08, 0.08, 0.08);

/** Two embedded subsets; italics are the regular and bold faces slanted (as DejaVu's own obliques are). */
interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const SLANT = degrees(12);

const TYPE_NAMES: Record<string, string> = {
  'quyet-dinh': 'Quyết định',
  'cong-van': 'Công văn',
  'ke-hoach': 'Kế hoạch',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  'huong-dan': 'Hướng dẫn',
  'chi-thi': 'Chỉ thị',
  'quy-che': 'Quy chế',
  'bieu-mau': 'Biểu mẫu',
  'du-thao': 'Dự thảo',
};

function vnDate(iso: string): { d: string; m: string; y: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { d: d < 10 ? `0${d}` : String(d), m: m < 3 ? `0${m}` : String(m), y: String(y) };
}

function asIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '2026-01-01');
}

/** Markdown → blocks the PDF can lay out. Inline formatting is dropped. */
type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'item'; text: string; marker: string }
  | { kind: 'table'; rows: string[][] };

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[\s(])\*([^*]+)\*/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim();
}

function parseMarkdown(md: string): Block[] {
  const blocks: Block[] = [];
  const lines = md.split(/\r?\n/);
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'para', text: inline(para.join(' ')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) {
      flush();
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      flush();
      blocks.push({ kind: 'heading', text: inline(line.replace(/^#+\s*/, '')) });
    } else if (line.startsWith('|')) {
      flush();
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|')) {
        const row = (lines[i] ?? '').trim().replace(/^\||\|$/g, '').split('|').map((c) => inline(c.trim()));
        if (!row.every((c) => /^:?-{2,}:?$/.test(c))) rows.push(row);
        i++;
      }
      i--;
      blocks.push({ kind: 'table', rows });
    } else if (/^([-*+]|\d+\.)\s/.test(line)) {
      flush();
      const marker = /^\d+\./.test(line) ? (line.match(/^\d+\./)?.[0] ?? '-') : '-';
      blocks.push({ kind: 'item', marker, text: inline(line.replace(/^([-*+]|\d+\.)\s+/, '')) });
    } else if (line.startsWith('>')) {
      para.push(line.replace(/^>\s?/, ''));
    } else {
      para.push(line);
    }
  }
  flush();
  return blocks.filter((b) => b.kind !== 'para' || b.text);
}

const NBSP = '\u00a0';

function protect(text: string): string {
  let out = text;
  for (const phrase of KEEP_TOGETHER) out = out.split(phrase).join(phrase.replace(/ /g, NBSP));
  return out;
}

/** Greedy line breaking on normal spaces; non-breaking spaces hold phrases together. */
function wrap(text: string, font: PDFFont, size: number, width: number, firstIndent = 0): string[] {
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

class Writer {
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
    this.page.drawText(text, { x: cx - w / 2, y: this.y - size, size, font, color: INK, ySkew: italic ? SLANT : undefined });
  }

  paragraph(text: string, opts: { font?: PDFFont; size?: number; indent?: number; left?: number; width?: number; gap?: number } = {}): void {
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
      Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r, i) => f(r[c] ?? '') * ((i === 0 ? this.fonts.bold : this.fonts.regular).widthOfTextAtSize('M', size) / this.fonts.regular.widthOfTextAtSize('M', size)) * size)));
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
      if (r === 0) this.page.drawRectangle({ x: MARGIN_L, y: this.y - height, width: TEXT_W, height, color: rgb(0.92, 0.92, 0.92) });
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

interface DocMeta {
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

function positionLines(site: SiteMedia, level: string, signer: string): string[] {
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

async function renderPdf(site: SiteMedia, meta: DocMeta, fontBytes: Record<keyof Fonts, Uint8Array>): Promise<Uint8Array> {
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
  w.page.drawLine({ start: { x: rightCx - mottoW / 2, y: w.y + 1 }, end: { x: rightCx + mottoW / 2, y: w.y + 1 }, thickness: 0.6, color: INK });
  const rightBottom = w.y;

  // Cơ quan ban hành (left).
  w.y = top;
  for (const line of header) {
    w.centered(line.text, leftCx, line.bold ? fonts.bold : fonts.regular, 10.5);
    w.y -= 15;
  }
  const boldW = fonts.bold.widthOfTextAtSize(header.at(-1)!.text, 10.5);
  w.page.drawLine({ start: { x: leftCx - boldW / 4, y: w.y - 1 }, end: { x: leftCx + boldW / 4, y: w.y - 1 }, thickness: 0.6, color: INK });
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
  const dateLine = meta.draft ? `${place}, ngày      tháng      năm ${d.y}` : `${place}, ngày ${d.d} tháng ${d.m} năm ${d.y}`;
  w.centered(dateLine, rightCx, fonts.regular, 11, true);
  w.y = Math.min(w.y - 24, leftBottom - 10);

  if (meta.draft) {
    w.page.drawRectangle({ x: PAGE_W - MARGIN_R - 78, y: PAGE_H - MARGIN_T + 18, width: 78, height: 20, borderColor: INK, borderWidth: 0.8 });
    w.page.drawText('DỰ THẢO', { x: PAGE_W - MARGIN_R - 66, y: PAGE_H - MARGIN_T + 24, size: 10, font: fonts.bold, color: INK });
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
    w.page.drawLine({ start: { x: PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2 - lastW / 2, y: w.y - 2 }, end: { x: PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2 + lastW / 2, y: w.y - 2 }, thickness: 0.6, color: INK });
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
    page.drawText(note, { x: (PAGE_W - nw) / 2, y: 10 * PT_PER_MM, size: 8, font: fonts.regular, color: rgb(0.45, 0.45, 0.45), ySkew: SLANT });
  });

  const when = new Date(`${meta.issued}T08:00:00+07:00`);
  doc.setTitle(meta.title);
  doc.setAuthor(header.at(-1)!.text);
  doc.setSubject(meta.number);
  doc.setCreator('Cổng trường – scripts/generate-example-media.ts');
  doc.setProducer('pdf-lib');
  doc.setLanguage('vi-VN');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return doc.save({ useObjectStreams: true });
}

function lowerFirst(text: string): string {
  const t = text.replace(/^(V\/v|Về việc)\s+/i, '');
  // Keep proper nouns (e.g. "Ngày Nhà giáo") that start a title: lower only common first words.
  const first = t.split(' ')[0] ?? '';
  return /^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$/u.test(first) && !['Ngày', 'Tết', 'Đoàn', 'Đội', 'Sở', 'Bộ', 'Trường'].includes(first) ? t.charAt(0).toLocaleLowerCase('vi') + t.slice(1) : t;
}

/** "Kế hoạch tổ chức hội thi…" under the heading KẾ HOẠCH reads "Tổ chức hội thi…". */
function trichYeu(type: string, title: string): string {
  const name = TYPE_NAMES[type] ?? '';
  let rest = title;
  if (name && title.toLocaleLowerCase('vi').startsWith(name.toLocaleLowerCase('vi'))) rest = title.slice(name.length).trim();
  if (type === 'quyet-dinh' || type === 'du-thao') {
    rest = rest.replace(/^(về việc|v\/v)\s+/i, '');
    return `Về việc ${lowerFirst(rest)}`;
  }
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

function metaFor(site: SiteMedia, entry: ContentEntry, fileName: string): DocMeta {
  const d = entry.data;
  const extra = PDF_EXTRA[site.id]?.[fileName] ?? {};
  const blocks = parseMarkdown(entry.body);
  const seq = 40 + (hashString(`${site.id}/${fileName}`) % 150);
  if (entry.collection === 'van-ban') {
    return {
      issuerLevel: String(d.issuerLevel),
      type: String(d.type),
      number: String(d.number),
      issued: asIso(d.issued),
      title: String(d.title),
      signer: String(d.signer ?? site.principal),
      draft: false,
      paragraphs: blocks,
      extra,
    };
  }
  const base = { issuerLevel: 'truong', signer: site.principal, draft: false, paragraphs: blocks, extra, title: String(d.title) };
  switch (entry.collection) {
    case 'cong-khai':
      return { ...base, type: 'thong-bao', number: `${seq}/TB-${site.abbr}`, issued: asIso(d.published) };
    case 'tuyen-sinh':
      return { ...base, type: d.kind === 'ke-hoach' ? 'ke-hoach' : 'thong-bao', number: `${seq}/${d.kind === 'ke-hoach' ? 'KH' : 'TB'}-${site.abbr}`, issued: asIso(d.date) };
    case 'lay-y-kien':
      return { ...base, type: 'du-thao', number: `${seq}/QĐ-${site.abbr}`, issued: asIso(d.opens), draft: true, title: String(d.title).replace(/^(Lấy ý kiến|Góp ý)( về)?( dự thảo)?\s*/i, '') };
    case 'ke-hoach':
      return { ...base, type: 'ke-hoach', number: `${seq}/KH-${site.abbr}`, issued: asIso(d.published), signer: site.vices[0] ?? site.principal };
    default:
      return { ...base, type: 'thong-bao', number: `${seq}/TB-${site.abbr}`, issued: asIso(d.date) };
  }
}

// ───────────────────────────── main ─────────────────────────────

async function generateImages(site: SiteMedia): Promise<void> {
  const dir = join(ROOT, 'sites', site.id, 'media');
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (const photo of site.photos) {
    const rng = rngFor(`${site.id}/${photo.file}`);
    const body = SCENES[photo.scene]!({ rng, school: site.school, label: photo.label, preschool: site.preschool });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}${caption(photo.caption)}</svg>`;
    total += await writeJpeg(svg, join(dir, photo.file));
  }
  for (const p of site.portraits) {
    const rng = rngFor(`${site.id}/${p.file}`);
    const svg = portraitSvg(rng, { woman: p.woman, shirt: p.shirt, bg: site.preschool ? '#fde2e4' : '#dbe7f3', label: `${p.label} – ảnh minh họa` });
    total += await writeJpeg(svg, join(dir, p.file), 360, 480);
  }
  const org = orgChartSvg(site.org.title, site.colour, site.org.top, site.org.leadership, site.org.units);
  const png = await sharp(Buffer.from(org)).png({ palette: true, colours: 32, compressionLevel: 9, effort: 10 }).toBuffer();
  writeFileSync(join(dir, site.org.file), png);
  total += png.length;
  console.log(`${site.id}: ${site.photos.length + site.portraits.length + 1} ảnh, ${(total / 1024).toFixed(0)} KB`);
}

async function generatePdfs(site: SiteMedia): Promise<void> {
  const siteDir = join(ROOT, 'sites', site.id);
  const out = join(siteDir, 'public', 'tep');
  mkdirSync(out, { recursive: true });
  const fontBytes = {
    regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  const jobs = new Map<string, ContentEntry>();
  for (const entry of readContent(siteDir)) {
    const files = Array.isArray(entry.data.files) ? (entry.data.files as { file?: string }[]) : [];
    for (const f of files) {
      if (typeof f.file === 'string' && f.file.endsWith('.pdf') && !jobs.has(f.file)) jobs.set(f.file, entry);
    }
  }
  // Remove PDFs no longer referenced, so the folder mirrors the content.
  for (const name of readdirSync(out)) {
    if (name.endsWith('.pdf') && !jobs.has(`/tep/${name}`)) rmSync(join(out, name));
  }
  let total = 0;
  let largest = 0;
  for (const [file, entry] of jobs) {
    const name = file.slice('/tep/'.length);
    const bytes = await renderPdf(site, metaFor(site, entry, name), fontBytes);
    if (bytes.length > MAX_PDF_BYTES) console.warn(`  ! ${name}: ${(bytes.length / 1024).toFixed(0)} KB (> 60 KB)`);
    writeFileSync(join(out, name), bytes);
    total += bytes.length;
    largest = Math.max(largest, bytes.length);
  }
  console.log(`${site.id}: ${jobs.size} PDF, ${(total / 1024).toFixed(0)} KB (lớn nhất ${(largest / 1024).toFixed(0)} KB)`);
}

const { values } = parseArgs({ options: { only: { type: 'string' }, site: { type: 'string' } } });
for (const site of SITES.filter((s) => !values.site || s.id === values.site)) {
  if (values.only !== 'pdf') await generateImages(site);
  if (values.only !== 'images') await generatePdfs(site);
}
