/**
 * The CI templates (issue 10, point 7), parsed with `yaml`: every action pinned to a
 * commit, no `${{ }}` inside a shell script and no unquoted variable in one, no
 * `|| true`, least-privilege permissions that still check out a private repository;
 * and their shell scripts run for real with stand-ins for npm, aws, rclone: a school
 * that fails to build, or that the audit finds spam in, is not published, the other
 * schools are, and the job fails at its end.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/paths.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  env?: Record<string, string>;
}

const GITHUB_FILE = join(ROOT, '.ci/templates/github-actions.yml');
const GITLAB_FILE = join(ROOT, '.ci/templates/gitlab-ci.yml');
const GITHUB_TEXT = readFileSync(GITHUB_FILE, 'utf8');
const GITLAB_TEXT = readFileSync(GITLAB_FILE, 'utf8');
const github = parseYaml(GITHUB_TEXT) as {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job & { if?: string; needs?: string[] }>;
};
const gitlab = parseYaml(GITLAB_TEXT) as Record<string, { script?: string[] } | unknown>;

const githubSteps = Object.entries(github.jobs).flatMap(([job, j]) => j.steps.map((s) => ({ job, ...s })));
const githubRuns = githubSteps
  .filter((s) => s.run)
  .map((s) => [`${s.job}: ${s.name ?? s.id ?? s.run!.split('\n')[0]}`, s.run!] as const);
const gitlabJobs = Object.entries(gitlab).filter(
  ([, v]) => v && typeof v === 'object' && Array.isArray((v as { script?: unknown }).script),
) as [string, { script: string[] }][];
const gitlabRuns = gitlabJobs.flatMap(([job, j]) => j.script.map((s, i) => [`${job}: script ${i + 1}`, s] as const));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * `$NAME` and `${…}` expansions outside double quotes (word splitting and globbing let a
 * value add arguments). Allowed: assignments (`x=$?`), arithmetic, and `${X:+… "$X"}`,
 * which expands to nothing or to quoted words.
 */
function unquotedExpansions(script: string): string[] {
  const found: string[] = [];
  const stack: ('top' | 'dq' | 'cmd')[] = ['top'];
  let depth = 0;
  for (let i = 0; i < script.length; i += 1) {
    const c = script[i]!;
    const ctx = stack[stack.length - 1]!;
    const rest = script.slice(i);
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (ctx !== 'dq' && c === "'") {
      i = script.indexOf("'", i + 1);
      if (i === -1) return [...found, 'unterminated quote'];
      continue;
    }
    if (ctx !== 'dq' && c === '#' && (i === 0 || /\s/.test(script[i - 1]!))) {
      i = script.indexOf('\n', i);
      if (i === -1) break;
      continue;
    }
    if (c === '"') {
      if (ctx === 'dq') stack.pop();
      else stack.push('dq');
      continue;
    }
    if (rest.startsWith('$((')) {
      i = script.indexOf('))', i) + 1;
      continue;
    }
    if (rest.startsWith('$(')) {
      stack.push('cmd');
      depth = 0;
      i += 1;
      continue;
    }
    if (ctx === 'cmd' && c === '(') depth += 1;
    if (ctx === 'cmd' && c === ')') {
      if (depth === 0) stack.pop();
      else depth -= 1;
      continue;
    }
    if (c === '$' && ctx !== 'dq') {
      const guarded = /^\$\{\w+:\+[^}"]*"\$\w+"\}/.exec(rest);
      if (guarded) {
        i += guarded[0].length - 1;
        continue;
      }
      const name = /^\$(\{[^}]*\}|\w+|\?)/.exec(rest)?.[0];
      if (!name) continue;
      const assignment = /(^|[\s;|&])\w+=$/.test(script.slice(Math.max(0, i - 40), i));
      if (!assignment) found.push(name);
      i += name.length - 1;
    }
  }
  return found;
}

describe('the quoting check itself', () => {
  it.each([
    ['aws s3 sync $dir "$dest"', ['$dir']],
    ['npm run audit -- $args', ['$args']],
    ['x=$(basename $dir)', ['$dir']],
    ['echo "$a" \'$b\' "${c}" "$(paste -sd\' \' f)"', []],
    ['status=$?; npm run build -- ${BASE:+--changed "$BASE"}', []],
    ['total=$(( count < 4 ? count : 4 ))', []],
    ['# a comment with $x\necho ok', []],
    ['for d in dist/*/; do echo ${d}; done', ['${d}']],
  ])('%s', (script, expected) => {
    expect(unquotedExpansions(script)).toEqual(expected);
  });
});

describe('GitHub Actions template', () => {
  it('has steps to check', () => {
    expect(githubSteps.length).toBeGreaterThan(10);
    expect(githubRuns.length).toBeGreaterThan(5);
  });

  it.each(githubSteps.filter((s) => s.uses).map((s) => [`${s.job}: ${s.uses}`, s.uses!] as const))(
    '%s is pinned to a full commit SHA with its version beside it',
    (_what, uses) => {
      expect(uses).toMatch(/^actions\/[a-z-]+(\/(restore|save))?@[0-9a-f]{40}$/);
      expect(GITHUB_TEXT).toMatch(new RegExp(`uses: ${uses.replace(/[/.]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+\\n`));
    },
  );

  it.each(githubRuns)('%s: no ${{ }} expansion, no unquoted variable, valid bash', (_what, script) => {
    expect(script).not.toContain('${{');
    expect(unquotedExpansions(script)).toEqual([]);
    const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('never hides a failure with || true', () => {
    expect(GITHUB_TEXT).not.toMatch(/\|\|\s*(true|:)\b/);
  });

  it('grants nothing by default, contents: read to every job that checks out, Pages rights only to the Pages job', () => {
    expect(github.permissions).toEqual({});
    for (const [name, job] of Object.entries(github.jobs)) {
      const checksOut = job.steps.some((s) => s.uses?.startsWith('actions/checkout@'));
      expect(job.permissions, name).toBeDefined();
      if (checksOut) expect(job.permissions?.contents, name).toBe('read');
      const writes = Object.entries(job.permissions ?? {})
        .filter(([, v]) => v === 'write')
        .map(([k]) => k)
        .sort();
      expect(writes, name).toEqual(name === 'pages' ? ['id-token', 'pages'] : []);
    }
  });

  it('does not leave the checkout token in .git/config for later steps', () => {
    for (const step of githubSteps.filter((s) => s.uses?.startsWith('actions/checkout@')))
      expect((step as { with?: Record<string, unknown> }).with?.['persist-credentials']).toBe(false);
  });

  it('builds with a report, audits with --fail-on tu-khoa-co-bac (not --strict) and publishes from publish.txt', () => {
    const steps = github.jobs.build!.steps;
    expect(steps.find((s) => s.id === 'build')?.run).toContain('--report build-report.json');
    expect(steps.find((s) => s.id === 'audit')?.run).toMatch(/--fail-on tu-khoa-co-bac/);
    expect(GITHUB_TEXT).not.toContain('--strict');
    expect(steps.find((s) => s.name?.startsWith('Đăng lên kho S3'))?.run).toContain('done < publish.txt');
  });
});

describe('GitLab CI template', () => {
  it('has scripts to check', () => {
    expect(gitlabRuns.length).toBeGreaterThan(4);
  });

  it.each(gitlabRuns)('%s: no unquoted variable, valid bash', (_what, script) => {
    expect(unquotedExpansions(script)).toEqual([]);
    const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('never hides a failure with || true, and uses --fail-on instead of --strict', () => {
    expect(GITLAB_TEXT).not.toMatch(/\|\|\s*(true|:)\b/);
    expect(GITLAB_TEXT).toContain('--fail-on tu-khoa-co-bac');
    expect(GITLAB_TEXT).not.toContain('--strict');
  });
});

/** A folder with stand-ins for the commands the scripts call; every call is logged. `npmBody` replaces npm's stand-in. */
function sandbox(audit: { defaced: string[]; exit: number }, npmBody?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cong-truong-ci-'));
  temps.push(dir);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const report = JSON.stringify({
    results: [
      { site: 'tot', ok: true },
      { site: 'hong', ok: false },
      { site: 'bi-chen', ok: true },
    ],
  });
  const auditJson = JSON.stringify({
    sites: ['tot', 'bi-chen'].map((id) => ({
      id,
      findings: audit.defaced.includes(id)
        ? [{ rule: 'tu-khoa-co-bac', severity: 'error' }]
        : [{ rule: 'cong-khai-day-du', severity: 'error' }],
    })),
  });
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\necho "${name} $*" >> "${join(dir, 'calls.log')}"\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  // The plan step counts sites with node: the real one.
  symlinkSync(process.execPath, join(bin, 'node'));
  stub('curl', 'exit 0');
  if (npmBody) stub('npm', npmBody);
  else
    stub(
      'npm',
      `case " $* " in
  *" build "*) echo '${report}' > build-report.json; exit 1 ;;
  *" audit "*) echo '${auditJson}'; exit ${audit.exit} ;;
  *) exit 0 ;;
esac`,
    );
  stub('aws', 'exit 0');
  stub('rclone', 'exit 0');
  stub('apt-get', 'exit 0');
  for (const id of ['tot', 'hong', 'bi-chen']) mkdirSync(join(dir, 'dist', id), { recursive: true });
  const run = (script: string, env: Record<string, string>) =>
    spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env },
    });
  const calls = () =>
    existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n') : [];
  return { dir, run, calls };
}

const uploaded = (calls: string[], tool: string) => [
  ...new Set(calls.filter((c) => c.startsWith(`${tool} `)).map((c) => /dist\/([^/ ]+)\//.exec(c)?.[1])),
];

describe('one broken school does not stop the others (the scripts run for real)', () => {
  it.each([
    ['a school fails to build', [], 0],
    ['a school fails to build and the audit finds spam in another', ['bi-chen'], 1],
  ] as const)('GitHub: %s', (_what, defaced, auditExit) => {
    const box = sandbox({ defaced: [...defaced], exit: auditExit });
    const steps = github.jobs.build!.steps;
    const env = {
      BASE: '',
      SHARD: '1/1',
      S3_BUCKET: 'kho truong',
      S3_ENDPOINT: 'https://s3.example.vn',
      AWS_DEFAULT_REGION: 'auto',
    };
    // Each step writes its outputs to its own GITHUB_OUTPUT file, read as steps.<id>.outputs.
    const outputs: Record<string, string> = {};
    for (const id of ['build', 'audit']) {
      const file = join(box.dir, `output-${id}`);
      expect(box.run(steps.find((s) => s.id === id)!.run!, { ...env, GITHUB_OUTPUT: file }).status, id).toBe(0);
      outputs[id] = /^status=(.*)$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    }
    expect(outputs).toEqual({ build: '1', audit: String(auditExit) });
    const publish = box.run(steps.find((s) => s.name?.startsWith('Đăng lên kho S3'))!.run!, env);
    expect(publish.status, publish.stderr).toBe(0);
    expect(uploaded(box.calls(), 'aws')).toEqual(defaced.length ? ['tot'] : ['tot', 'bi-chen']);
    // The bucket name with a space stays one argument.
    expect(
      box
        .calls()
        .filter((c) => c.startsWith('aws '))
        .every((c) => c.includes('s3://kho truong/') && c.includes('--endpoint-url https://s3.example.vn')),
    ).toBe(true);
    const result = box.run(steps.find((s) => s.name === 'Kết quả / result')!.run!, {
      BUILD_STATUS: outputs.build!,
      AUDIT_STATUS: outputs.audit!,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::Có trường dựng lỗi');
    expect(result.stdout.includes('Kiểm tra thấy nội dung cờ bạc')).toBe(auditExit !== 0);
    const clean = box.run(steps.find((s) => s.name === 'Kết quả / result')!.run!, {
      BUILD_STATUS: '0',
      AUDIT_STATUS: '0',
    });
    expect(clean.status).toBe(0);
  });

  it.each([
    ['a school fails to build', [], 0],
    ['a school fails to build and the audit finds spam in another', ['bi-chen'], 1],
  ] as const)('GitLab: %s', (_what, defaced, auditExit) => {
    const box = sandbox({ defaced: [...defaced], exit: auditExit });
    const job = gitlabJobs.find(([name]) => name === 'build')![1];
    // GitLab runs the script items one after the other in one shell.
    const script = job.script.filter((s) => !s.startsWith('npm ci')).join('\n');
    const run = box.run(script, {
      CI_PIPELINE_SOURCE: 'schedule',
      CI_NODE_INDEX: '1',
      CI_NODE_TOTAL: '1',
      S3_BUCKET: 'kho',
      CI_COMMIT_BRANCH: 'main',
      CI_DEFAULT_BRANCH: 'main',
    });
    expect(run.status).toBe(1);
    expect(uploaded(box.calls(), 'rclone')).toEqual(defaced.length ? ['tot'] : ['tot', 'bi-chen']);
    expect(run.stdout).toContain('Có trường dựng lỗi');
  });
});

describe('liên thông: daily rebuild, the cache of the other portals, and the cross-repository trigger', () => {
  const gitlabJob = (name: string) =>
    gitlab[name] as {
      cache?: { key: unknown; paths: string[]; when?: string }[];
      rules?: { if: string; when?: string }[];
      script: string[];
      needs?: unknown;
      stage?: string;
    };
  const planStep = github.jobs.plan!.steps.find((s) => s.id === 'plan')!;
  /** npm's stand-in for the plan: prints the site list as `build --list` would. */
  const listing = `case " $* " in *" --list "*) echo '["phong-vhxh-hoa-binh"]' ;; esac`;

  it('GitHub rebuilds every school every night, from a full list (no --changed)', () => {
    expect(github.on.schedule).toEqual([{ cron: '30 17 * * *' }]);
    const box = sandbox({ defaced: [], exit: 0 }, listing);
    const output = join(box.dir, 'output-plan');
    const run = box.run(planStep.run!, {
      EVENT: 'schedule',
      BEFORE: '',
      FULL: '',
      REBUILD_SITES: '',
      GITHUB_OUTPUT: output,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(box.calls()).toEqual(['npm run -s build -- --list']);
    expect(readFileSync(output, 'utf8')).toContain('base=\nonly=\n');
  });

  it('GitHub keeps .cache/lien-thong between runs: restored before the build, saved even when a school failed', () => {
    const steps = github.jobs.build!.steps;
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore@'));
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save@'));
    const build = steps.findIndex((s) => s.id === 'build');
    expect(restore).toBeGreaterThan(-1);
    expect(restore).toBeLessThan(build);
    expect(save).toBeGreaterThan(build);
    expect(steps[restore]!.with?.path).toBe('.cache/lien-thong');
    expect(steps[save]!.with).toMatchObject({ path: '.cache/lien-thong', key: steps[restore]!.with?.key });
    expect(steps[save]!.if).toMatch(/^always\(\)/);
    // Each run saves a new entry (caches are immutable); the newest is restored by prefix.
    expect(steps[restore]!.with?.key).toContain('${{ github.run_id }}');
    expect(steps[restore]!.with?.['restore-keys']).toContain('lien-thong-');
    expect(
      github.jobs.pages!.steps.some(
        (s) => s.uses?.startsWith('actions/cache@') && s.with?.path === '.cache/lien-thong',
      ),
    ).toBe(true);
  });

  it('GitHub: a repository_dispatch from a linked portal rebuilds the sites it names, and refuses anything but site ids', () => {
    expect(github.on.repository_dispatch).toEqual({ types: ['lien-thong'] });
    expect(planStep.env?.REBUILD_SITES).toBe('${{ github.event.client_payload.sites }}');
    const box = sandbox({ defaced: [], exit: 0 }, listing);
    const output = join(box.dir, 'output-plan');
    const env = { EVENT: 'repository_dispatch', BEFORE: '', FULL: '', GITHUB_OUTPUT: output };
    expect(box.run(planStep.run!, { ...env, REBUILD_SITES: 'phong-vhxh-hoa-binh,so-gddt' }).status).toBe(0);
    expect(box.calls()).toEqual(['npm run -s build -- --site phong-vhxh-hoa-binh,so-gddt --list']);
    expect(readFileSync(output, 'utf8')).toContain('only=phong-vhxh-hoa-binh,so-gddt\n');
    for (const hostile of ['x; curl evil.example', '$(id)', '--out-dir=/', 'a b', 'Trường']) {
      const refused = box.run(planStep.run!, { ...env, REBUILD_SITES: hostile });
      expect(refused.status, hostile).toBe(1);
      expect(refused.stdout).toContain('::error::client_payload.sites');
    }
    expect(box.calls()).toHaveLength(1);
    // The build job builds the same selection.
    expect(github.jobs.build!.steps.find((s) => s.id === 'build')?.run).toContain(
      '${ONLY:+--site "$ONLY"} ${BASE:+--changed "$BASE"} --shard "$SHARD"',
    );
  });

  it('GitHub notifies the linked portal after a push only (never after a dispatch or a schedule: no loop), with a JSON body a value cannot break', () => {
    const job = github.jobs['lien-thong']!;
    expect(job.needs).toEqual(['plan', 'build']);
    expect(job.if).toContain("github.event_name == 'push'");
    expect(job.if).toContain("vars.LIEN_THONG_REPO != ''");
    expect(job.permissions).toEqual({});
    const step = job.steps[0]!;
    expect(step.env).toEqual({
      TOKEN: '${{ secrets.LIEN_THONG_TOKEN }}',
      REPO: '${{ vars.LIEN_THONG_REPO }}',
      SITES: '${{ vars.LIEN_THONG_SITES }}',
    });
    const box = sandbox({ defaced: [], exit: 0 });
    const run = box.run(step.run!, { TOKEN: 't0k', REPO: 'sogd/cong-so', SITES: 'phong-a", "x": "y' });
    expect(run.status, run.stderr).toBe(0);
    const call = box.calls().find((c) => c.startsWith('curl '))!;
    expect(call).toContain('https://api.github.com/repos/sogd/cong-so/dispatches');
    const body = /--data (\{.*\}) https/.exec(call)?.[1] ?? '';
    expect(JSON.parse(body)).toEqual({ event_type: 'lien-thong', client_payload: { sites: 'phong-a", "x": "y' } });
  });

  it('GitLab runs scheduled and triggered pipelines, and keeps .cache/lien-thong per shard even when a school failed', () => {
    const rules = (gitlab.workflow as { rules: { if: string }[] }).rules.map((r) => r.if);
    expect(rules).toEqual(
      expect.arrayContaining(['$CI_PIPELINE_SOURCE == "schedule"', '$CI_PIPELINE_SOURCE == "trigger"']),
    );
    expect(gitlabJob('build').cache).toContainEqual({
      key: 'lien-thong-$CI_NODE_INDEX-$CI_DEFAULT_BRANCH',
      paths: ['.cache/lien-thong/'],
      when: 'always',
    });
    expect(gitlabJob('pages').cache?.some((c) => c.paths.includes('.cache/lien-thong/'))).toBe(true);
  });

  it('GitLab: a triggered pipeline rebuilds REBUILD_SITES (site ids only)', () => {
    const script = gitlabJob('build').script.find((s) => s.includes('REBUILD_SITES'))!;
    const box = sandbox({ defaced: [], exit: 0 }, 'exit 0');
    const env = { CI_PIPELINE_SOURCE: 'trigger', CI_NODE_INDEX: '1', CI_NODE_TOTAL: '2' };
    expect(box.run(script, { ...env, REBUILD_SITES: 'phong-vhxh-hoa-binh' }).status).toBe(0);
    expect(box.calls()).toEqual(['npm run build -- --site phong-vhxh-hoa-binh --shard 1/2 --report build-report.json']);
    expect(box.run(script, { ...env, REBUILD_SITES: 'a;rm -rf ~' }).status).toBe(1);
    expect(box.calls()).toHaveLength(1);
  });

  it('GitLab triggers the linked portal after a push only, whatever the build result', () => {
    const job = gitlabJob('lien-thong');
    expect(job.stage).toBe('notify');
    expect(job.rules).toEqual([
      {
        if: '$LIEN_THONG_TRIGGER_URL && $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
        when: 'always',
      },
    ]);
    const box = sandbox({ defaced: [], exit: 0 });
    const run = box.run(job.script[0]!, {
      LIEN_THONG_TRIGGER_URL: 'https://git.sogd.vn/api/v4/projects/12/trigger/pipeline',
      LIEN_THONG_TRIGGER_TOKEN: 'glptt-x',
      LIEN_THONG_SITES: 'phong-a',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(box.calls()).toEqual([
      'curl --fail --silent --show-error --max-time 30 -X POST --form token=glptt-x --form ref=main --form variables[REBUILD_SITES]=phong-a https://git.sogd.vn/api/v4/projects/12/trigger/pipeline',
    ]);
  });
});

describe('image cache between runs', () => {
  it('GitHub and GitLab keep the theme image cache beside Astro cache, in the build and the pages jobs', () => {
    const paths = githubSteps.filter((s) => s.uses?.startsWith('actions/cache@')).map((s) => String(s.with?.path));
    expect(paths.filter((p) => p.includes('node_modules/.cache/cong-truong/images'))).toHaveLength(2);
    const gitlabPaths = ['build', 'pages'].flatMap((name) =>
      ((gitlab[name] as { cache?: { paths: string[] }[] }).cache ?? []).flatMap((c) => c.paths),
    );
    expect(gitlabPaths.filter((p) => p === 'node_modules/.cache/cong-truong/images/')).toHaveLength(2);
  });
});
