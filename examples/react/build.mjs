// Bundles the React app and @refundguard/widget into one file the page loads.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.tsx'],
  outfile: 'dist/app.js',
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  // This folder's tsconfig (React JSX), not the repository's root one (Preact JSX, source paths).
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'info',
});
