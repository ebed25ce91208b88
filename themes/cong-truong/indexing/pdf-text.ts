/**
 * Text of attached PDFs, for the search index. Extraction (unpdf, i.e. PDF.js) is
 * cached on disk by the file's SHA-256, so a rebuild only reads new or changed files.
 * A PDF without a text layer (a scan) or one PDF.js cannot open gives a warning that
 * names the file, never an exception: one bad upload must not stop a school's build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

/** Bump when the extraction or clean-up changes, so old cache entries are ignored. */
const EXTRACTOR_VERSION = 1;
/** Fewer letters than this over the whole file: treated as a scan without text. */
const MIN_LETTERS = 20;

export interface PdfText {
  text: string;
  pages: number;
  /** Vietnamese warning (with an English half) when no usable text came out. */
  warning?: string;
  cached: boolean;
}

export function defaultPdfCacheDir(): string {
  return join(resolve(process.env.CONG_TRUONG_CACHE_DIR ?? 'node_modules/.astro'), '.pdf-text');
}

/** NFC, one space between words: PDF.js may emit decomposed accents and hard line breaks. */
export function cleanPdfText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

async function extract(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    return { text: cleanPdfText(text), pages: totalPages };
  } finally {
    // Frees PDF.js's page caches; long builds read hundreds of files.
    await pdf.cleanup();
  }
}

type Extracted = { text: string; pages: number; error?: string };

/** A cache entry, or undefined when there is none or it cannot be read (then the PDF is read again). */
function readCached(cacheFile: string): Extracted | undefined {
  try {
    const value = JSON.parse(readFileSync(cacheFile, 'utf8')) as Extracted;
    return typeof value.text === 'string' && typeof value.pages === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the text for the next build. A full disk or a read-only cache only costs that
 * build the extraction again: the text of this one is fine, so it is no warning.
 */
function writeCached(cacheFile: string, result: Extracted): void {
  // Write then rename: two builds sharing a cache never read half a file.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(partial, JSON.stringify(result));
    renameSync(partial, cacheFile);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** Extracts (or reads from the cache) the text of one PDF. `label` names it in warnings. */
export async function pdfText(file: string, label = file, cacheDir = defaultPdfCacheDir()): Promise<PdfText> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { text: '', pages: 0, cached: false, warning: `không đọc được tệp ${label} / cannot read ${label}` };
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const cacheFile = join(cacheDir, `${hash}-v${EXTRACTOR_VERSION}.json`);
  let result = readCached(cacheFile);
  const cached = result !== undefined;
  if (!result) {
    try {
      result = await extract(bytes);
    } catch (error) {
      // Not cached: the next build tries again (and reports again).
      result = { text: '', pages: 0, error: error instanceof Error ? error.message : String(error) };
    }
    if (!result.error) writeCached(cacheFile, result);
  }
  if (result.error) {
    return {
      text: '',
      pages: 0,
      cached,
      warning: `không mở được tệp PDF ${label} (${result.error}); nội dung tệp sẽ không tìm kiếm được / cannot open PDF ${label}; its text is not searchable`,
    };
  }
  if (letterCount(result.text) < MIN_LETTERS) {
    return {
      ...result,
      text: '',
      cached,
      warning: `tệp ${label} không có lớp chữ (có thể là bản scan): nội dung tệp sẽ không tìm kiếm được. Cách sửa: đăng bản PDF xuất từ Word hoặc chạy nhận dạng chữ (OCR) / ${label} has no text layer (a scan?): its text is not searchable. Fix: publish a PDF exported from the word processor, or OCR it`,
    };
  }
  return { text: result.text, pages: result.pages, cached };
}
