/**
 * The output folder is the build's to replace, nothing else: folders the build did
 * not create survive it whatever their names, an output folder over the sources is
 * refused before anything is written, a temp folder on another file system (a
 * tmpfs) works, and stopping the build (SIGTERM, SIGINT) stops Astro with its
 * whole process group and removes the temporary folders, keeping the previous output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchools } from '../../scripts/lib/onboarding/create.ts';
import { COMMAND_LINE } from '../../scripts/lib/onboarding/input.ts';
import { buildRootsDir } from '../../scripts/lib/build-root.ts';
import { runBuild, startBuild, type BuildRun } from '../helpers/build-cli.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { snapshot } from '../helpers/snapshot.ts';

const SITE = 'tot';
let base: string;
let sitesDir: string;
let outRoot: string;
let cacheEnv: NodeJS.ProcessEnv;
let deadPid: number;

/** Fields of /proc/<pid>/stat after the command name: [state, ppid, pgrp, …]. */
function procStat(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Running (not zombie) processes: pid → { ppid, pgrp, cmdline }. */
function processes(): { pid: number; ppid: number; pgrp: number; cmdline: string }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      const stat = procStat(name);
      if (!stat || stat[0] === 'Z') return [];
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        return [];
      }
      return [{ pid: Number(name), ppid: Number(stat[1]), pgrp: Number(stat[2]), cmdline }];
    });
}

async function waitForAstro(cliPid: number, exited: () => boolean): Promise<number> {
  for (;;) {
    // The Astro CLI, or the persistent Astro worker the build runs it in (scripts/lib/astro-worker.ts).
    const astro = processes().find(
      (p) => p.ppid === cliPid && (p.cmdline.includes('astro.mjs') || p.cmdline.includes('astro-worker.ts')),
    );
    if (astro) return astro.pid;
    if (exited()) throw new Error('the build ended before Astro started');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'cong-truong-out-safety-'));
  sitesDir = join(base, 'sites');
  outRoot = join(TEST_OUTPUT, 'output-safety');
  rmSync(outRoot, { recursive: true, force: true });
  cacheEnv = { CONG_TRUONG_CACHE_DIR: join(TEST_OUTPUT, '.astro-cache') };
  createSchools([{ id: SITE, name: 'Trường THCS Tốt', level: 'thcs', source: { file: COMMAND_LINE } }], {
    sitesDir,
    today: new Date('2025-11-22T03:00:00Z'),
  });
  // A process that has exited: its pid names a build that is gone.
  deadPid = spawnSync('true').pid!;
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('an output folder over the sources is refused, with nothing written', () => {
  const cases: [string, () => string, () => string][] = [
    ['the sites folder itself', () => sitesDir, () => base],
    ['a site folder inside it', () => join(sitesDir, SITE), () => base],
    ['a folder inside a site', () => join(sitesDir, SITE, 'public'), () => base],
    ['a folder that contains the sites folder', () => base, () => base],
    ['the repository root', () => ROOT, () => join(ROOT, 'themes')],
    ['the theme sources', () => join(ROOT, 'themes'), () => join(ROOT, 'themes')],
    ['the scripts', () => join(ROOT, 'scripts/lib'), () => join(ROOT, 'scripts')],
    ['the file-system root', () => '/', () => base],
  ];
  it.each(cases)('%s', async (_, out, watched) => {
    const before = snapshot(watched());
    const run = await runBuild(['--sites-dir', sitesDir, '--out-dir', out(), '--site', SITE], cacheEnv);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^--out-dir .*: thư mục kết quả .*Cách sửa: chọn một thư mục riêng.*\n\[en\] the output folder .*Fix: choose a folder of its own/,
    );
    expect(run.stdout).not.toContain('Xong');
    expect(snapshot(watched())).toEqual(before);
    expect(existsSync(join(out(), SITE, 'index.html'))).toBe(false);
    expect(existsSync(join(out(), '.logs'))).toBe(false);
  });
});

describe('--site that names no site', () => {
  it.each([[''], [' , ']])('--site %j exits 2 and builds nothing', async (value) => {
    const out = join(base, 'out-empty-site');
    const run = await runBuild(['--sites-dir', sitesDir, '--out-dir', out, '--site', value], cacheEnv);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toContain('--site không có mã trường nào. Cách sửa: ghi mã trường');
    expect(run.stderr).toContain('--site names no site. Fix:');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a build with the temp folder on another file system', () => {
  let tmp: string;
  let run: BuildRun;
  let userFolders: string[];

  beforeAll(async () => {
    tmp = mkdtempSync('/dev/shm/cong-truong-tmp-');
    // What a user keeps next to the sites, named like the leftovers of older versions
    // (`<name>.old-<pid>`, `.<site>.staging-<pid>-<n>`) with the pid of a process that is gone.
    userFolders = [`keep.old-${deadPid}`, 'thcs-a.old-2024', `.backup.old-${deadPid}`, `.${SITE}.staging-${deadPid}-2`];
    for (const name of userFolders) {
      mkdirSync(join(outRoot, name), { recursive: true });
      writeFileSync(join(outRoot, name, 'giu-lai.txt'), 'của người dùng');
    }
    writeFileSync(join(outRoot, `ghi-chu.old-${deadPid}`), 'của người dùng');
    // A staging folder this tool left when it was killed (its process is gone).
    mkdirSync(join(outRoot, `.cong-truong-tmp.staging.${SITE}.${deadPid}.1`, 'tin-tuc'), { recursive: true });
    run = await runBuild(['--sites-dir', sitesDir, '--out-dir', outRoot, '--site', SITE], { ...cacheEnv, TMPDIR: tmp });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('really is another file system', () => {
    expect(statSync(tmp).dev).not.toBe(statSync(outRoot).dev);
  });

  it('succeeds, with the search index', () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Xong / done');
    expect(existsSync(join(outRoot, SITE, 'index.html'))).toBe(true);
    expect(existsSync(join(outRoot, SITE, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('removes only what it created: its own stale staging folder, not folders that look like leftovers', () => {
    expect(run.stdout).toContain(
      `cleaned up after an interrupted build: .cong-truong-tmp.staging.${SITE}.${deadPid}.1`,
    );
    expect(readdirSync(outRoot).sort()).toEqual(['.audit', ...userFolders, `ghi-chu.old-${deadPid}`, SITE].sort());
    for (const name of userFolders)
      expect(readFileSync(join(outRoot, name, 'giu-lai.txt'), 'utf8')).toBe('của người dùng');
    expect(readFileSync(join(outRoot, `ghi-chu.old-${deadPid}`), 'utf8')).toBe('của người dùng');
  });

  it('leaves no build root in the temp folder', () => {
    const roots = join(tmp, 'cong-truong-build');
    expect(existsSync(roots) ? readdirSync(roots) : []).toEqual([]);
  });
});

describe('stopping the build during the Astro step', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s: exit %i, no Astro process left, no staging folder, the previous output intact',
    async (signal, code) => {
      // The site was built by the previous block: that output must survive.
      expect(existsSync(join(outRoot, SITE, 'index.html'))).toBe(true);
      const before = snapshot(join(outRoot, SITE));
      const { child, done } = startBuild(['--sites-dir', sitesDir, '--out-dir', outRoot, '--site', SITE], cacheEnv);
      let exited = false;
      void done.then(() => (exited = true));
      const astro = await waitForAstro(child.pid!, () => exited);
      child.kill(signal);
      const run = await done;
      expect(run.code, run.stdout + run.stderr).toBe(code);
      expect(run.stderr).toContain(`Đang dừng (${signal})`);
      // Neither Astro nor anything in its process group is still running.
      expect(processes().filter((p) => p.pid === astro || p.pgrp === astro)).toEqual([]);
      expect(readdirSync(outRoot).filter((name) => name.startsWith('.cong-truong-tmp'))).toEqual([]);
      expect(existsSync(join(outRoot, '.logs'))).toBe(false);
      const roots = existsSync(buildRootsDir()) ? readdirSync(buildRootsDir()) : [];
      expect(roots.filter((name) => name.includes(`-${run.pid}-`))).toEqual([]);
      expect(snapshot(join(outRoot, SITE))).toEqual(before);
    },
  );
});
