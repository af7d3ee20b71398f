// `pnpm eval`: runs every detector over every file of ../shared/corpus against the built core
// (packages/core/dist/index.js, or REFUNDGUARD_CORE) and prints the figures and the worst cases.
// `--markdown` prints only the summary table used in docs/detection.md.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDir, repoRoot } from './corpus.mjs';
import { evaluateDialogues, evaluateMessages } from './text.mjs';

const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);

/** Targets the detectors must meet; checked at the end, failing the run when one is missed. */
const TARGETS = [
  [
    'challenge-dev.jsonl',
    'scam recall ≥ medium, each language',
    (r) => Object.values(r.byLang).every((m) => m.medium.recall >= 0.9),
  ],
  ['challenge-dev.jsonl', 'benign FPR ≥ medium ≤ 5%', (r) => r.all.medium.fpr <= 0.05],
  ['challenge-dev.jsonl', 'benign FPR at high ≤ 2%', (r) => r.all.high.fpr <= 0.02],
  ['teleantifraud-dev.jsonl', 'benign FPR ≥ medium ≤ 2%', (r) => r.all.medium.fpr <= 0.02],
  ['teleantifraud-dev.jsonl', 'service-impersonation recall ≥ medium ≥ 85%', (r) => r.service.medium.recall >= 0.85],
  ['sms-ham-en-dev.jsonl', 'FPR ≥ medium ≤ 0.5%', (r) => r.all.medium.fpr <= 0.005],
];

function tableRows(file, label, m) {
  return `| ${file} | ${label} | ${m.scams} | ${m.benign} | ${pct(m.medium.precision)} | ${pct(m.medium.recall)} | ${pct(m.medium.fpr)} | ${pct(m.high.precision)} | ${pct(m.high.recall)} | ${pct(m.high.fpr)} |`;
}

export async function runEval({ core, dir, log = console.log, markdown = false }) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const results = {};
  const table = [
    '| file | subset | scams | benign | precision ≥ medium | recall ≥ medium | FPR ≥ medium | precision high | recall high | FPR high |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const file of files) {
    if (file.startsWith('urls')) continue;
    const sample = (await import('./corpus.mjs')).readJsonl(dir, file)[0] ?? {};
    const isDialogue = typeof sample.text === 'string' && /^A\s*[:：]/.test(sample.text);
    const result = isDialogue ? evaluateDialogues(core, dir, file) : evaluateMessages(core, dir, file);
    results[file] = result;
    table.push(tableRows(file, 'all', result.all));
    if (result.byLang && Object.keys(result.byLang).length > 1) {
      for (const [lang, m] of Object.entries(result.byLang)) table.push(tableRows(file, lang, m));
    }
    if (result.service) table.push(tableRows(file, 'caller claims service/courier/shop/platform', result.service));
  }
  log(table.join('\n'));
  if (markdown) return results;

  for (const [file, result] of Object.entries(results)) {
    log(`\n## ${file}`);
    if (result.service) {
      log(
        `service-impersonation subset: ${result.service.scams} scam dialogues (${result.serviceBenignClaims} benign dialogues also match the claim rule)`,
      );
    }
    log('worst false positives (≥ medium):');
    for (const r of result.falsePositives)
      log(`  ${r.level} ${r.score} ${r.lang} ${r.kind ?? ''} [${r.ids.join(',')}] ${r.text}`);
    log('worst misses (scams below medium):');
    for (const r of result.misses)
      log(`  ${r.level} ${r.score} ${r.lang} ${r.kind ?? ''} [${r.ids.join(',')}] ${r.text}`);
  }

  log('\n## urls-dev.jsonl');
  let urlsOk = true;
  try {
    const urls = await import('./urls.mjs');
    if (files.includes('urls-dev.jsonl')) urlsOk = urls.printUrlReport(urls.evaluateUrls(core, dir), log);
  } catch (error) {
    log(`skipped: the link evaluation (scripts/eval/urls.mjs) is not available yet (${error.code ?? error.message})`);
  }

  log('\n## targets');
  let ok = urlsOk;
  for (const [file, name, check] of TARGETS) {
    if (!results[file]) continue;
    const met = check(results[file]);
    ok &&= met;
    log(`  ${met ? 'met ' : 'MISS'}  ${file}: ${name}`);
  }
  return { results, ok };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = await import(
    pathToFileURL(process.env.REFUNDGUARD_CORE ?? join(repoRoot, 'packages/core/dist/index.js')).href
  );
  const { ok } = await runEval({
    core,
    dir: corpusDir(process.argv.slice(2).find((arg) => !arg.startsWith('--'))),
    markdown: process.argv.includes('--markdown'),
  });
  if (ok === false) process.exitCode = 1;
}
