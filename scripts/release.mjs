// `pnpm release`: everything a merchant or an app needs without cloning, in release/:
// both script tags, their SHA-384 integrity, a copy-paste snippet per file (integrity + crossorigin),
// and the npm tarballs of @refundguard/core and @refundguard/widget, packed by pnpm as `pnpm publish` would.
// Expects `pnpm build` to have run (`pnpm release` does it first).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.mjs';

/** Where the files go, and where the snippets expect them on the merchant's site (change it to your path). */
export const RELEASE_DIR = join(repoRoot, 'release');
export const SELF_HOSTED_PATH = '/path/';

/** The two script tags: which pages each is for, and a placeholder that shows a reminder. */
export const SCRIPTS = [
  {
    file: 'refundguard.js',
    pages: 'every shop page (order confirmation, order status, after-sales)',
    scenario: 'after-sales',
  },
  { file: 'refundguard-chat.js', pages: 'pages with a chat, outside links or a message box', scenario: 'chat' },
];

const PACKAGES = ['packages/core', 'packages/widget'];

/** The `integrity` value of a file: SHA-384, base64, as Subresource Integrity writes it. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The copy-paste snippet for one script: queue, script tag with integrity and crossorigin, a placeholder. */
export function snippetFor({ file, scenario }, integrity, path = SELF_HOSTED_PATH) {
  return [
    '<script>window.RefundGuard=window.RefundGuard||function(){(RefundGuard.q=RefundGuard.q||[]).push(arguments)}</script>',
    `<script async src="${path}${file}" integrity="${integrity}" crossorigin="anonymous" data-locale="auto" data-region="CN"></script>`,
    `<div data-refundguard="${scenario}"></div>`,
  ].join('\n');
}

function release() {
  rmSync(RELEASE_DIR, { recursive: true, force: true });
  mkdirSync(RELEASE_DIR);
  const integrity = {};
  const sections = [];
  for (const script of SCRIPTS) {
    const source = join(repoRoot, 'packages/widget/dist', script.file);
    copyFileSync(source, join(RELEASE_DIR, script.file));
    integrity[script.file] = integrityOf(readFileSync(source));
    const snippet = snippetFor(script, integrity[script.file]);
    writeFileSync(join(RELEASE_DIR, `${script.file.replace(/\.js$/, '')}.snippet.html`), `${snippet}\n`);
    sections.push(`## ${script.file}\n\nFor ${script.pages}.\n\n\`\`\`html\n${snippet}\n\`\`\`\n`);
  }
  writeFileSync(join(RELEASE_DIR, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  for (const dir of PACKAGES) {
    execFileSync('pnpm', ['pack', '--pack-destination', RELEASE_DIR], { cwd: join(repoRoot, dir), stdio: 'ignore' });
  }
  const tarballs = readdirSync(RELEASE_DIR).filter((name) => name.endsWith('.tgz'));
  const readme = [
    '# RefundGuard release files',
    '',
    `Copy the two scripts to your site, at the path the snippets use (\`${SELF_HOSTED_PATH}\`; change it to yours).`,
    'Each snippet carries the file’s SHA-384 `integrity`, so the browser refuses a file that was changed.',
    '',
    ...sections,
    '## npm tarballs',
    '',
    'Until the packages are on the registry: `npm install ./' +
      tarballs.find((name) => name.includes('core')) +
      ' ./' +
      tarballs.find((name) => name.includes('widget')) +
      '`.',
    '',
  ].join('\n');
  writeFileSync(join(RELEASE_DIR, 'README.md'), readme);
  console.log(`release/: ${readdirSync(RELEASE_DIR).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) release();
