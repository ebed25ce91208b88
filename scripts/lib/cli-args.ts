/**
 * The preamble every command shares: read the flags with node:util parseArgs, print the
 * help on --help/-h (exit 0), and answer a wrong argument with what is wrong and how to
 * fix it, in Vietnamese and English, followed by the help (exit 2, the exit code of
 * wrong arguments in every command).
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O & typeof HELP_OPTION; strict: true; allowPositionals: false }>
>['values'];

export interface CliArgs<O extends ParseArgsOptionsConfig> {
  values: Values<O>;
  /**
   * The whole number given to `--<name>`, or `fallback` when it is absent; anything else
   * than a whole number from `min` to `max` fails naming the flag and the range.
   */
  integer(name: string, fallback: number, bounds?: { min?: number; max?: number }): number;
}

/** The help of the command being run, printed under every usage error. */
let commandHelp = '';

/**
 * Prints `message` (Vietnamese / English, naming the flag and the fix), then the help
 * given to readCliArgs, on stderr; exits 2. A function declaration, so that TypeScript
 * narrows after `if (!values.site) usageError(…)`.
 */
export function usageError(message: string): never {
  console.error(commandHelp ? `${message}\n\n${commandHelp}` : message);
  process.exit(2);
}

/** Why parseArgs refused the command line, in both languages (node's own words kept in the English). */
function parseProblem(error: Error & { code?: string }): string {
  const named = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const flag = named.split(' ')[0]?.replace(/,$/, '') ?? named;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Không có tham số ${flag}. Cách sửa: bỏ nó đi hoặc sửa cho đúng tên một tham số trong danh sách dưới đây. / ${error.message}. Fix: remove it or spell it as one of the options below.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Giá trị "${named}" không đi sau tham số nào. Cách sửa: ghi tên tham số trước nó, ví dụ --site ${named}. / ${error.message}. Fix: put the option's name before it.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? `Tham số ${flag} không nhận giá trị. Cách sửa: chỉ ghi ${flag}, không kèm "=…". / ${error.message}. Fix: write ${flag} alone.`
        : /ambiguous/.test(error.message)
          ? `Tham số ${flag} cần một giá trị. Cách sửa: ghi giá trị ngay sau nó; giá trị bắt đầu bằng dấu - thì ghi liền, ví dụ ${flag}=-1. / Option '${flag}' is missing its value. Fix: give it right after; a value starting with - goes as ${flag}=-1.`
          : `Tham số ${flag} cần một giá trị. Cách sửa: ghi giá trị ngay sau nó, ví dụ ${flag} <giá trị>. / ${error.message}. Fix: give its value right after it.`;
    default:
      return `Tham số không hợp lệ / invalid arguments: ${error.message}`;
  }
}

/**
 * Reads `args` (default: this process's) against `options` plus --help. On --help it
 * prints `help` and exits 0; on a flag it does not know, a missing value or a stray
 * word, it stops with usageError.
 */
export function readCliArgs<const O extends ParseArgsOptionsConfig>(
  help: string,
  options: O,
  args: string[] = process.argv.slice(2),
): CliArgs<O> {
  commandHelp = help;
  let values: Values<O>;
  try {
    ({ values } = parseArgs({
      args,
      options: { ...options, ...HELP_OPTION },
      strict: true,
      allowPositionals: false,
    }) as { values: Values<O> });
  } catch (error) {
    return usageError(parseProblem(error as Error));
  }
  if ((values as { help?: boolean }).help) {
    console.log(help);
    process.exit(0);
  }
  const integer = (name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number => {
    const given = (values as Record<string, unknown>)[name];
    if (typeof given !== 'string') return fallback;
    const n = Number(given);
    if (given.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) return n;
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `từ ${min} đến ${max}`;
    const rangeEn = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    const example = Math.min(Math.max(fallback, min), max);
    return usageError(
      `--${name} "${given}" phải là số nguyên ${range}. Cách sửa: ghi một số như --${name} ${example}. / --${name} must be an integer ${rangeEn}, e.g. --${name} ${example}.`,
    );
  };
  return { values, integer };
}
