// One way to measure what an import costs a host: esbuild bundles it minified, as a host's bundler would.
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './paths.mjs';

const root = repoRoot;

let published;
/**
 * A node_modules folder where `@refundguard/core` and `@refundguard/widget` are the workspace
 * packages themselves, so imports resolve through their package.json (exports, sideEffects) to
 * the built `dist`, exactly as for a host that installed them.
 */
function publishedPackages() {
  if (published) return published;
  published = join(mkdtempSync(join(tmpdir(), 'refundguard-published-')), 'node_modules');
  mkdirSync(join(published, '@refundguard'), { recursive: true });
  for (const name of ['core', 'widget'])
    symlinkSync(join(root, 'packages', name), join(published, '@refundguard', name));
  return published;
}

/**
 * Bundle `contents` (imports resolved from the repository root) as minified ESM and return the code.
 * With `{ published: true }`, `@refundguard/*` imports resolve to the packages' built `dist`.
 */
export async function bundleMinified(contents, loader = 'ts', { published: fromDist = false } = {}) {
  return (await bundle(contents, loader, fromDist)).outputFiles[0].text;
}

/** The files a host's bundle of `contents` keeps, importing the built packages (`dist`) as a host would. */
export async function bundledFiles(contents) {
  const { metafile } = await bundle(contents, 'js', true);
  return Object.keys(metafile.outputs).flatMap((output) => Object.keys(metafile.outputs[output].inputs));
}

function bundle(contents, loader, fromDist) {
  return build({
    stdin: { contents, resolveDir: root, loader },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    // The repository's tsconfig paths point at the sources; a host's bundler sees only the packages.
    ...(fromDist ? { nodePaths: [publishedPackages()], tsconfigRaw: '{}' } : {}),
  });
}
