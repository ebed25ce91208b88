/**
 * What a văn bản says about itself, recognised from the usual Vietnamese layout
 * (Nghị định 30/2020 on administrative documents): "Số: 12/KH-THCS", the place and
 * "ngày … tháng … năm …" line, the issuing body above the number, and the signature
 * block ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG" then the signer's name).
 */
import { DOCUMENT_TYPES, ISSUER_LEVELS } from '../../../content-schemas/collections/documents.ts';
import { dayFromText } from './vn-dates.ts';

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export type IssuerLevel = keyof typeof ISSUER_LEVELS;

export interface DocumentFacts {
  number?: string;
  type?: DocumentType;
  issued?: string;
  issuer?: string;
  issuerLevel?: IssuerLevel;
  signer?: string;
}

/** "12/KH-THCS", "3890/QĐ-SGDĐT", "18/2019/TT-BGDĐT", "125/KH-THCSND". */
const NUMBER = /(?<![\p{L}\d])(\d{1,5}(?:\/\d{4})?\/[\p{Lu}Đ]{1,6}(?:-[\p{Lu}Đ\d&]{1,12}){1,3})(?![\p{L}\d])/u;
const NUMBER_LINE =
  /Số\s*(?:ký hiệu|hiệu)?\s*[:.]?\s*(\d{1,5}(?:\/\d{4})?\/[\p{Lu}Đ]{1,6}(?:-[\p{Lu}Đ\d&]{1,12}){1,3})/u;

/** The document type from the letters after the number: QĐ, KH, CV… (Phụ lục III NĐ 30/2020). */
const TYPE_BY_ABBREVIATION: Record<string, DocumentType> = {
  QĐ: 'quyet-dinh',
  KH: 'ke-hoach',
  TB: 'thong-bao',
  BC: 'bao-cao',
  HD: 'huong-dan',
  CT: 'chi-thi',
  TT: 'thong-tu',
  NĐ: 'nghi-dinh',
  QC: 'quy-che',
  CV: 'cong-van',
};

const TYPE_BY_TITLE: [RegExp, DocumentType][] = [
  [/^quyết định/iu, 'quyet-dinh'],
  [/^kế hoạch/iu, 'ke-hoach'],
  [/^thông báo/iu, 'thong-bao'],
  [/^báo cáo/iu, 'bao-cao'],
  [/^hướng dẫn/iu, 'huong-dan'],
  [/^chỉ thị/iu, 'chi-thi'],
  [/^thông tư/iu, 'thong-tu'],
  [/^nghị định/iu, 'nghi-dinh'],
  [/^luật/iu, 'luat'],
  [/^quy chế/iu, 'quy-che'],
  [/^(biểu mẫu|mẫu)/iu, 'bieu-mau'],
  [/^công văn/iu, 'cong-van'],
];

export function documentNumber(text: string): string | undefined {
  const plain = text.normalize('NFC');
  return (NUMBER_LINE.exec(plain) ?? NUMBER.exec(plain))?.[1];
}

export function documentType(number: string | undefined, title: string): DocumentType | undefined {
  const byTitle = TYPE_BY_TITLE.find(([pattern]) => pattern.test(title.normalize('NFC').trim()))?.[1];
  if (byTitle) return byTitle;
  const letters = number?.split('/').at(-1)?.split('-')[0];
  // A number without a type abbreviation ("125/THCS-VP") is a công văn by NĐ 30/2020.
  return letters ? (TYPE_BY_ABBREVIATION[letters] ?? (number ? 'cong-van' : undefined)) : undefined;
}

/** The level of the issuing body, from its name or the number's suffix. */
export function issuerLevel(issuer: string | undefined, number: string | undefined): IssuerLevel | undefined {
  const text = `${issuer ?? ''} ${number ?? ''}`.normalize('NFC');
  if (/BGDĐT|Bộ Giáo dục/iu.test(text)) return 'bo';
  if (/SGDĐT|Sở Giáo dục|Sở GD/iu.test(text)) return 'so';
  if (/PGDĐT|Phòng Giáo dục|Phòng GD/iu.test(text)) return 'phong-gddt';
  if (/UBND (tỉnh|thành phố)/iu.test(text)) return 'ubnd-tinh';
  if (/UBND (xã|phường)|Phòng Văn hóa/iu.test(text)) return 'xa-phuong';
  if (/Chính phủ|Quốc hội|\/NĐ-CP|\/QH\d*/iu.test(text)) return 'chinh-phu';
  if (/Trường|THCS|THPT|TH\b|MN\b|Tiểu học|Mầm non/iu.test(text)) return 'truong';
  return undefined;
}

/** The issuing body: the upper-case line(s) above "Số:" (the header's left column). */
export function documentIssuer(lines: string[]): string | undefined {
  const numberAt = lines.findIndex((line) => NUMBER_LINE.test(line.normalize('NFC')));
  const head = (numberAt > 0 ? lines.slice(Math.max(0, numberAt - 3), numberAt) : lines.slice(0, 3))
    .map((line) => line.normalize('NFC').trim())
    .filter(
      (line) => line && !/CỘNG HÒA|CỘNG HOÀ|Độc lập/u.test(line) && line === line.toUpperCase() && /\p{Lu}/u.test(line),
    );
  const last = head.at(-1);
  return last ? sentenceCase(last) : undefined;
}

/** "TRƯỜNG THCS NGUYỄN DU" → "Trường THCS Nguyễn Du": abbreviations stay upper case. */
function sentenceCase(line: string): string {
  return line
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((word) =>
      /^(THCS|THPT|TH|MN|UBND|GD&ĐT|GDĐT|TP\.|TP|HCM|GDTX|PGD|SGD|BGD)$/u.test(word)
        ? word
        : word.charAt(0) + word.slice(1).toLocaleLowerCase('vi'),
    )
    .join(' ');
}

const SIGNATURE_ROLE =
  /^(KT\.|TL\.|TM\.|Q\.|)\s*(HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG PHÒNG|PHÓ TRƯỞNG PHÒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG)/u;

/**
 * The signer: the first line after the signature block's role lines that reads as a
 * person's name (two to six capitalised words), skipping "(Đã ký)" and "Nơi nhận".
 */
export function documentSigner(lines: string[]): string | undefined {
  const trimmed = lines.map((line) => line.normalize('NFC').trim()).filter(Boolean);
  const roleAt = trimmed.findLastIndex((line) => SIGNATURE_ROLE.test(line));
  if (roleAt < 0) return undefined;
  for (const line of trimmed.slice(roleAt + 1, roleAt + 5)) {
    if (SIGNATURE_ROLE.test(line) || /^\(?(đã ký|ký|kí)/iu.test(line) || /^Nơi nhận/iu.test(line)) continue;
    const words = line.split(/\s+/);
    if (words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return line;
  }
  return undefined;
}

/** Everything the text and title give away; missing facts stay undefined. */
export function documentFacts(text: string, title: string): DocumentFacts {
  const lines = text.split(/\n/);
  const number = documentNumber(text) ?? documentNumber(title);
  const issuer = documentIssuer(lines);
  const dated = lines.find((line) => /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu.test(line.normalize('NFC')));
  return {
    number,
    type: documentType(number, title),
    issued: dated ? dayFromText(dated) : undefined,
    issuer,
    issuerLevel: issuerLevel(issuer, number),
    signer: documentSigner(lines),
  };
}
