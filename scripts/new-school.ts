/**
 * `npm run new-school`: creates `sites/<id>/` for one school from flags, or for many
 * from a CSV file, using the template of the school's level. Thin CLI over
 * scripts/lib/onboarding/create.ts; run with --help for the flags and CSV columns.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ContentError, formatProblems } from '../content-schemas/errors.ts';
import { LEVEL_KEYS } from '../content-schemas/levels.ts';
import { readCliArgs, usageError } from './lib/cli-args.ts';
import { createSchools } from './lib/onboarding/create.ts';
import { parseSchoolsCsv } from './lib/onboarding/csv.ts';
import { COMMAND_LINE, FIELD_LABELS, SCHOOL_FIELDS, UNIT_KINDS, type SchoolInput } from './lib/onboarding/input.ts';
import { TEMPLATE_MARKER } from './lib/onboarding/marker.ts';

const HELP = `Tạo cổng thông tin cho trường mới / Create a new school site

  npm run new-school -- --id <id> --name "<tên trường>" --level <cấp học> [tùy chọn]
  npm run new-school -- --from-csv <tệp.csv>
  npm run new-school -- --id <id> --name "<tên đơn vị>" --unit <${UNIT_KINDS.join(' | ')}> [tùy chọn]

Bắt buộc / required:
  --id          mã trường: chữ thường không dấu, gạch ngang (thcs-nguyen-du); là tên thư mục sites/<id>
  --name        tên đầy đủ, ví dụ "Trường Trung học cơ sở Nguyễn Du"
  --level       ${LEVEL_KEYS.join(' | ')}
  --unit        thay cho --level khi tạo cổng của Phòng Văn hóa - Xã hội (phong) hoặc Sở (so): không có
                cấp học, công khai, tuyển sinh; --parent là Sở (tên hoặc mã cổng, ví dụ so-gddt-tphcm)
Tùy chọn / optional (bỏ trống thì ghi giá trị tạm có dấu ${TEMPLATE_MARKER}):
  --domain      tên miền, ví dụ thcsnguyendu.hcm.edu.vn
  --parent      cơ quan quản lý trực tiếp: tên, ví dụ "UBND phường Sài Gòn", hoặc mã cổng
                của một Phòng/Sở trong sites (ví dụ phong-vhxh-sai-gon): trường được nối với
                đơn vị đó và hiện trong danh sách /truong-hoc/ của đơn vị
  --email, --phone, --address
  --principal   họ tên hiệu trưởng (giám đốc trung tâm; trưởng phòng, giám đốc sở với --unit)
  --from-csv    tạo nhiều trường từ tệp CSV (UTF-8, có dòng tiêu đề), cột:
                ${SCHOOL_FIELDS.join(',')}
                (hoặc tên cột tiếng Việt: ma-truong, ten-truong, cap-hoc, ten-mien, co-quan-quan-ly,
                email, dien-thoai, dia-chi, hieu-truong). Ô trống vẫn giữ dấu phẩy.
  --school-year năm học của khung công khai, ví dụ 2025-2026 (mặc định: năm học hiện tại)
  --sites-dir   thư mục chứa các trường (mặc định: sites)
  --check       chỉ kiểm tra, không tạo gì / validate only

Không ghi đè trường đã có; có lỗi ở bất kỳ dòng nào thì không tạo trường nào.
Existing sites are never overwritten; if any row is wrong, nothing is created.`;

function readArgs() {
  const fieldOptions = Object.fromEntries(SCHOOL_FIELDS.map((f) => [f, { type: 'string' as const }]));
  return readCliArgs(HELP, {
    ...fieldOptions,
    'from-csv': { type: 'string' },
    unit: { type: 'string' },
    'school-year': { type: 'string' },
    'sites-dir': { type: 'string', default: 'sites' },
    check: { type: 'boolean', default: false },
  }).values as Record<string, string | boolean | undefined>;
}

function inputsFrom(values: Record<string, string | boolean | undefined>): SchoolInput[] {
  const csv = values['from-csv'];
  if (typeof csv === 'string') {
    const given = SCHOOL_FIELDS.filter((f) => values[f] !== undefined);
    if (given.length || values.unit !== undefined)
      usageError(
        `Dùng --from-csv hoặc --${given[0] ?? 'unit'}, không dùng cả hai. / Use either --from-csv or per-school flags.`,
      );
    if (!existsSync(csv)) usageError(`Không tìm thấy tệp ${csv}. / File not found.`);
    const { inputs, problems } = parseSchoolsCsv(readFileSync(csv, 'utf8'), relative(process.cwd(), resolve(csv)));
    if (problems.length) throw new ContentError(problems);
    return inputs;
  }
  const input: SchoolInput = { source: { file: COMMAND_LINE } };
  for (const f of SCHOOL_FIELDS) if (typeof values[f] === 'string') input[f] = values[f];
  if (typeof values.unit === 'string') input.unit = values.unit;
  return [input];
}

const values = readArgs();
if (
  values['from-csv'] === undefined &&
  values.unit === undefined &&
  SCHOOL_FIELDS.every((f) => values[f] === undefined)
) {
  usageError('Chưa có thông tin trường nào. / No school given.');
}
try {
  const created = createSchools(inputsFrom(values), {
    sitesDir: String(values['sites-dir']),
    schoolYear: typeof values['school-year'] === 'string' ? values['school-year'] : undefined,
    dryRun: values.check === true,
  });
  const verb = values.check ? 'Hợp lệ, chưa tạo / valid, not created' : 'Đã tạo / created';
  for (const site of created) {
    const kind = site.unit ? `loại đơn vị: ${site.unit}` : `${FIELD_LABELS.level.vi}: ${site.level}`;
    console.log(`✓ ${verb}: ${relative(process.cwd(), site.dir)} (${kind}) ${site.name}`);
  }
  if (!values.check) {
    console.log(`\nViệc tiếp theo / next steps:
  1. Tìm và sửa mọi chỗ "${TEMPLATE_MARKER}" trong thư mục của trường (site.yaml, content/, public/logo.svg).
  2. Xem thử: npm run dev -- --site ${created[0]?.id}
  3. Dựng: npm run build -- --site ${created.map((s) => s.id).join(',')}`);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Không tạo trường nào. / Nothing was created.\n${formatProblems(error.problems)}`);
  process.exit(1);
}
