/**
 * The shared command-line preamble (scripts/lib/cli-args.ts) as a technician meets it in
 * each real command: --help and -h print the help and exit 0; a flag the command does not
 * know, a flag without its value, a stray word and an integer flag out of range exit 2
 * with the flag named, the fix, both languages, and the help below. Nothing here gets past
 * the arguments, so nothing is built or written.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { FIXTURE_SITES_DIR, ROOT } from '../helpers/paths.ts';

const COMMANDS = ['build', 'import', 'media', 'bench', 'new-school', 'audit', 'dev'] as const;
/** A line each command's help starts its flag list with. */
const HELP_LINE: Record<(typeof COMMANDS)[number], string> = {
  build: 'npm run build [-- tùy chọn / options]',
  import: 'npm run import -- --site <id> --from',
  media: 'npm run media -- --site <id>',
  bench: 'npm run bench -- [--schools 5]',
  'new-school': 'npm run new-school -- --id <id> --name',
  audit: 'npm run audit -- [tùy chọn / options]',
  dev: 'npm run dev -- --site <id> [tùy chọn / options]',
};

function run(command: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${command}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(COMMANDS)('npm run %s', (command) => {
  it('prints its help on --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const shown = run(command, flag);
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stdout).toContain(HELP_LINE[command]);
      expect(shown.stderr).toBe('');
    }
  });

  it('names an unknown flag in both languages, says how to fix it, shows the help and exits 2', () => {
    const wrong = run(command, '--sitee', 'thcs-nguyen-du');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Không có tham số --sitee. Cách sửa:');
    expect(wrong.stderr).toContain("Unknown option '--sitee'. Fix:");
    expect(wrong.stderr).toContain(HELP_LINE[command]);
    expect(wrong.stdout).toBe('');
  });

  it('asks for the value a flag needs, and refuses a word that follows no flag', () => {
    const flag = command === 'bench' ? '--work-dir' : '--sites-dir';
    const missing = run(command, flag);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`Tham số ${flag} cần một giá trị. Cách sửa: ghi giá trị ngay sau nó`);
    expect(missing.stderr).toContain(`Option '${flag} <value>' argument missing`);
    const stray = run(command, 'thcs-nguyen-du');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('Giá trị "thcs-nguyen-du" không đi sau tham số nào.');
    expect(stray.stderr).toContain(HELP_LINE[command]);
  });
});

describe('integer flags', () => {
  it.each([
    ['bench', ['--posts', '0'], '--posts "0" phải là số nguyên ≥ 1. Cách sửa: ghi một số như --posts 50.'],
    ['bench', ['--photos', 'năm'], '--photos "năm" phải là số nguyên ≥ 0. Cách sửa: ghi một số như --photos 5.'],
    ['bench', ['--concurrency', '1.5'], '--concurrency "1.5" phải là số nguyên ≥ 1.'],
    [
      'build',
      ['--concurrency', '0'],
      '--concurrency "0" phải là số nguyên ≥ 1. Cách sửa: ghi một số như --concurrency 1.',
    ],
    [
      'import',
      ['--site', 'mini', '--sites-dir', FIXTURE_SITES_DIR, '--from', 'https://thcs.example.vn', '--max-pages', '0'],
      '--max-pages "0" phải là số nguyên ≥ 1. Cách sửa: ghi một số như --max-pages 2000.',
    ],
    [
      'dev',
      ['--site', 'mini', '--sites-dir', FIXTURE_SITES_DIR, '--port', '70000'],
      '--port "70000" phải là số nguyên từ 1 đến 65535. Cách sửa: ghi một số như --port 4321. / --port must be an integer from 1 to 65535, e.g. --port 4321.',
    ],
  ])('npm run %s %j exits 2 naming the flag, the range and an example', (command, args, message) => {
    const wrong = run(command, ...args);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(message);
    expect(wrong.stderr).toContain(HELP_LINE[command as (typeof COMMANDS)[number]]);
  });
});
