// `pnpm train`: fits the learned scorer on ../shared/corpus (plus the repository's own messages) and
// writes packages/core/src/detect/model/weights.generated.ts. Deterministic: run it twice, get the same
// bytes; `pnpm test` checks the committed file is what this produces.
import { writeFileSync } from 'node:fs';
import { findCorpus, loadItems, MODULE_PATH } from './data.js';
import { train } from './fit.js';

const dir = findCorpus();
if (!dir) {
  console.error('train: ../shared/corpus not found (set REFUNDGUARD_CORPUS to its folder)');
  process.exit(1);
}
const started = Date.now();
const items = loadItems(dir);
const { source, model } = train(items);
writeFileSync(MODULE_PATH, source);
console.log(
  `train: ${items.length} items, 2^${model.bits} buckets, thresholds ${model.thresholds.join(' / ')} (Traditional ${model.traditionalThresholds.join(' / ')}, Latin ${model.latinThresholds.join(' / ')}), ` +
    `calibration ${model.calibration.join(', ')}, ${source.length} characters, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
