/** The SVG drawing kit of the illustrative photos: people, sky, buildings, flags, banners, classroom furniture. */
import { type Rng, between, pick } from './rng.ts';

export const W = 1200;
export const H = 800;
export const FONT = 'font-family="DejaVu Sans, sans-serif"';

export const SKIN = ['#f1c9a5', '#e8b98f', '#d9a477', '#f3d2b3', '#c98e62'];
export const HAIR = ['#1f1a17', '#2b211c', '#3a2a20', '#151515'];
export const KID_CLOTHES = [
  '#ef476f',
  '#ffd166',
  '#06d6a0',
  '#118ab2',
  '#f78c6b',
  '#9b5de5',
  '#00bbf9',
  '#f15bb5',
  '#8ac926',
];

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface PersonOpts {
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

export function person(o: PersonOpts): string {
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
    parts.push(
      `<path d="M${o.x - torsoW * 0.45},${legTop - 4} L${o.x + torsoW * 0.45},${legTop - 4} L${o.x + torsoW * 0.62},${legTop + (o.y - legTop) * 0.55} L${o.x - torsoW * 0.62},${legTop + (o.y - legTop) * 0.55} Z" fill="${o.pants}"/>`,
    );
  } else {
    parts.push(
      `<rect x="${o.x - legW * 1.2}" y="${legTop - 2}" width="${legW}" height="${o.y - legTop + 2}" rx="${legW / 3}" fill="${o.pants}"/>`,
    );
    parts.push(
      `<rect x="${o.x + legW * 0.2}" y="${legTop - 2}" width="${legW}" height="${o.y - legTop + 2}" rx="${legW / 3}" fill="${o.pants}"/>`,
    );
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
      parts.push(
        armLine(lx, shoulderY, lx - armLen * 0.35, shoulderY - armLen * 0.9),
        armLine(rx, shoulderY, rx + armLen * 0.35, shoulderY - armLen * 0.9),
      );
      break;
    case 'wave':
      parts.push(
        armLine(lx, shoulderY, lx - arm * 0.3, shoulderY + armLen),
        armLine(rx, shoulderY, rx + armLen * 0.45, shoulderY - armLen * 0.8),
      );
      break;
    case 'front':
      parts.push(
        armLine(lx, shoulderY, o.x - torsoW * 0.1, shoulderY + armLen * 0.7),
        armLine(rx, shoulderY, o.x + torsoW * 0.1, shoulderY + armLen * 0.7),
      );
      break;
    default:
      parts.push(
        armLine(lx, shoulderY, lx - arm * 0.3, shoulderY + armLen),
        armLine(rx, shoulderY, rx + arm * 0.3, shoulderY + armLen),
      );
  }
  parts.push(
    `<rect x="${lx}" y="${torsoTop}" width="${torsoW}" height="${legTop - torsoTop + 4}" rx="${torsoW * 0.22}" fill="${o.shirt}"/>`,
  );
  if (o.scarf && !o.back) {
    parts.push(
      `<path d="M${o.x - torsoW * 0.28},${torsoTop + 1} L${o.x + torsoW * 0.28},${torsoTop + 1} L${o.x},${torsoTop + torsoW * 0.55} Z" fill="#d62828"/>`,
    );
  }
  if (o.holding) {
    parts.push(
      `<rect x="${o.x - torsoW * 0.35}" y="${shoulderY + armLen * 0.45}" width="${torsoW * 0.7}" height="${torsoW * 0.5}" rx="3" fill="${o.holding}"/>`,
    );
  }
  // head and hair
  parts.push(`<circle cx="${o.x}" cy="${headY}" r="${headR}" fill="${skin}"/>`);
  if (o.back) {
    parts.push(`<circle cx="${o.x}" cy="${headY}" r="${headR * 1.02}" fill="${hair}"/>`);
  } else {
    parts.push(
      `<path d="M${o.x - headR * 1.05},${headY + headR * 0.1} A${headR * 1.05},${headR * 1.1} 0 0 1 ${o.x + headR * 1.05},${headY + headR * 0.1} Q${o.x},${headY - headR * 0.45} ${o.x - headR * 1.05},${headY + headR * 0.1} Z" fill="${hair}"/>`,
    );
    parts.push(
      `<circle cx="${o.x - headR * 0.35}" cy="${headY + headR * 0.1}" r="${headR * 0.09}" fill="#222"/><circle cx="${o.x + headR * 0.35}" cy="${headY + headR * 0.1}" r="${headR * 0.09}" fill="#222"/>`,
    );
    parts.push(
      `<path d="M${o.x - headR * 0.3},${headY + headR * 0.45} Q${o.x},${headY + headR * 0.7} ${o.x + headR * 0.3},${headY + headR * 0.45}" stroke="#8a3b2e" stroke-width="${Math.max(1.5, headR * 0.08)}" fill="none" stroke-linecap="round"/>`,
    );
  }
  if (o.longHair) {
    parts.push(
      `<rect x="${o.x - headR * 1.05}" y="${headY}" width="${headR * 0.45}" height="${headR * 1.6}" rx="${headR * 0.2}" fill="${hair}"/><rect x="${o.x + headR * 0.6}" y="${headY}" width="${headR * 0.45}" height="${headR * 1.6}" rx="${headR * 0.2}" fill="${hair}"/>`,
    );
  }
  return `<g>${parts.join('')}</g>`;
}

export function student(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
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

export function adult(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
  const woman = rng() < 0.6;
  return person({
    x,
    y,
    h,
    shirt: woman
      ? pick(rng, ['#c1121f', '#f4a261', '#e9c46a', '#6d597a', '#2a9d8f', '#ffffff', '#b5838d'])
      : pick(rng, ['#ffffff', '#dfe7fd', '#caf0f8', '#e9ecef']),
    pants: woman
      ? pick(rng, ['#1d3557', '#3d405b', '#6d597a', '#283618'])
      : pick(rng, ['#2b2d42', '#3d405b', '#1b263b']),
    skirt: woman && rng() < 0.5,
    skin: pick(rng, SKIN),
    hair: pick(rng, HAIR),
    longHair: woman && rng() < 0.6,
    ...extra,
  });
}

export function kid(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
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

export function sky(top: string, bottom: string, id = 'sky'): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

export function sun(x: number, y: number, r: number): string {
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffd166"/><circle cx="${x}" cy="${y}" r="${r * 1.5}" fill="#ffd166" fill-opacity="0.25"/>`;
}

export function cloud(x: number, y: number, s: number): string {
  return `<g fill="#ffffff" fill-opacity="0.9"><ellipse cx="${x}" cy="${y}" rx="${60 * s}" ry="${24 * s}"/><ellipse cx="${x - 40 * s}" cy="${y + 6 * s}" rx="${40 * s}" ry="${18 * s}"/><ellipse cx="${x + 35 * s}" cy="${y - 10 * s}" rx="${40 * s}" ry="${22 * s}"/></g>`;
}

export function tree(x: number, y: number, s: number, leaf = '#2d6a4f'): string {
  return `<g><rect x="${x - 9 * s}" y="${y - 90 * s}" width="${18 * s}" height="${90 * s}" fill="#7f5539"/><circle cx="${x}" cy="${y - 120 * s}" r="${55 * s}" fill="${leaf}"/><circle cx="${x - 40 * s}" cy="${y - 95 * s}" r="${38 * s}" fill="${leaf}"/><circle cx="${x + 42 * s}" cy="${y - 98 * s}" r="${40 * s}" fill="${leaf}"/><circle cx="${x + 10 * s}" cy="${y - 150 * s}" r="${35 * s}" fill="#40916c"/></g>`;
}

export function building(
  x: number,
  y: number,
  w: number,
  h: number,
  wall: string,
  roof: string,
  sign?: string,
  floors = 3,
): string {
  const parts = [
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${wall}"/>`,
    `<rect x="${x - 12}" y="${y - 18}" width="${w + 24}" height="22" fill="${roof}"/>`,
  ];
  const floorH = (h - 10) / floors;
  const cols = Math.max(3, Math.floor(w / 70));
  for (let f = 0; f < floors; f++) {
    parts.push(
      `<rect x="${x}" y="${y + f * floorH + floorH - 8}" width="${w}" height="6" fill="#ffffff" fill-opacity="0.7"/>`,
    );
    for (let c = 0; c < cols; c++) {
      const wx = x + 18 + c * ((w - 36) / cols);
      parts.push(
        `<rect x="${wx}" y="${y + f * floorH + 16}" width="${(w - 36) / cols - 16}" height="${floorH - 40}" fill="#a8dadc" stroke="#ffffff" stroke-width="3"/>`,
      );
    }
  }
  if (sign) {
    parts.push(
      `<rect x="${x + w / 2 - 230}" y="${y - 70}" width="460" height="50" rx="6" fill="#1d4e89"/><text x="${x + w / 2}" y="${y - 36}" ${FONT} font-size="24" font-weight="bold" fill="#ffd166" text-anchor="middle">${esc(sign)}</text>`,
    );
  }
  return parts.join('');
}

export function vnFlag(x: number, y: number, w: number): string {
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

export function flagpole(x: number, ground: number, height: number, flagW: number): string {
  return `<rect x="${x - 4}" y="${ground - height}" width="8" height="${height}" fill="#adb5bd"/><circle cx="${x}" cy="${ground - height}" r="8" fill="#ffd166"/>${vnFlag(x + 4, ground - height + 6, flagW)}<rect x="${x - 60}" y="${ground - 16}" width="120" height="16" fill="#ced4da"/>`;
}

export function banner(
  x: number,
  y: number,
  w: number,
  h: number,
  text: string,
  fill = '#c1121f',
  ink = '#ffd166',
  size = 30,
): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${fill}"/><text x="${x + w / 2}" y="${y + h / 2 + size * 0.36}" ${FONT} font-size="${size}" font-weight="bold" fill="${ink}" text-anchor="middle">${esc(text)}</text>`;
}

export function stage(y: number, text: string, color = '#1d4e89'): string {
  return `<rect x="120" y="${y}" width="960" height="260" fill="${color}"/><rect x="80" y="${y + 260}" width="1040" height="40" fill="#6c4f3d"/>${banner(170, y + 30, 860, 70, text, '#c1121f', '#ffd166', 30)}`;
}

export function balloons(rng: Rng, x: number, y: number, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const bx = x + i * 34 + between(rng, -6, 6);
    const by = y + between(rng, -20, 20);
    parts.push(
      `<line x1="${bx}" y1="${by + 26}" x2="${x + n * 17}" y2="${y + 130}" stroke="#6c757d" stroke-width="1.5"/><ellipse cx="${bx}" cy="${by}" rx="20" ry="26" fill="${pick(rng, KID_CLOTHES)}"/>`,
    );
  }
  return parts.join('');
}

export function flowers(rng: Rng, x: number, y: number, w: number): string {
  const parts: string[] = [`<rect x="${x}" y="${y}" width="${w}" height="40" rx="8" fill="#2d6a4f"/>`];
  for (let i = 0; i < w / 22; i++) {
    parts.push(
      `<circle cx="${x + 10 + i * 22}" cy="${y + between(rng, -4, 12)}" r="${between(rng, 7, 11)}" fill="${pick(rng, ['#ffd60a', '#ff006e', '#fb5607', '#ffffff', '#f15bb5'])}"/>`,
    );
  }
  return parts.join('');
}

export function chalkboard(x: number, y: number, w: number, h: number, lines: string[]): string {
  const text = lines
    .map((l, i) => `<text x="${x + 40}" y="${y + 70 + i * 50}" ${FONT} font-size="32" fill="#f8f9fa">${esc(l)}</text>`)
    .join('');
  return `<rect x="${x - 14}" y="${y - 14}" width="${w + 28}" height="${h + 28}" fill="#8d6e63"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#2f5d50"/>${text}`;
}

export function desk(x: number, y: number, w: number, color = '#b08968'): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="18" fill="${color}"/><rect x="${x + 8}" y="${y + 18}" width="10" height="50" fill="#6c584c"/><rect x="${x + w - 18}" y="${y + 18}" width="10" height="50" fill="#6c584c"/>`;
}

export function bookshelf(rng: Rng, x: number, y: number, w: number, h: number): string {
  const parts = [`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#7f5539"/>`];
  const shelves = 4;
  const sh = h / shelves;
  for (let s = 0; s < shelves; s++) {
    let bx = x + 10;
    while (bx < x + w - 24) {
      const bw = between(rng, 12, 24);
      const bh = sh - between(rng, 14, 28);
      parts.push(
        `<rect x="${bx}" y="${y + s * sh + sh - 8 - bh}" width="${bw}" height="${bh}" fill="${pick(rng, ['#e63946', '#457b9d', '#f4a261', '#2a9d8f', '#e9c46a', '#8338ec', '#fefae0'])}"/>`,
      );
      bx += bw + 2;
    }
    parts.push(`<rect x="${x}" y="${y + s * sh + sh - 8}" width="${w}" height="8" fill="#583c29"/>`);
  }
  return parts.join('');
}

export function lantern(rng: Rng, x: number, y: number, s: number): string {
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

export function crowd(
  rng: Rng,
  rows: number,
  y0: number,
  opts: {
    kind: 'student' | 'kid' | 'adult';
    scarf?: boolean;
    back?: boolean;
    x0?: number;
    x1?: number;
    h0?: number;
    arms?: PersonOpts['arms'];
  },
): string {
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

export function caption(text: string): string {
  return `<rect x="0" y="${H - 72}" width="${W}" height="72" fill="#000000" fill-opacity="0.6"/><text x="36" y="${H - 26}" ${FONT} font-size="30" fill="#ffffff">${esc(text)}</text><rect x="${W - 180}" y="18" width="162" height="36" rx="18" fill="#000000" fill-opacity="0.45"/><text x="${W - 99}" y="43" ${FONT} font-size="19" fill="#ffffff" text-anchor="middle">Ảnh minh họa</text>`;
}
