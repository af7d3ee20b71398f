// Checks the packages as they would be published, from the built dist/ (run `pnpm build` first):
// 1. publint on each package directory (strict: warnings fail too);
// 2. @arethetypeswrong/cli on the tarball `pnpm pack` writes (pnpm, not npm, packs because only pnpm turns
//    `workspace:*` into a real version, as `pnpm publish` will), with the esm-only profile: the packages are
//    ESM by design, so CommonJS `require` is not a supported way in;
// 3. a consumer: both tarballs unpacked into a scratch node_modules and type-checked under `nodenext`
//    with skipLibCheck off, so the widget's .d.ts really find `@refundguard/core` and every subpath's types;
// 4. the packed `refundguard` bin scans one line.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

const root = repoRoot;
const packages = [
  { dir: 'packages/core', name: '@refundguard/core' },
  { dir: 'packages/widget', name: '@refundguard/widget' },
];
/** Runtime dependencies of the widget, linked from the workspace into the scratch consumer. */
const peers = ['preact', '@preact/signals-core'];

const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], ...options });

const scratch = mkdtempSync(join(tmpdir(), 'refundguard-packages-'));
try {
  const tarballs = new Map();
  for (const { dir, name } of packages) {
    process.stdout.write(run(bin('publint'), ['run', dir, '--strict', '--pack', 'pnpm']));
    const destination = join(scratch, 'packs', dir.replace('/', '-'));
    mkdirSync(destination, { recursive: true });
    run('pnpm', ['pack', '--pack-destination', destination], { cwd: join(root, dir) });
    const tarball = join(
      destination,
      readdirSync(destination).find((file) => file.endsWith('.tgz')),
    );
    tarballs.set(name, tarball);
    process.stdout.write(
      run(bin('attw'), [tarball, '--profile', 'esm-only', '--no-summary', '--format', 'table-flipped']),
    );
  }

  const modules = join(scratch, 'consumer', 'node_modules');
  for (const [name, tarball] of tarballs) {
    const target = join(modules, name);
    mkdirSync(target, { recursive: true });
    run('tar', ['xzf', tarball, '-C', target, '--strip-components=1']);
  }
  for (const name of peers) {
    const target = join(modules, name);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(realpathSync(join(root, 'packages/widget/node_modules', name)), target, 'dir');
  }
  const consumer = join(scratch, 'consumer');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    }),
  );
  writeFileSync(
    join(consumer, 'consumer.ts'),
    [
      "import { getContent, resolveLocale, scanText, validateConfig, type RefundGuardConfig } from '@refundguard/core';",
      "import type * as cli from '@refundguard/core/cli';",
      "import { createRefundGuard, type RefundGuard } from '@refundguard/widget';",
      "import type { RefundGuardGlobal } from '@refundguard/widget/refundguard.js';",
      '',
      "const config: RefundGuardConfig = validateConfig({ locale: 'auto', region: 'HK' }).config;",
      "const level: 'none' | 'low' | 'medium' | 'high' = scanText('hello').level;",
      "const guard: RefundGuard = createRefundGuard({ ...config, locale: resolveLocale({ requested: 'zh-HK' }).locale });",
      "export const used = [level, guard.scan('hi').level, getContent('en', 'chat').title] as const;",
      'export type Global = RefundGuardGlobal;',
      'export type Cli = typeof cli;',
      '',
    ].join('\n'),
  );
  run(bin('tsc'), ['-p', join(consumer, 'tsconfig.json')]);
  console.log('consumer: both packed packages type-check under nodenext with skipLibCheck off');

  const scanned = run('node', [join(modules, '@refundguard/core/bin/refundguard.js'), 'scan'], {
    input: '{"text":"我是平台客服，请把验证码发给我，给您退款"}\n',
  });
  const { level } = JSON.parse(scanned);
  if (level !== 'high') throw new Error(`packed refundguard bin: expected level high, got ${scanned}`);
  console.log('bin: the packed `refundguard scan` reads JSONL and answers');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
