// `node scripts/eval/split.mjs [corpus dir] [--show A]`: the text figures of `pnpm eval` on two fixed
// halves of every development file, to estimate how well a change generalizes. Each row goes to half A
// or B by a hash of its id (or source, or text), so the split never changes between runs. Study
// failures in half A only (`--show A` prints its worst cases); half B stays unseen and tells whether a
// change helps beyond the rows that motivated it. Runs against the built core, like `pnpm eval`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDir, readJsonl, repoRoot } from './corpus.mjs';
import { measure } from './metrics.mjs';
import { evaluateDialogues, evaluateMessages, worst } from './text.mjs';

/** FNV-1a over UTF-16 units: a stable, dependency-free hash. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** 'A' or 'B' for a row key; about half each. */
export const halfOf = (key) => (fnv1a(String(key)) & 1 ? 'B' : 'A');

const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);

/** One line per half: recall and FPR at ≥ medium and at high, on the whole file and its subsets. */
function lines(file, label, rowsByHalf) {
  return ['A', 'B'].map((half) => {
    const m = measure(rowsByHalf[half]);
    return `| ${file} | ${label} | ${half} | ${m.scams} | ${m.benign} | ${pct(m.medium.recall)} | ${pct(m.medium.fpr)} | ${pct(m.high.recall)} | ${pct(m.high.fpr)} |`;
  });
}

export function runSplit({ core, dir, log = console.log, show = null }) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('urls'))
    .sort();
  const out = [
    '| file | subset | half | scams | benign | recall ≥ medium | FPR ≥ medium | recall high | FPR high |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const shown = [];
  for (const file of files) {
    const sample = readJsonl(dir, file)[0] ?? {};
    const isDialogue = typeof sample.text === 'string' && /^A\s*[:：]/.test(sample.text);
    const { rows } = isDialogue ? evaluateDialogues(core, dir, file) : evaluateMessages(core, dir, file);
    const split = (subset) => ({
      A: subset.filter((r) => halfOf(r.key) === 'A'),
      B: subset.filter((r) => halfOf(r.key) === 'B'),
    });
    out.push(...lines(file, 'all', split(rows)));
    const langs = [...new Set(rows.map((r) => r.lang))].sort();
    if (langs.length > 1)
      for (const lang of langs) out.push(...lines(file, lang, split(rows.filter((r) => r.lang === lang))));
    if (isDialogue) {
      const service = rows.filter((r) => r.label === 'scam' && r.service);
      out.push(...lines(file, 'caller claims service/courier/shop/platform', split(service)));
    }
    if (show) {
      const mine = split(rows)[show];
      const { falsePositives, misses } = worst(mine);
      const serviceMisses = worst(mine.filter((r) => r.service)).misses;
      shown.push(`\n## ${file}, half ${show}`, 'worst false positives (≥ medium):');
      for (const r of falsePositives) shown.push(`  ${r.level} ${r.score} ${r.lang} [${r.ids.join(',')}] ${r.text}`);
      shown.push('worst misses:');
      for (const r of isDialogue ? serviceMisses : misses)
        shown.push(`  ${r.level} ${r.score} ${r.lang} [${r.ids.join(',')}] ${r.text}`);
    }
  }
  log(out.join('\n'));
  if (shown.length) log(shown.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = await import(
    pathToFileURL(process.env.REFUNDGUARD_CORE ?? join(repoRoot, 'packages/core/dist/index.js')).href
  );
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? (args[showAt + 1] ?? 'A').toUpperCase() : null;
  runSplit({
    core,
    dir: corpusDir(args.find((arg, i) => !arg.startsWith('--') && (showAt < 0 || i !== showAt + 1))),
    show,
  });
}
