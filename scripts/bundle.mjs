// One way to measure what an import costs a host: esbuild bundles it minified, as a host's bundler would.
import { build } from 'esbuild';
import { repoRoot } from './paths.mjs';

const root = repoRoot;

/** Bundle `contents` (imports resolved from the repository root) as minified ESM and return the code. */
export async function bundleMinified(contents, loader = 'ts') {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: root, loader },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}
