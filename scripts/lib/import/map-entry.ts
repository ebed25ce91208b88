/**
 * A RawItem with its converted body → one entry of our content model: which
 * collection, which fields, and what an editor should look at. Nothing is guessed
 * silently: every fallback (default category, a document filed as news, a
 * placeholder alt text) adds a review line to the report.
 */
import { PAGE_ROUTES, type PageKey } from '../../../content-schemas/collections/pages.ts';
import { NEWS_CATEGORIES } from '../../../content-schemas/collections/news.ts';
import { DISCLOSURE_ITEMS, type DisclosureItemKey } from '../../../content-schemas/disclosure-items.ts';
import { schoolYearOfDay } from '../../../content-schemas/calendar.ts';
import type { CollectionName } from '../../../content-schemas/index.ts';
import { isAlbum, leadersIn, menuIn, photosOf } from './special-pages.ts';
import { pickCategory, type NewsCategory } from './category-map.ts';
import { disclosureCategory, disclosureItem, schoolYearIn } from './disclosure-match.ts';
import { documentFacts, documentType, issuerLevel, type DocumentFacts } from './document-facts.ts';
import { fold } from './fold.ts';
import { slugOf } from './slugs.ts';
import { dayFromText } from './vn-dates.ts';
import type { Converted } from './to-markdown.ts';
import type { RawItem, Review, Words } from './types.ts';

export interface Mapped {
  collection: Extract<CollectionName, 'news' | 'documents' | 'disclosures' | 'pages' | 'leaders' | 'albums' | 'menus'>;
  /** A page's key (its file name); undefined: a slug is made from the title. */
  pageKey?: PageKey;
  /** The file of new-school's unfilled frame this entry takes the place of. */
  replaces?: string;
  /** When one old page gives several entries (a Ban giám hiệu table): this entry's part of it, for its file name and the manifest. */
  part?: string;
  data: Record<string, unknown>;
  reviews: Omit<Review, 'url' | 'file'>[];
}

/** What is already taken when an item is mapped: by the site's own files or by items of this run. */
export interface Claims {
  /** `<item> <năm học>` of công khai → who holds it: the site's file, and the old URL it was imported from (if it was). */
  disclosures: Map<string, { file?: string; from?: string; frame?: boolean }>;
  /** Page keys taken by earlier items of this run. */
  pages: Set<PageKey>;
}

export interface SiteFacts {
  name: string;
  /** The technician's own mapping of old categories (--categories). */
  categories?: Map<string, NewsCategory>;
  /** `YYYY-MM-DD`, used when the old page shows no date at all. */
  today: string;
}

const PAGE_TITLES: [RegExp, PageKey][] = [
  [/\blich su\b|\btruyen thong\b/, 'lich-su'],
  [/\bchuc nang\b|\bnhiem vu\b/, 'chuc-nang-nhiem-vu'],
  [/\bco cau\b|\bso do to chuc\b|\bto chuc bo may\b/, 'co-cau-to-chuc'],
  [/\bco so vat chat\b/, 'co-so-vat-chat'],
  [/\bthanh tich\b/, 'thanh-tich'],
  [/\bban bien tap\b/, 'ban-bien-tap'],
  [/\blien he\b/, 'lien-he'],
  [/\bthoi khoa bieu\b/, 'thoi-khoa-bieu'],
  [/\blich cong tac\b/, 'lich-cong-tac'],
  [/\bgioi thieu\b/, 'gioi-thieu'],
];

export function pageKeyOf(title: string): PageKey | undefined {
  const folded = fold(title);
  const key = PAGE_TITLES.find(([pattern]) => pattern.test(folded))?.[1];
  return key && key in PAGE_ROUTES ? key : undefined;
}

/** Markdown → plain lines, for the pattern readers and the summary. */
export function plainLines(markdown: string): string[] {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[#>\-*\s|]+|[*_|\\]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** At most `max` characters, cut at a word. */
function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function summaryOf(item: RawItem, lines: string[], max: number): string {
  const first = lines.find((line) => line.length > 40 && !/^(Số|KT\.|TM\.)/u.test(line)) ?? lines[0] ?? item.title;
  return clip(item.description?.replace(/<[^>]*>/g, '') || first, max);
}

/** What the page's labelled rows say, then what the text's layout says. */
function factsOf(item: RawItem, lines: string[]): DocumentFacts {
  const from = (...labels: string[]) => labels.map((l) => item.facts[l]).find(Boolean);
  const scanned = documentFacts(lines.join('\n'), item.title);
  const number = from('so hieu', 'so ky hieu', 'ky hieu', 'so van ban') ?? scanned.number;
  const issuer = from('co quan ban hanh', 'don vi ban hanh', 'noi ban hanh') ?? scanned.issuer;
  const signer = from('nguoi ky')?.split(/\s+[-–(]\s*/)[0] ?? scanned.signer;
  const typed = from('loai van ban', 'loai tai lieu');
  return {
    number,
    issuer,
    signer,
    issued: (from('ngay ban hanh') && dayFromText(from('ngay ban hanh')!)) || scanned.issued,
    type: (typed && documentType(undefined, typed)) || documentType(number, item.title),
    issuerLevel: issuerLevel(issuer, number),
  };
}

function noteMissingDate(item: RawItem, site: SiteFacts, reviews: Mapped['reviews']): void {
  if (!item.date)
    reviews.push({
      issue: 'date',
      words: {
        vi: `trang cũ không ghi ngày đăng; tạm ghi ngày nhập ${site.today}`,
        en: `the old page shows no date; the import day ${site.today} was used`,
      },
    });
}

function asNews(
  item: RawItem,
  converted: Converted,
  lines: string[],
  site: SiteFacts,
  reviews: Mapped['reviews'],
  category?: keyof typeof NEWS_CATEGORIES,
): Mapped {
  const picked = category ? { category } : pickCategory(item.categories, item.categoriesAreTags, site.categories);
  noteMissingDate(item, site, reviews);
  if (!category && picked.unknown !== undefined) {
    reviews.push({
      issue: 'category',
      words: {
        vi: `chuyên mục cũ «${picked.unknown}» chưa có chuyên mục tương ứng; bài được xếp vào «${NEWS_CATEGORIES[picked.category]}»`,
        en: `old category "${picked.unknown}" has no match; the post was filed under "${picked.category}"`,
      },
    });
  }
  return {
    collection: 'news',
    data: {
      title: clip(item.title, 200),
      description: summaryOf(item, lines, 400),
      date: item.date ?? site.today,
      category: picked.category,
      ...(converted.cover ? { cover: converted.cover } : {}),
      ...(item.author ? { author: clip(item.author, 100) } : {}),
      files: converted.files,
    },
    reviews,
  };
}

function asDocument(
  item: RawItem,
  converted: Converted,
  lines: string[],
  site: SiteFacts,
  reviews: Mapped['reviews'],
): Mapped {
  const facts = factsOf(item, lines);
  if (!facts.number) {
    reviews.push({
      issue: 'document-number',
      words: {
        vi: 'văn bản không tìm thấy số ký hiệu nên được nhập thành tin «Thông báo»; nếu là văn bản, chuyển sang mục Văn bản và ghi số ký hiệu',
        en: 'no reference number found, so the document was imported as a notice; if it is a document, move it to Văn bản and add its number',
      },
    });
    return asNews(item, converted, lines, site, reviews, 'thong-bao');
  }
  if (!converted.files.length) {
    reviews.push({
      issue: 'document-facts',
      words: {
        vi: `văn bản ${facts.number} không có tệp đính kèm tải được nên được nhập thành tin «Thông báo»; tải tệp văn bản lên rồi chuyển sang mục Văn bản`,
        en: `document ${facts.number} has no downloadable file, so it was imported as a notice; upload its file and move it to Văn bản`,
      },
    });
    return asNews(item, converted, lines, site, reviews, 'thong-bao');
  }
  const guessed: string[] = [];
  const issuer = facts.issuer ?? (guessed.push('cơ quan ban hành / issuer'), site.name);
  const level = facts.issuerLevel ?? (guessed.push('cấp ban hành / issuer level'), 'truong');
  const issued = facts.issued ?? item.date ?? (guessed.push('ngày ban hành / date of issue'), site.today);
  if (!facts.issued) guessed.push('ngày ban hành lấy theo ngày đăng / date of issue taken from the post date');
  if (guessed.length) {
    reviews.push({
      issue: 'document-facts',
      words: {
        vi: `kiểm tra các thông tin đoán thêm: ${guessed.map((g) => g.split(' / ')[0]).join('; ')}`,
        en: `check the guessed facts: ${guessed.map((g) => g.split(' / ')[1]).join('; ')}`,
      },
    });
  }
  const year = schoolYearIn(item.title);
  return {
    collection: 'documents',
    data: {
      title: clip(item.title, 300),
      number: facts.number,
      type: facts.type ?? 'khac',
      issuer: clip(issuer, 200),
      issuerLevel: level,
      ...(facts.signer ? { signer: facts.signer } : {}),
      issued,
      ...(year ? { schoolYear: year } : {}),
      files: converted.files,
    },
    reviews,
  };
}

function disclosureConflict(key: DisclosureItemKey, year: string, holder: { file?: string; from?: string }): Words {
  const label = DISCLOSURE_ITEMS[key].label;
  if (holder.file && holder.from === undefined) {
    return {
      vi: `trùng với bài công khai đã có của trường \`${holder.file}\` (mục «${label}», năm học ${year}); bài đã có được giữ nguyên. Cách sửa: so sánh hai bài, chép phần còn thiếu vào \`${holder.file}\`, rồi xoá bài nhập này`,
      en: `conflicts with the school's existing disclosure \`${holder.file}\` (item "${key}", ${year}), which was left as it is. Fix: compare the two, copy what is missing into \`${holder.file}\`, then delete this imported post`,
    };
  }
  return {
    vi: `mục «${label}» năm học ${year} đã có một bài công khai khác${holder.file ? ` (\`${holder.file}\`)` : ''}; bài được nhập thành tin «Thông báo», hãy chọn mục công khai rồi chuyển sang mục Công khai`,
    en: `item "${key}" for ${year} already has another disclosure${holder.file ? ` (\`${holder.file}\`)` : ''}; it was imported as a notice: pick the item and move it to Công khai`,
  };
}

function asDisclosure(
  item: RawItem,
  converted: Converted,
  lines: string[],
  site: SiteFacts,
  reviews: Mapped['reviews'],
  claims: Claims,
): Mapped {
  const key = disclosureItem(item.title);
  const published = item.date ?? site.today;
  const year = schoolYearIn(item.title) ?? schoolYearOfDay(published);
  const holder = key ? claims.disclosures.get(`${key} ${year}`) : undefined;
  if (!key) {
    reviews.push({
      issue: 'disclosure-item',
      words: {
        vi: 'không nhận ra mục công khai theo Thông tư 09/2024 từ tiêu đề; bài được nhập thành tin «Thông báo», hãy chọn mục công khai rồi chuyển sang mục Công khai',
        en: 'no TT 09/2024 item recognised from the title; it was imported as a notice: pick the item and move it to Công khai',
      },
    });
    return asNews(item, converted, lines, site, reviews, 'thong-bao');
  }
  if (holder && holder.from !== item.url.href && !holder.frame) {
    reviews.push({ issue: 'disclosure-conflict', words: disclosureConflict(key, year, holder) });
    return asNews(item, converted, lines, site, reviews, 'thong-bao');
  }
  claims.disclosures.set(`${key} ${year}`, { from: item.url.href });
  noteMissingDate(item, site, reviews);
  if (!schoolYearIn(item.title)) {
    reviews.push({
      issue: 'disclosure-item',
      words: {
        vi: `năm học ${year} lấy theo ngày đăng, hãy kiểm tra`,
        en: `school year ${year} taken from the publication date: check it`,
      },
    });
  }
  return {
    collection: 'disclosures',
    data: {
      title: clip(item.title, 200),
      schoolYear: year,
      category: disclosureCategory(key),
      item: key,
      published,
      files: converted.files,
    },
    reviews,
    ...(holder?.frame ? { replaces: holder.file } : {}),
  };
}

/**
 * A page of the old portal's Giới thiệu section that no page key fits (or whose key
 * an earlier page took): our model has no free pages, so it is kept as a draft post,
 * out of the news list and the search, for an editor to move its text where it belongs.
 */
function asStaticPage(
  item: RawItem,
  converted: Converted,
  lines: string[],
  site: SiteFacts,
  reviews: Mapped['reviews'],
  taken?: PageKey,
): Mapped {
  const keys = Object.keys(PAGE_ROUTES).join(', ');
  const why = taken
    ? {
        vi: `trang tĩnh «${item.title}» trùng trang «${taken}» đã nhập từ một trang khác của cổng cũ`,
        en: `static page "${item.title}" matches the page "${taken}", already imported from another page of the old portal`,
      }
    : {
        vi: `trang tĩnh «${item.title}» không khớp trang nào của cổng mới (${keys})`,
        en: `static page "${item.title}" matches none of the new portal's pages (${keys})`,
      };
  reviews.push({
    issue: 'static-page',
    words: {
      vi: `${why.vi}; đã nhập thành bản nháp (draft) trong Tin tức nên chưa hiện ở đâu và địa chỉ cũ chưa chuyển hướng. Cách sửa: chép nội dung vào trang phù hợp trong «Trang giới thiệu, trang tĩnh» rồi xoá bản nháp, hoặc bỏ dòng «draft: true» nếu muốn đăng thành tin`,
      en: `${why.en}; imported as a draft news post, so it shows nowhere yet and its old address does not redirect. Fix: copy its text into the right page under "Trang giới thiệu, trang tĩnh" and delete the draft, or remove "draft: true" to publish it as news`,
    },
  });
  const mapped = asNews(item, converted, lines, site, reviews, 'hoat-dong');
  return { ...mapped, data: { ...mapped.data, draft: true } };
}

export function mapEntry(item: RawItem, converted: Converted, site: SiteFacts, claims: Claims): Mapped {
  const reviews: Mapped['reviews'] = [];
  // A văn bản page often shows only its date of issue.
  const issued = item.facts['ngay ban hanh'];
  if (!item.date && issued) item = { ...item, date: dayFromText(issued) };
  const lines = plainLines(converted.markdown);
  if (item.section === 'page') {
    const pageKey = pageKeyOf(item.title);
    if (pageKey && !claims.pages.has(pageKey)) {
      claims.pages.add(pageKey);
      return {
        collection: 'pages',
        pageKey,
        data: { title: clip(item.title, 200), description: summaryOf(item, lines, 300) },
        reviews,
      };
    }
    return asStaticPage(item, converted, lines, site, reviews, pageKey);
  }
  if (item.section === 'document') return asDocument(item, converted, lines, site, reviews);
  if (item.section === 'disclosure') return asDisclosure(item, converted, lines, site, reviews, claims);
  return asNews(item, converted, lines, site, reviews);
}

/** An album, a Ban giám hiệu table or a weekly menu, when the page is recognisably one. */
export function mapSpecial(item: RawItem, converted: Converted, site: SiteFacts, claims: Claims): Mapped[] | undefined {
  const found = leadersIn(item.title, item.html);
  if (found) {
    const reviews: Mapped['reviews'] = [
      ...found.incomplete.map(({ name, missing }) => ({
        issue: 'leader' as const,
        words: {
          vi: `bảng lãnh đạo ghi ${name} nhưng thiếu ${missing.map((m) => m.split(' / ')[0]).join(', ')} nên chưa nhập người này. Cách sửa: thêm trong mục Lãnh đạo với đủ họ tên, chức vụ, điện thoại, thư điện tử và nhiệm vụ`,
          en: `the leaders table names ${name} without ${missing.map((m) => m.split(' / ')[1]).join(', ')}, so this person was not imported. Fix: add them under Lãnh đạo with name, position, phone, email and duties`,
        },
      })),
    ];
    if (!found.leaders.length) {
      // Nobody complete: the page comes over as it was, with the people to add by hand.
      const page = mapEntry(item, converted, site, claims);
      return [{ ...page, reviews: [...reviews, ...page.reviews] }];
    }
    const entries = found.leaders.map((person, i): Mapped => ({
      collection: 'leaders',
      part: slugOf(person.name),
      data: { ...person, order: i + 1 },
      reviews: [],
    }));
    entries[0]!.reviews = reviews;
    return entries;
  }
  const menu = menuIn(item.title, item.html);
  if (menu && 'weekStart' in menu) {
    const reviews: Mapped['reviews'] = [];
    noteMissingDate(item, site, reviews);
    return [
      {
        collection: 'menus',
        data: {
          title: clip(item.title, 200),
          weekStart: menu.weekStart,
          published: item.date ?? site.today,
          days: menu.days,
        },
        reviews,
      },
    ];
  }
  if (menu) {
    const post = mapEntry(item, converted, site, claims);
    return [{ ...post, reviews: [{ issue: 'menu', words: menu.problem }, ...post.reviews] }];
  }
  if (isAlbum(item.title, `${item.url.pathname} ${item.categories.join(' ')}`, converted.markdown)) {
    const reviews: Mapped['reviews'] = [];
    noteMissingDate(item, site, reviews);
    const lines = plainLines(converted.markdown);
    return [
      {
        collection: 'albums',
        data: {
          title: clip(item.title, 200),
          description: clip(item.description?.replace(/<[^>]*>/g, '') || lines.join(' ') || item.title, 400),
          date: item.date ?? site.today,
          photos: photosOf(converted.markdown),
        },
        reviews,
      },
    ];
  }
  return undefined;
}
