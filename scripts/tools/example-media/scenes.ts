/** The scenes the example photos are drawn from (one per kind of school event), the leaders' portraits and the organisation chart. */
import { type Rng, between, pick } from './rng.ts';
import {
  FONT,
  H,
  HAIR,
  KID_CLOTHES,
  SKIN,
  W,
  adult,
  balloons,
  banner,
  bookshelf,
  building,
  chalkboard,
  cloud,
  crowd,
  desk,
  esc,
  flagpole,
  flowers,
  kid,
  lantern,
  person,
  sky,
  stage,
  student,
  sun,
  tree,
  vnFlag,
} from './svg-kit.ts';

export interface SceneCtx {
  rng: Rng;
  /** School name painted on banners and signs. */
  school: string;
  /** Banner text (year, event). */
  label: string;
  preschool: boolean;
}

export type Scene = (c: SceneCtx) => string;

/** The teacher in front of a group, waving (long hair, skirt); `skin` and `hair` index SKIN and HAIR. */
function teacher(x: number, y: number, h: number, shirt: string, pants: string, skin: number, hair: number): string {
  return person({
    x,
    y,
    h,
    shirt,
    pants,
    skin: SKIN[skin],
    hair: HAIR[hair],
    arms: 'wave',
    longHair: true,
    skirt: true,
  });
}

export const SCENES: Record<string, Scene> = {
  'san-truong': ({ rng, school, preschool }) =>
    sky('#8ecae6', '#e0f4ff') +
    sun(1040, 110, 50) +
    cloud(260, 120, 1.2) +
    cloud(700, 80, 0.9) +
    building(180, 230, 840, 330, preschool ? '#ffd6a5' : '#f6e7c1', preschool ? '#e76f51' : '#bc4749', school, 3) +
    `<rect y="560" width="${W}" height="${H - 560}" fill="${preschool ? '#95d5b2' : '#cfd8dc'}"/>` +
    tree(90, 600, 1.3) +
    tree(1110, 610, 1.2) +
    flowers(rng, 240, 560, 720) +
    (preschool
      ? crowd(rng, 1, 700, { kind: 'kid', x0: 300, x1: 900, h0: 140 })
      : crowd(rng, 1, 710, { kind: 'student', x0: 260, x1: 960, h0: 170 })),

  'chao-co': ({ rng, label }) =>
    sky('#90e0ef', '#caf0f8') +
    cloud(300, 110, 1) +
    cloud(900, 150, 0.8) +
    building(0, 250, W, 260, '#f6e7c1', '#bc4749', undefined, 2) +
    `<rect y="500" width="${W}" height="${H - 500}" fill="#d9d9d9"/>` +
    flagpole(600, 560, 420, 130) +
    banner(330, 505, 540, 48, label, '#c1121f', '#ffd166', 24) +
    crowd(rng, 3, 640, { kind: 'student', back: true, scarf: false, h0: 110 }),

  'khai-giang': ({ rng, label }) =>
    sky('#a9def9', '#e4f9ff') +
    stage(140, label) +
    vnFlag(180, 250, 120) +
    balloons(rng, 800, 260, 6) +
    `<rect y="440" width="${W}" height="${H - 440}" fill="#d8e2dc"/>` +
    person({
      x: 600,
      y: 400,
      h: 150,
      shirt: '#f4f1de',
      pants: '#3d405b',
      skin: SKIN[1],
      hair: HAIR[0],
      arms: 'front',
    }) +
    `<rect x="560" y="330" width="80" height="70" fill="#6c4f3d"/>` +
    flowers(rng, 140, 390, 300) +
    flowers(rng, 760, 390, 300) +
    crowd(rng, 3, 590, { kind: 'student', back: true, scarf: true, h0: 120 }),

  'lop-hoc': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#fefae0"/><rect y="560" width="${W}" height="${H - 560}" fill="#e9c46a"/>` +
    chalkboard(250, 90, 700, 260, [label, 'Bài học hôm nay:', '• Thảo luận nhóm']) +
    teacher(1030, 560, 300, '#ffffff', '#3d405b', 0, 1) +
    [0, 1, 2].map((r) => [0, 1, 2, 3].map((c) => desk(120 + c * 250, 600 + r * 60, 190)).join('')).join('') +
    crowd(rng, 2, 640, { kind: 'student', back: true, h0: 140, x0: 120, x1: 1100 }),

  'hop-phu-huynh': ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#f1faee"/><rect y="540" width="${W}" height="${H - 540}" fill="#d4a373"/>` +
    chalkboard(230, 80, 740, 220, [
      label,
      preschool ? 'Kế hoạch chăm sóc, giáo dục trẻ' : 'Kết quả học tập, rèn luyện',
    ]) +
    teacher(600, 520, 240, '#e76f51', '#264653', 1, 0) +
    crowd(rng, 2, 650, { kind: 'adult', back: true, h0: 180, x0: 60, x1: 1160 }) +
    [0, 1].map((r) => desk(40, 600 + r * 70, 1120, '#bc8a5f')).join(''),

  'doan-doi': ({ rng, label }) =>
    sky('#ffd6a5', '#fff1e6') +
    banner(150, 60, 900, 80, label, '#1d4e89', '#ffffff', 32) +
    flagpole(200, 520, 360, 110) +
    `<rect x="990" y="160" width="8" height="360" fill="#adb5bd"/><rect x="998" y="170" width="120" height="80" fill="#1d4e89"/><circle cx="1058" cy="210" r="26" fill="#d62828"/><rect x="1040" y="200" width="36" height="20" fill="#ffd166"/>` +
    `<rect y="520" width="${W}" height="${H - 520}" fill="#cdb4db"/>` +
    crowd(rng, 2, 660, { kind: 'student', scarf: true, arms: 'up', h0: 170, x0: 260, x1: 940 }),

  pccc: ({ rng, label }) =>
    sky('#adb5bd', '#e9ecef') +
    building(60, 180, 600, 330, '#f6e7c1', '#bc4749', undefined, 3) +
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
    teacher(840, 560, 290, '#ffffff', '#1d3557', 0, 0) +
    desk(880, 620, 280, '#a98467') +
    [0, 1, 2].map((i) => adult(rng, 930 + i * 90, 700, 150, { back: true })).join('') +
    (preschool
      ? crowd(rng, 2, 650, { kind: 'kid', back: true, h0: 110, x0: 60, x1: 780 })
      : crowd(rng, 2, 650, { kind: 'student', back: true, h0: 130, x0: 60, x1: 780 })),

  'nha-giao': ({ rng, label }) =>
    sky('#ffe5ec', '#fff0f3') +
    stage(120, label, '#9d174d') +
    `<text x="600" y="330" ${FONT} font-size="120" font-weight="bold" fill="#ffd166" text-anchor="middle">20-11</text>` +
    `<rect y="420" width="${W}" height="${H - 420}" fill="#e9ecef"/>` +
    [0, 1, 2, 3, 4]
      .map((i) =>
        adult(rng, 330 + i * 135, 560, 200, { arms: 'front', holding: pick(rng, ['#ff006e', '#ffbe0b', '#fb5607']) }),
      )
      .join('') +
    crowd(rng, 2, 680, { kind: 'student', back: true, scarf: true, h0: 120 }),

  'thi-hsg': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#f8f9fa"/><rect y="520" width="${W}" height="${H - 520}" fill="#ced4da"/>` +
    banner(200, 36, 800, 62, label, '#1d4e89', '#ffffff', 28) +
    `<rect x="430" y="340" width="340" height="180" fill="#adb5bd"/><rect x="560" y="370" width="80" height="60" rx="6" fill="#ffd166"/><text x="600" y="413" ${FONT} font-size="40" font-weight="bold" fill="#1d3557" text-anchor="middle">1</text><rect x="190" y="400" width="240" height="120" fill="#ced4da"/><text x="310" y="470" ${FONT} font-size="34" font-weight="bold" fill="#6c757d" text-anchor="middle">2</text><rect x="770" y="430" width="240" height="90" fill="#dee2e6"/><text x="890" y="490" ${FONT} font-size="34" font-weight="bold" fill="#6c757d" text-anchor="middle">3</text>` +
    student(rng, 600, 340, 165, { arms: 'up', scarf: true, holding: '#ffd166' }) +
    student(rng, 310, 400, 155, { arms: 'front', scarf: true, holding: '#e9c46a' }) +
    student(rng, 890, 430, 150, { arms: 'front', scarf: true, holding: '#e9c46a' }) +
    crowd(rng, 1, 720, { kind: 'adult', back: true, h0: 170 }),

  'doc-sach': ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#fff8e7"/><rect y="560" width="${W}" height="${H - 560}" fill="#e9c46a"/>` +
    bookshelf(rng, 60, 150, 330, 400) +
    bookshelf(rng, 810, 150, 330, 400) +
    banner(420, 60, 360, 80, label, '#2a9d8f', '#ffffff', 26) +
    `<rect x="440" y="420" width="320" height="26" fill="#b08968"/>` +
    [0, 1, 2, 3]
      .map(
        (i) =>
          `<rect x="${460 + i * 75}" y="${390 - (i % 2) * 8}" width="58" height="34" fill="${pick(rng, ['#e63946', '#457b9d', '#f4a261', '#2a9d8f'])}"/>`,
      )
      .join('') +
    (preschool
      ? crowd(rng, 2, 690, { kind: 'kid', h0: 130, x0: 120, x1: 1100, arms: 'front' })
      : crowd(rng, 2, 690, { kind: 'student', h0: 160, x0: 120, x1: 1100, arms: 'front', scarf: true })),

  'the-thao': ({ rng, label, preschool }) =>
    sky('#8ecae6', '#d7f0ff') +
    cloud(200, 100, 1) +
    sun(1050, 100, 45) +
    `<rect y="380" width="${W}" height="${H - 380}" fill="#52b788"/><path d="M0,560 Q600,470 1200,560" stroke="#ffffff" stroke-width="6" fill="none"/><path d="M0,650 Q600,560 1200,650" stroke="#ffffff" stroke-width="6" fill="none"/>` +
    banner(250, 60, 700, 66, label, '#f77f00', '#ffffff', 28) +
    `<circle cx="900" cy="640" r="30" fill="#ffffff"/><path d="M880,625 L900,615 L920,625 L915,650 L885,650 Z" fill="#212529"/>` +
    [0, 1, 2, 3, 4]
      .map((i) =>
        preschool
          ? kid(rng, 180 + i * 150, 600 + (i % 2) * 50, 150, { arms: pick(rng, ['up', 'wave'] as const) })
          : student(rng, 180 + i * 150, 600 + (i % 2) * 50, 190, {
              arms: pick(rng, ['up', 'wave'] as const),
              shirt: pick(rng, ['#ffffff', '#ffd166', '#118ab2']),
            }),
      )
      .join(''),

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
    Array.from(
      { length: 40 },
      () =>
        `<circle cx="${between(rng, 0, W)}" cy="${between(rng, 0, 300)}" r="${between(rng, 1, 3)}" fill="#ffffff"/>`,
    ).join('') +
    Array.from({ length: 9 }, (_, i) =>
      lantern(rng, 80 + i * 130, between(rng, 150, 260), between(rng, 0.8, 1.2)),
    ).join('') +
    banner(260, 330, 680, 62, label, '#e63946', '#ffd166', 28) +
    `<rect y="560" width="${W}" height="${H - 560}" fill="#6a4c93"/>` +
    (preschool
      ? crowd(rng, 2, 680, { kind: 'kid', h0: 140, arms: 'wave' })
      : crowd(rng, 2, 690, { kind: 'student', h0: 160, arms: 'wave', scarf: true })),

  'kham-suc-khoe': ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#f0f7ff"/><rect y="560" width="${W}" height="${H - 560}" fill="#cfe1f2"/>` +
    banner(300, 50, 600, 60, label, '#0077b6', '#ffffff', 26) +
    `<rect x="960" y="150" width="150" height="150" rx="12" fill="#ffffff" stroke="#0077b6" stroke-width="4"/><rect x="1020" y="175" width="30" height="100" fill="#e63946"/><rect x="985" y="210" width="100" height="30" fill="#e63946"/>` +
    `<rect x="140" y="420" width="400" height="24" fill="#ffffff" stroke="#adb5bd" stroke-width="2"/><rect x="160" y="444" width="16" height="120" fill="#adb5bd"/><rect x="500" y="444" width="16" height="120" fill="#adb5bd"/>` +
    `<rect x="640" y="200" width="30" height="360" fill="#ced4da"/>` +
    Array.from(
      { length: 8 },
      (_, i) => `<rect x="670" y="${220 + i * 40}" width="20" height="4" fill="#495057"/>`,
    ).join('') +
    person({
      x: 340,
      y: 560,
      h: 260,
      shirt: '#ffffff',
      pants: '#adb5bd',
      skin: SKIN[0],
      hair: HAIR[0],
      arms: 'front',
      longHair: true,
    }) +
    (preschool
      ? kid(rng, 700, 580, 170, { arms: 'down' }) + crowd(rng, 1, 720, { kind: 'kid', h0: 140, x0: 760, x1: 1180 })
      : student(rng, 700, 580, 220) + crowd(rng, 1, 730, { kind: 'student', h0: 170, x0: 760, x1: 1180 })),

  'tong-ket': ({ rng, label }) =>
    sky('#caf0f8', '#f1faee') +
    stage(110, label, '#023e8a') +
    `<rect y="410" width="${W}" height="${H - 410}" fill="#dee2e6"/>` +
    Array.from({ length: 6 }, (_, i) =>
      student(rng, 250 + i * 140, 370, 150, { scarf: true, holding: '#ffd166', arms: 'front' }),
    ).join('') +
    balloons(rng, 40, 230, 2) +
    balloons(rng, 1100, 230, 2) +
    crowd(rng, 2, 660, { kind: 'adult', back: true, h0: 150 }),

  'san-choi': ({ rng }) =>
    sky('#a0e7e5', '#e8fffd') +
    sun(120, 110, 55) +
    cloud(600, 90, 1.1) +
    cloud(1000, 140, 0.8) +
    `<rect y="520" width="${W}" height="${H - 520}" fill="#95d5b2"/>` +
    `<rect x="160" y="300" width="20" height="240" fill="#ef476f"/><rect x="300" y="300" width="20" height="240" fill="#ef476f"/><rect x="150" y="290" width="180" height="24" fill="#ffd166"/><path d="M320,310 L560,540 L520,540 L300,330 Z" fill="#118ab2"/>` +
    Array.from(
      { length: 6 },
      (_, i) => `<rect x="180" y="${330 + i * 35}" width="120" height="6" fill="#ffd166"/>`,
    ).join('') +
    `<rect x="760" y="260" width="16" height="280" fill="#06d6a0"/><rect x="1060" y="260" width="16" height="280" fill="#06d6a0"/><rect x="750" y="250" width="336" height="20" fill="#073b4c"/><line x1="850" y1="270" x2="850" y2="440" stroke="#495057" stroke-width="4"/><line x1="930" y1="270" x2="930" y2="440" stroke="#495057" stroke-width="4"/><rect x="835" y="440" width="110" height="14" fill="#ef476f"/>` +
    kid(rng, 890, 440, 120, { arms: 'up' }) +
    kid(rng, 430, 470, 130, { arms: 'up' }) +
    crowd(rng, 1, 700, { kind: 'kid', h0: 150, arms: 'wave' }),

  'lop-mau-giao': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#fff1e6"/><rect y="520" width="${W}" height="${H - 520}" fill="#f4acb7"/>` +
    `<rect x="80" y="80" width="1040" height="90" rx="16" fill="#ffffff"/>` +
    ['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê', 'G', 'H', 'I']
      .map(
        (ch, i) =>
          `<text x="${120 + i * 82}" y="145" ${FONT} font-size="48" font-weight="bold" fill="${pick(rng, KID_CLOTHES)}">${ch}</text>`,
      )
      .join('') +
    banner(340, 200, 520, 56, label, '#9d174d', '#ffffff', 24) +
    bookshelf(rng, 60, 300, 220, 220) +
    `<rect x="960" y="320" width="180" height="200" rx="10" fill="#90be6d"/><circle cx="1050" cy="380" r="30" fill="#f9c74f"/>` +
    teacher(600, 560, 260, '#f15bb5', '#3d405b', 0, 0) +
    Array.from({ length: 8 }, (_, i) =>
      kid(rng, 140 + i * 130, 720 - (i % 2) * 14, 150, { arms: pick(rng, ['down', 'up', 'front'] as const) }),
    ).join(''),

  'lam-noi-tro': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#fefae0"/><rect y="500" width="${W}" height="${H - 500}" fill="#ddbea9"/>` +
    banner(300, 50, 600, 60, label, '#bc6c25', '#ffffff', 26) +
    Array.from(
      { length: 5 },
      (_, i) =>
        kid(rng, 200 + i * 200, 560, 200, { arms: 'front', shirt: '#ffffff' }) +
        `<path d="M${172 + i * 200},${364} Q${200 + i * 200},${316} ${228 + i * 200},${364} Z" fill="#ffffff" stroke="#dee2e6" stroke-width="2"/>`,
    ).join('') +
    `<rect x="80" y="520" width="1040" height="40" fill="#a98467"/><rect x="100" y="560" width="20" height="160" fill="#6c584c"/><rect x="1080" y="560" width="20" height="160" fill="#6c584c"/>` +
    Array.from(
      { length: 9 },
      (_, i) =>
        `<circle cx="${170 + i * 110}" cy="505" r="${between(rng, 14, 22)}" fill="${pick(rng, ['#f77f00', '#d62828', '#fcbf49', '#80b918', '#ffffff'])}"/>`,
    ).join('') +
    `<ellipse cx="600" cy="510" rx="70" ry="18" fill="#e9ecef"/>`,

  'bua-an': ({ rng, label }) =>
    `<rect width="${W}" height="${H}" fill="#f1faee"/><rect y="470" width="${W}" height="${H - 470}" fill="#a8dadc"/>` +
    banner(330, 50, 540, 60, label, '#2a9d8f', '#ffffff', 26) +
    Array.from(
      { length: 2 },
      (_, r) =>
        Array.from({ length: 6 }, (_, i) => kid(rng, 140 + i * 185, 520 + r * 200, 150, { arms: 'front' })).join('') +
        `<rect x="70" y="${470 + r * 200}" width="1060" height="26" fill="#f4a261"/>` +
        Array.from(
          { length: 6 },
          (_, i) =>
            `<ellipse cx="${140 + i * 185}" cy="${466 + r * 200}" rx="34" ry="12" fill="#ffffff"/><ellipse cx="${140 + i * 185}" cy="${460 + r * 200}" rx="24" ry="8" fill="#e9c46a"/>`,
        ).join(''),
    ).join(''),

  'vuon-rau': ({ rng, label }) =>
    sky('#bde0fe', '#e2f0ff') +
    sun(1080, 100, 45) +
    banner(300, 50, 600, 60, label, '#386641', '#ffffff', 26) +
    `<rect y="380" width="${W}" height="${H - 380}" fill="#8d6e63"/>` +
    Array.from(
      { length: 4 },
      (_, r) =>
        `<rect x="60" y="${400 + r * 90}" width="1080" height="50" rx="20" fill="#6d4c41"/>` +
        Array.from(
          { length: 18 },
          (_, i) =>
            `<ellipse cx="${90 + i * 60}" cy="${405 + r * 90}" rx="18" ry="26" fill="${pick(rng, ['#38b000', '#70e000', '#008000'])}"/>`,
        ).join(''),
    ).join('') +
    Array.from({ length: 5 }, (_, i) =>
      kid(rng, 200 + i * 200, 700 - (i % 2) * 60, 150, { arms: pick(rng, ['front', 'wave'] as const) }),
    ).join('') +
    `<rect x="920" y="560" width="60" height="40" rx="6" fill="#00b4d8"/><rect x="975" y="565" width="40" height="8" fill="#00b4d8"/>`,

  'van-nghe': ({ rng, label }) =>
    sky('#ffc8dd', '#ffafcc') +
    stage(100, label, '#7b2cbf') +
    Array.from({ length: 6 }, (_, i) =>
      kid(rng, 290 + i * 125, 360, 130, {
        arms: i % 2 ? 'front' : 'wave',
        shirt: i % 2 ? '#ffd166' : '#ef476f',
        skirt: true,
      }),
    ).join('') +
    `<rect y="400" width="${W}" height="${H - 400}" fill="#e9ecef"/>` +
    crowd(rng, 2, 640, { kind: 'adult', back: true, h0: 150 }),

  tet: ({ rng, label, preschool }) =>
    `<rect width="${W}" height="${H}" fill="#fff3e0"/>` +
    banner(250, 40, 700, 70, label, '#c1121f', '#ffd166', 30) +
    Array.from(
      { length: 3 },
      (_, i) =>
        `<rect x="${90 + i * 370}" y="240" width="300" height="220" fill="#ffe8d6"/><path d="M${70 + i * 370},250 L${240 + i * 370},170 L${410 + i * 370},250 Z" fill="#c1121f"/><rect x="${90 + i * 370}" y="420" width="300" height="40" fill="#b08968"/>` +
        Array.from(
          { length: 5 },
          (_, k) =>
            `<circle cx="${120 + i * 370 + k * 60}" cy="405" r="16" fill="${pick(rng, ['#ffb703', '#fb8500', '#2a9d8f', '#e63946', '#80b918'])}"/>`,
        ).join(''),
    ).join('') +
    `<g>${Array.from({ length: 14 }, () => `<circle cx="${between(rng, 40, 1160)}" cy="${between(rng, 130, 220)}" r="${between(rng, 6, 11)}" fill="#ffc8dd"/>`).join('')}</g>` +
    `<rect y="470" width="${W}" height="${H - 470}" fill="#ffd6a5"/>` +
    (preschool
      ? crowd(rng, 2, 680, { kind: 'kid', h0: 140, arms: 'wave' })
      : crowd(rng, 2, 690, { kind: 'student', h0: 160, arms: 'wave' })),

  'ra-truong': ({ rng, label }) =>
    sky('#cdb4db', '#ffc8dd') +
    stage(110, label, '#5a189a') +
    Array.from(
      { length: 7 },
      (_, i) =>
        kid(rng, 230 + i * 125, 370, 140, {
          shirt: '#3a0ca3',
          arms: i % 3 === 0 ? 'wave' : 'front',
          holding: '#ffd166',
        }) +
        `<rect x="${205 + i * 125}" y="${226}" width="50" height="10" fill="#212529"/><rect x="${220 + i * 125}" y="${214}" width="20" height="13" fill="#212529"/>`,
    ).join('') +
    `<rect y="410" width="${W}" height="${H - 410}" fill="#f8edeb"/>` +
    balloons(rng, 40, 260, 3) +
    balloons(rng, 1060, 260, 3) +
    crowd(rng, 2, 650, { kind: 'adult', back: true, h0: 150 }),
};

export function portraitSvg(rng: Rng, opts: { woman: boolean; shirt: string; bg: string; label: string }): string {
  const w = 360;
  const h = 480;
  const skin = pick(rng, SKIN);
  const hair = pick(rng, HAIR);
  const longHair = opts.woman ? `<path d="M110,170 Q100,300 120,330 L240,330 Q260,300 250,170 Z" fill="${hair}"/>` : '';
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

export interface OrgNode {
  label: string;
  children?: OrgNode[];
}

/** Organisation chart: a title, the leadership row, and the units below, as boxes and lines. */
export function orgChartSvg(
  title: string,
  colour: string,
  top: OrgNode[],
  leadership: string,
  units: OrgNode[],
): string {
  const w = 1200;
  const h = 760;
  const parts: string[] = [
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<text x="${w / 2}" y="54" ${FONT} font-size="30" font-weight="bold" fill="${colour}" text-anchor="middle">${esc(title)}</text>`,
  ];
  const box = (x: number, y: number, bw: number, bh: number, label: string, fill: string, ink: string, size = 19) => {
    const lines = label.split('\n');
    const text = lines
      .map(
        (l, i) =>
          `<text x="${x + bw / 2}" y="${y + bh / 2 + (i - (lines.length - 1) / 2) * (size + 4) + size * 0.35}" ${FONT} font-size="${size}" fill="${ink}" text-anchor="middle">${esc(l)}</text>`,
      )
      .join('');
    parts.push(
      `<rect x="${x}" y="${y}" width="${bw}" height="${bh}" rx="10" fill="${fill}" stroke="${colour}" stroke-width="2"/>${text}`,
    );
  };
  const line = (x1: number, y1: number, x2: number, y2: number, dash = false) =>
    parts.push(
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#495057" stroke-width="2"${dash ? ' stroke-dasharray="8 6"' : ''}/>`,
    );
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
  parts.push(
    `<text x="${w - 30}" y="${h - 20}" ${FONT} font-size="15" fill="#6c757d" text-anchor="end">Nét đứt: quan hệ lãnh đạo, giám sát · Nét liền: quan hệ quản lý, điều hành</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>`;
}
