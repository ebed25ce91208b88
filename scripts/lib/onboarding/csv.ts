/**
 * Reads the list of schools for `npm run new-school -- --from-csv <file>`.
 *
 * The file is UTF-8 (a BOM from Excel is fine) with a header row. Columns, in any
 * order: id, name, level, domain, parent, email, phone, address, principal; the
 * Vietnamese names (ma-truong, ten-truong, cap-hoc, ten-mien, co-quan-quan-ly,
 * email, dien-thoai, dia-chi, hieu-truong, with or without accents) work too.
 * Commas or semicolons (Excel in Vietnamese locale) both work as separators.
 * Every row must have every column, even when the cell is empty.
 */
import { parse } from 'csv-parse/sync';
import { CsvError } from 'csv-parse';
import slugify from '@sindresorhus/slugify';
import type { Problem } from '../../../content-schemas/errors.ts';
import { REQUIRED_FIELDS, SCHOOL_FIELDS, type SchoolField, type SchoolInput } from './input.ts';

/** Header spellings accepted for each column (compared after slugify). */
export const COLUMN_ALIASES: Record<SchoolField, readonly string[]> = {
  id: ['id', 'ma', 'ma-truong'],
  name: ['name', 'ten', 'ten-truong'],
  level: ['level', 'cap', 'cap-hoc'],
  domain: ['domain', 'ten-mien'],
  parent: ['parent', 'co-quan-quan-ly', 'don-vi-quan-ly', 'co-quan-chu-quan'],
  email: ['email', 'e-mail', 'thu-dien-tu'],
  phone: ['phone', 'dien-thoai', 'so-dien-thoai'],
  address: ['address', 'dia-chi'],
  principal: ['principal', 'hieu-truong', 'giam-doc', 'thu-truong'],
};

const HEADER = '(dòng tiêu đề / header row)';

function columnOf(header: string): SchoolField | undefined {
  const slug = slugify(header);
  return SCHOOL_FIELDS.find((f) => COLUMN_ALIASES[f].includes(slug));
}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

function headerProblems(file: string, header: string[], columns: (SchoolField | undefined)[]): Problem[] {
  const problems: Problem[] = [];
  const expected = SCHOOL_FIELDS.join(',');
  columns.forEach((column, i) => {
    if (column) return;
    problems.push({
      file,
      field: HEADER,
      vi: `Dòng 1: cột "${header[i]}" không có trong danh sách cột. Cách sửa: dùng dòng tiêu đề ${expected}.`,
      en: `Row 1: unknown column "${header[i]}". Fix: use the header row ${expected}.`,
    });
  });
  for (const field of SCHOOL_FIELDS) {
    const count = columns.filter((c) => c === field).length;
    if (count > 1) {
      problems.push({
        file,
        field: HEADER,
        vi: `Dòng 1: cột «${field}» xuất hiện ${count} lần. Cách sửa: giữ một cột.`,
        en: `Row 1: column "${field}" appears ${count} times. Fix: keep one.`,
      });
    }
  }
  const missing = REQUIRED_FIELDS.filter((f) => !columns.includes(f));
  if (missing.length) {
    problems.push({
      file,
      field: HEADER,
      vi: `Dòng 1: thiếu cột bắt buộc ${missing.join(', ')}. Cách sửa: dòng đầu tiên phải là dòng tiêu đề ${expected}.`,
      en: `Row 1: required column(s) ${missing.join(', ')} missing. Fix: the first row must be the header ${expected}.`,
    });
  }
  return problems;
}

interface ParsedRow {
  info: { lines: number };
  record: string[];
}

function readRows(text: string, file: string): { rows: ParsedRow[]; problems: Problem[] } {
  try {
    const rows = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as ParsedRow[];
    return { rows, problems: [] };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return {
      rows: [],
      problems: [
        {
          file,
          field: '(CSV)',
          vi: `Dòng ${line ?? '?'}: tệp CSV bị lỗi (${error.code}). Cách sửa: kiểm tra dấu nháy kép: ô có dấu phẩy phải đặt trong "…", và dấu " trong ô phải viết thành "".`,
          en: `Row ${line ?? '?'}: malformed CSV (${error.code}). Fix: check double quotes: a cell containing a comma must be quoted "…", and a quote inside a cell is written "".`,
        },
      ],
    };
  }
}

/** Parses the CSV text into school inputs; `file` is how messages name it. */
export function parseSchoolsCsv(text: string, file: string): { inputs: SchoolInput[]; problems: Problem[] } {
  const { rows, problems } = readRows(text, file);
  if (problems.length) return { inputs: [], problems };
  const [head, ...body] = rows;
  if (!head) {
    return {
      inputs: [],
      problems: [
        {
          file,
          field: HEADER,
          vi: 'tệp trống. Cách sửa: thêm dòng tiêu đề và mỗi trường một dòng.',
          en: 'the file is empty. Fix: add the header row and one row per school.',
        },
      ],
    };
  }
  const columns = head.record.map(columnOf);
  const headerIssues = headerProblems(file, head.record, columns);
  if (headerIssues.length) return { inputs: [], problems: headerIssues };
  if (!body.length) {
    return {
      inputs: [],
      problems: [
        {
          file,
          field: HEADER,
          vi: 'không có dòng dữ liệu nào sau dòng tiêu đề. Cách sửa: thêm mỗi trường một dòng.',
          en: 'no data rows after the header. Fix: add one row per school.',
        },
      ],
    };
  }
  const inputs: SchoolInput[] = [];
  for (const { info, record } of body) {
    const row = info.lines;
    if (record.length !== columns.length) {
      problems.push({
        file,
        field: `${row}:(số cột)`,
        vi: `Dòng ${row}: có ${record.length} cột, cần đúng ${columns.length} cột (${head.record.join(', ')}). Cách sửa: ô để trống vẫn phải có dấu phẩy ngăn cách; ô có dấu phẩy (ví dụ địa chỉ) phải đặt trong dấu nháy kép "…".`,
        en: `Row ${row}: has ${record.length} columns, needs exactly ${columns.length} (${head.record.join(', ')}). Fix: keep the separator for empty cells; quote a cell that contains a comma (e.g. an address) with "…".`,
      });
      continue;
    }
    const input: SchoolInput = { source: { file, row } };
    columns.forEach((column, i) => {
      if (column) input[column] = record[i];
    });
    inputs.push(input);
  }
  return { inputs, problems };
}
