/**
 * Synthetic schools for the benchmark: N schools created by the real onboarding
 * command (every level in turn), each with M news posts in Vietnamese built from
 * sentence banks, and K photos made with sharp as the covers of the first K posts.
 * Seeded, so two runs of the same size produce the same text and pictures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { LEVEL_KEYS, type Level } from '../../content-schemas/levels.ts';
import { createSchools } from '../lib/onboarding/create.ts';
import { COMMAND_LINE } from '../lib/onboarding/input.ts';
import { makePhonePhoto, schoolSceneSvg } from './phone-photo.ts';
import { random } from '../lib/random.ts';

/** A real one-page decision with a text layer (the search fixture): the model for generated attachments. */
const SAMPLE_PDF = join(
  import.meta.dirname,
  '../../tests/fixtures/sites/thcs-tim-kiem/public/tep/quyet-dinh-hoi-dong-kiem-tra.pdf',
);

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const PREFIX: Record<Level, string> = {
  'mam-non': 'Trường Mầm non',
  'tieu-hoc': 'Trường Tiểu học',
  thcs: 'Trường Trung học cơ sở',
  thpt: 'Trường Trung học phổ thông',
  'lien-cap': 'Trường Tiểu học, Trung học cơ sở và Trung học phổ thông',
  gdtx: 'Trung tâm Giáo dục thường xuyên',
};

const NAMES = [
  'Nguyễn Du',
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Lê Quý Đôn',
  'Chu Văn An',
  'Nguyễn Trãi',
  'Võ Thị Sáu',
  'Kim Đồng',
  'Hoa Sen',
  'Sơn Ca',
  'Họa Mi',
  'Bình Minh',
  'Quang Trung',
  'Hai Bà Trưng',
  'Đinh Tiên Hoàng',
  'Lý Thường Kiệt',
  'Phan Bội Châu',
  'Nguyễn Bỉnh Khiêm',
  'Trưng Vương',
  'Ngô Quyền',
  'Tô Hiến Thành',
  'Lương Thế Vinh',
  'Hồng Bàng',
  'Đống Đa',
];

const TITLES = [
  'Lễ khai giảng năm học mới',
  'Hội thi giáo viên dạy giỏi cấp trường',
  'Ngày hội đọc sách',
  'Tuyên truyền an toàn giao thông',
  'Hội nghị cán bộ, viên chức',
  'Thông báo lịch kiểm tra giữa học kỳ',
  'Kế hoạch tổ chức Tết Trung thu',
  'Hội thao chào mừng ngày Nhà giáo Việt Nam',
  'Sinh hoạt chuyên đề đổi mới phương pháp dạy học',
  'Họp phụ huynh học sinh đầu năm',
  'Tập huấn phòng cháy chữa cháy',
  'Ngày hội Đoàn – Đội',
  'Trải nghiệm hướng nghiệp tại doanh nghiệp',
  'Thông báo nghỉ Tết Nguyên đán',
  'Tổng kết phong trào thi đua học kỳ I',
  'Khám sức khỏe định kỳ cho học sinh',
  'Hội thi Rung chuông vàng',
  'Chuyên đề giáo dục kỹ năng sống',
  'Lễ kết nạp đội viên mới',
  'Công khai kết quả tuyển sinh',
];

const CATEGORIES = [
  'thong-bao',
  'hoat-dong',
  'chuyen-mon',
  'doan-doi',
  'tin-nganh',
  'tuyen-truyen',
  'goc-phu-huynh',
] as const;

const SENTENCES = [
  'Sáng nay, tập thể cán bộ, giáo viên, nhân viên và học sinh nhà trường đã tham dự buổi lễ trong không khí trang trọng.',
  'Đến dự buổi lễ có đại diện lãnh đạo địa phương, Ban đại diện cha mẹ học sinh và các nhà hảo tâm trên địa bàn.',
  'Phát biểu tại buổi lễ, thầy Hiệu trưởng nhấn mạnh yêu cầu nâng cao chất lượng dạy và học trong năm học này.',
  'Các tiết mục văn nghệ đặc sắc do học sinh biểu diễn đã để lại nhiều ấn tượng đẹp cho khách mời.',
  'Nhà trường đã chuẩn bị chu đáo cơ sở vật chất, phòng học, thiết bị dạy học để phục vụ hoạt động giáo dục.',
  'Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm và đổi mới phương pháp giảng dạy theo chương trình mới.',
  'Mỗi tiết dạy được ban giám khảo đánh giá theo tiêu chí của Bộ Giáo dục và Đào tạo, bảo đảm công bằng, khách quan.',
  'Qua hoạt động, các em học sinh được rèn luyện kỹ năng làm việc nhóm, kỹ năng thuyết trình và tinh thần đoàn kết.',
  'Phụ huynh học sinh bày tỏ sự đồng tình và mong muốn nhà trường tiếp tục tổ chức nhiều hoạt động bổ ích.',
  'Ban giám hiệu đề nghị các tổ chuyên môn rà soát kế hoạch giáo dục, bảo đảm phù hợp với điều kiện thực tế.',
  'Học sinh cần có mặt tại trường trước 7 giờ, mặc đồng phục và mang theo đầy đủ dụng cụ học tập.',
  'Mọi thắc mắc xin liên hệ văn phòng nhà trường trong giờ hành chính để được giải đáp kịp thời.',
  'Công tác phòng chống dịch bệnh, bảo đảm an toàn vệ sinh thực phẩm trong bếp ăn bán trú được duy trì thường xuyên.',
  'Đoàn thanh niên phối hợp với Liên đội tổ chức nhiều hoạt động thiết thực chào mừng ngày lễ lớn của dân tộc.',
  'Kết quả, ban tổ chức đã trao giải nhất, nhì, ba và giải khuyến khích cho các tập thể, cá nhân xuất sắc.',
  'Thư viện nhà trường được bổ sung hơn năm trăm đầu sách mới, phục vụ nhu cầu đọc của học sinh và giáo viên.',
  'Giáo viên chủ nhiệm đã trao đổi với phụ huynh về tình hình học tập, rèn luyện của từng em trong lớp.',
  'Nhà trường tiếp tục đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, dạy học và kiểm tra, đánh giá.',
  'Buổi tập huấn giúp cán bộ, giáo viên nắm vững quy trình xử lý tình huống khi có sự cố cháy nổ xảy ra.',
  'Các em đội viên mới được kết nạp đã hứa sẽ chăm ngoan, học giỏi, xứng đáng là cháu ngoan Bác Hồ.',
  'Lịch kiểm tra cụ thể được gửi đến từng lớp và đăng tải trên cổng thông tin điện tử của nhà trường.',
  'Kinh phí tổ chức hoạt động được sử dụng đúng mục đích, công khai, minh bạch theo quy định hiện hành.',
  'Chương trình khép lại trong niềm vui và sự hào hứng của thầy cô giáo cùng các em học sinh.',
  'Nhà trường trân trọng cảm ơn sự quan tâm, đồng hành của cha mẹ học sinh trong suốt thời gian qua.',
];

const HEADINGS = [
  'Nội dung chính',
  'Kết quả đạt được',
  'Một số hình ảnh của buổi lễ',
  'Kế hoạch thời gian tới',
  'Lưu ý đối với phụ huynh',
];

function paragraph(rnd: () => number): string {
  return Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => pick(rnd, SENTENCES)).join(' ');
}

function body(rnd: () => number): string {
  const parts: string[] = [paragraph(rnd), paragraph(rnd)];
  for (let h = 0; h < 1 + Math.floor(rnd() * 3); h++) {
    parts.push(`## ${pick(rnd, HEADINGS)}`, paragraph(rnd));
    if (rnd() < 0.3) parts.push(Array.from({ length: 3 }, () => `- ${pick(rnd, SENTENCES)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

function isoDay(start: Date, daysBack: number): string {
  return new Date(start.getTime() - daysBack * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A 1600×1067 JPEG that compresses like a photo of a school event: a sky, a
 * building with windows, trees and people as shapes, plus fine grain (sensor noise).
 * Pure random noise would make the AVIF encoder many times slower than real photos.
 */
export async function makePhoto(seed: number, file: string): Promise<void> {
  const rnd = random(seed);
  const [width, height] = [1600, 1067];
  const svg = schoolSceneSvg(rnd, width, height, { trees: 9, people: 30 });
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, data[i]! + (rnd() - 0.5) * 14));
  await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .jpeg({ quality: 85 })
    .toFile(file);
}

/** Distinct 12 MP scenes rendered per run: rendering one takes seconds, more would dominate a large bench. */
const PHONE_SCENES = 6;

/**
 * `jpeg` with a comment segment (FF FE) after its start marker: decoders ignore it, so
 * the photo decodes and encodes exactly as the original, but its bytes (and so its key
 * in the content-addressed image cache) are its own, as every real upload's are.
 */
export function distinctJpeg(jpeg: Buffer, label: string): Buffer {
  const text = Buffer.from(label, 'utf8');
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, text, jpeg.subarray(2)]);
}

export interface GenerateOptions {
  sitesDir: string;
  schools: number;
  posts: number;
  photos: number;
  /** Photos as phones take them (4000×3000, 3–5 MB, EXIF) instead of 1600×1067 ones. */
  phone?: boolean;
  /** Every n-th post with a photo also shows it in its body (0: covers only). */
  inlineEvery?: number;
  /** PDF attachments per school, on its first posts (each file distinct, as real uploads are). */
  attachments?: number;
  today?: Date;
  seed?: number;
}

export interface Generated {
  ids: string[];
  posts: number;
  photos: number;
  attachments: number;
}

/** Writes N schools into `sitesDir` (which must not hold them yet). */
export async function generateSchools(opts: GenerateOptions): Promise<Generated> {
  const today = opts.today ?? new Date();
  const inputs = Array.from({ length: opts.schools }, (_, i) => {
    const level = LEVEL_KEYS[i % LEVEL_KEYS.length]!;
    const name = `${PREFIX[level]} ${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` số ${Math.floor(i / NAMES.length) + 1}` : ''}`;
    return { id: `truong-${String(i + 1).padStart(3, '0')}`, name, level, source: { file: COMMAND_LINE } };
  });
  const created = createSchools(inputs, { sitesDir: opts.sitesDir, today });
  let photos = 0;
  let attachments = 0;
  const scenes: Buffer[] = [];
  const phoneScene = async (n: number) =>
    (scenes[n % PHONE_SCENES] ??= await makePhonePhoto((opts.seed ?? 2025) + (n % PHONE_SCENES), {
      upright: n % PHONE_SCENES === PHONE_SCENES - 1,
    }));
  for (const [s, site] of created.entries()) {
    const rnd = random((opts.seed ?? 2025) + s);
    const newsDir = join(site.dir, 'content', 'tin-tuc');
    mkdirSync(join(site.dir, 'media'), { recursive: true });
    for (let p = 0; p < opts.posts; p++) {
      const title = `${pick(rnd, TITLES)} (${p + 1})`;
      const lines = [
        '---',
        `title: "${title}"`,
        `description: "${pick(rnd, SENTENCES)}"`,
        `date: ${isoDay(today, Math.floor(rnd() * 700))}`,
        `category: ${pick(rnd, CATEGORIES)}`,
      ];
      const photoSeed = (opts.seed ?? 2025) * 1000 + s * 100 + p;
      const inline = p < opts.photos && (opts.inlineEvery ?? 0) > 0 && p % opts.inlineEvery! === 0;
      if (p < opts.photos) {
        const file = join(site.dir, 'media', `anh-${p + 1}.jpg`);
        if (opts.phone) writeFileSync(file, distinctJpeg(await phoneScene(photos), `${site.id}/anh-${p + 1}`));
        else await makePhoto(photoSeed, file);
        lines.push('cover:', `  src: ../../media/anh-${p + 1}.jpg`, `  alt: "Hình ảnh hoạt động: ${title}"`);
        photos += 1;
      }
      if (p < (opts.attachments ?? 0)) {
        const name = `ke-hoach-${String(p + 1).padStart(4, '0')}.pdf`;
        mkdirSync(join(site.dir, 'public', 'tep'), { recursive: true });
        // A comment after %%EOF: PDF.js reads the same text, the bytes (and cache key) differ.
        writeFileSync(
          join(site.dir, 'public', 'tep', name),
          Buffer.concat([readFileSync(SAMPLE_PDF), Buffer.from(`\n% ${site.id} ${p + 1}\n`)]),
        );
        lines.push('files:', `  - title: "Toàn văn kế hoạch (${p + 1})"`, `    file: /tep/${name}`);
        attachments += 1;
      }
      lines.push('---', body(rnd));
      if (inline) lines.push(`![Học sinh tham gia hoạt động ngoại khóa](../../media/anh-${p + 1}.jpg)`, '');
      writeFileSync(join(newsDir, `bai-${String(p + 1).padStart(4, '0')}.md`), lines.join('\n'));
    }
  }
  return { ids: created.map((c) => c.id), posts: opts.schools * opts.posts, photos, attachments };
}
