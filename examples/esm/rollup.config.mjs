// Bundles the app with @refundguard/widget (and its Preact runtime) into one file the page loads.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/main.ts',
  output: { file: 'dist/app.js', format: 'es' },
  plugins: [nodeResolve({ browser: true }), esbuild({ target: 'es2020', minify: true })],
};
