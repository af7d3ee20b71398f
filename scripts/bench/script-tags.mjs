// Both script tags built exactly as `pnpm build` builds them (the same rollup entries), into any folder, so a
// startup comparison can hold a build of the sources as they were beside one of the sources as they are.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { CHAT_SCRIPT, LEAN_SCRIPT } from '../budgets.mjs';
import { repoRoot } from '../paths.mjs';

/**
 * Build refundguard.js and refundguard-chat.js from the current sources into `outDir`.
 * @returns {Promise<{ lean: string, chat: string }>} the two files' paths
 */
export async function buildScriptTags(outDir) {
  const { default: configs } = await import(pathToFileURL(join(repoRoot, 'rollup.config.mjs')).href);
  const names = [LEAN_SCRIPT.file, CHAT_SCRIPT.file].map((file) => file.split('/').pop());
  const written = {};
  for (const config of configs) {
    const name = String(config.output?.file ?? '')
      .split('/')
      .pop();
    if (!names.includes(name)) continue;
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const file = join(outDir, name);
    await bundle.write({ ...config.output, file });
    await bundle.close();
    written[name === names[0] ? 'lean' : 'chat'] = file;
  }
  return written;
}
