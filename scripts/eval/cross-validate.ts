// The honest figures of the learned scorer: 5-fold cross-validation over everything it trains on
// (each item judged by the model of the folds that did not see it, with the shipped calibration and
// thresholds procedure), per language, for the `hard` subset, for TeleAntiFraud and the SMS ham; then
// the safety-sentence check (`--no-safety` leaves it out). `--curve` adds the size/quality curve (2^13…2^16
// buckets, each with the share of them kept after pruning, and the dense 2^14 model); `--set name=value,…`
// changes training options (`--set bits=14,keep=0.3`); `--misses FILE` writes the misses and false alarms.
// Run by `pnpm eval` through scripts/train/run.mjs.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { unpack } from '../../packages/core/src/detect/model/scorer.js';
import { judge } from '../../packages/core/src/detect/score.js';
import { RISK_LEVELS, type RiskLevel } from '../../packages/core/src/detect/types.js';
import { appendSentence, findCorpus, foldOf, type Item, loadItems, see } from '../train/data.js';
import { DEFAULTS, type FitOptions, itemLevel, renderModule, train } from '../train/fit.js';
import { CHECK_SAFETY, CHECK_WARNINGS } from '../train/safety.js';

interface Counts {
  scams: number;
  benign: number;
  recall: number;
  fprMedium: number;
  fprHigh: number;
}

const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);

const atLeast = (level: RiskLevel, floor: RiskLevel): boolean =>
  RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(floor);

function measure(rows: ReadonlyArray<{ label: number; level: RiskLevel }>): Counts {
  const scams = rows.filter((r) => r.label === 1);
  const benign = rows.filter((r) => r.label === 0);
  return {
    scams: scams.length,
    benign: benign.length,
    recall: scams.filter((r) => atLeast(r.level, 'medium')).length / scams.length,
    fprMedium: benign.filter((r) => atLeast(r.level, 'medium')).length / benign.length,
    fprHigh: benign.filter((r) => r.level === 'high').length / benign.length,
  };
}

interface Report {
  rows: Array<{ name: string; counts: Counts }>;
  thresholds: readonly number[];
  ok: boolean;
  checks: string[];
}

/** Cross-validated figures for one set of options. */
function report(
  items: readonly Item[],
  options: FitOptions,
  log: (line: string) => void,
  checkSafety: boolean,
): Report {
  const { model, folds } = train(items, options);
  // Each item judged by the model of the folds that did not see it, exactly as scanText / scanConversation would.
  const scorers = folds.map(unpack);
  const rows = items.map((item) => ({
    item,
    label: item.label,
    level: itemLevel(scorers[foldOf(item)] as ReturnType<typeof unpack>, item),
  }));
  const missesFile = argValue('--misses');
  if (missesFile) writeMisses(missesFile, rows);
  const challenge = rows.filter((r) => r.item.message && !r.item.file.startsWith('sms'));
  const tele = rows.filter((r) => r.item.turns);
  const named: Array<[string, typeof rows]> = [
    ['messages, all languages', challenge],
    ...['zh-Hans', 'zh-Hant', 'en'].map((lang): [string, typeof rows] => [
      lang,
      challenge.filter((r) => r.item.lang === lang),
    ]),
    ...['zh-Hans', 'zh-Hant', 'en'].map((lang): [string, typeof rows] => [
      `${lang} hard`,
      challenge.filter((r) => r.item.lang === lang && r.item.hard),
    ]),
    ['hard, all languages', challenge.filter((r) => r.item.hard)],
    ['teleantifraud-dev, all', tele],
    ['teleantifraud-dev, caller claims service (scams) / benign', tele.filter((r) => r.label === 0 || r.item.service)],
    ['sms-ham-en-dev', rows.filter((r) => r.item.file.startsWith('sms'))],
  ];
  const table = named.map(([name, subset]) => ({ name, counts: measure(subset) }));
  log('| subset | scams | benign | recall ≥ medium | FPR ≥ medium | FPR high |');
  log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, counts } of table) {
    log(
      `| ${name} | ${counts.scams} | ${counts.benign} | ${pct(counts.recall)} | ${pct(counts.fprMedium)} | ${pct(counts.fprHigh)} |`,
    );
  }
  const byName = Object.fromEntries(table.map((row) => [row.name, row.counts])) as Record<string, Counts>;
  const checks: Array<[string, boolean]> = [];
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    const c = byName[lang] as Counts;
    checks.push([`${lang}: recall ≥ medium ≥ 92%`, c.recall >= 0.92]);
    checks.push([`${lang}: FPR ≥ medium ≤ 3%`, c.fprMedium <= 0.03]);
    checks.push([`${lang}: FPR at high ≤ 1%`, c.fprHigh <= 0.01]);
  }
  const service = byName['teleantifraud-dev, caller claims service (scams) / benign'] as Counts;
  checks.push(['teleantifraud-dev: service recall ≥ 95%', service.recall >= 0.95]);
  checks.push(['teleantifraud-dev: benign FPR ≥ medium ≤ 1%', service.fprMedium <= 0.01]);
  checks.push(['sms-ham-en-dev: no false alarm', (byName['sms-ham-en-dev'] as Counts).fprMedium === 0]);

  if (checkSafety) {
    // Every scam message, with each check sentence appended, judged by the model of the folds that never saw it.

    let dropped = 0;
    let tried = 0;
    let belowAlready = 0;
    const examples: string[] = [];
    for (const item of items) {
      if (item.label !== 1 || !item.original) continue;
      const scorer = scorers[foldOf(item)];
      if (!scorer) continue;
      const base = judge(scorer, item.message?.text ?? '', item.message?.signals ?? []);
      if (!atLeast(base.level, 'medium')) {
        belowAlready++;
        continue;
      }
      for (const sentence of CHECK_SAFETY) {
        const seen = see(appendSentence(item.original, sentence));
        tried++;
        if (!atLeast(judge(scorer, seen.text, seen.signals).level, 'medium')) {
          dropped++;
          if (examples.length < 5) examples.push(`${sentence} ← ${item.original.slice(0, 60)}`);
        }
      }
    }
    const final = unpack(model);
    const alone = CHECK_SAFETY.filter((s) => {
      const seen = see(s);
      return atLeast(judge(final, seen.text, seen.signals).level, 'medium');
    });
    const warned = CHECK_WARNINGS.flatMap((w) => CHECK_SAFETY.map((s) => appendSentence(w, s))).filter((text) => {
      const seen = see(text);
      return atLeast(judge(final, seen.text, seen.signals).level, 'medium');
    });
    log(
      `\nsafety sentences (cross-validated): ${tried} scam+sentence pairs from scams already ≥ medium, ${dropped} fell below medium` +
        ` (${belowAlready} scams were below medium without a sentence)`,
    );
    for (const line of examples) log(`  fell: ${line}`);
    log(
      `sentences alone ≥ medium: ${alone.length} of ${CHECK_SAFETY.length}; inside own warnings ≥ medium: ${warned.length} of ${CHECK_WARNINGS.length * CHECK_SAFETY.length}`,
    );
    checks.push(['safety sentences appended: no scam falls below medium', dropped === 0]);
    checks.push([
      'safety sentences alone and in warnings stay below medium',
      alone.length === 0 && warned.length === 0,
    ]);
  }

  log(
    `\nthresholds low / medium / high: Simplified ${model.thresholds.join(' / ')}, Traditional ${model.traditionalThresholds.join(' / ')}, Latin ${model.latinThresholds.join(' / ')}; calibration a, b: ${model.calibration.join(', ')}`,
  );
  const module = renderModule(model);
  log(`weights module: ${module.length} characters, ${gzipSync(module, { level: 9 }).length} B gzip -9`);
  log('\ntargets (cross-validated):');
  for (const [name, met] of checks) log(`  ${met ? 'met ' : 'MISS'}  ${name}`);
  return { rows: table, thresholds: model.thresholds, ok: checks.every(([, met]) => met), checks: [] };
}

const dir = findCorpus();
if (!dir) {
  console.error('eval: ../shared/corpus not found (set REFUNDGUARD_CORPUS to its folder)');
  process.exit(1);
}
const items = loadItems(dir);
// `--set name=value,…` overrides numeric training options, to measure an alternative the same way.
const options: FitOptions = { ...DEFAULTS };
/** The value after a command-line flag, if the flag is there. */
function argValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/**
 * Writes, one JSON line each, the scams judged below medium and the benign texts judged medium or high, with
 * their out-of-fold level: what to read before changing the lexicon or the features.
 */
function writeMisses(file: string, rows: ReadonlyArray<{ item: Item; label: number; level: RiskLevel }>): void {
  const wrong = rows.filter(({ label, level }) => (label === 1) !== atLeast(level, 'medium'));
  const lines = wrong.map(({ item, label, level }) =>
    JSON.stringify({
      key: item.key,
      kind: item.kind,
      file: item.file,
      lang: item.lang,
      hard: item.hard,
      label,
      level,
      text: item.original ?? item.turns?.map((turn) => `${turn.speaker}: ${turn.original}`).join('\n'),
    }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
}

const at = process.argv.indexOf('--set');
for (const pair of at > 0 ? (process.argv[at + 1] ?? '').split(',') : []) {
  const [name, value] = pair.split('=');
  if (!name || !(name in options) || !Number.isFinite(Number(value))) throw new Error(`--set: not an option: ${pair}`);
  (options as unknown as Record<string, number>)[name] = Number(value);
}
console.log(`# Learned scorer, ${5}-fold cross-validation over ${items.length} items\n`);
const { ok } = report(items, options, console.log, !process.argv.includes('--no-safety'));
if (process.argv.includes('--curve')) {
  console.log(
    `\n# Size / quality curve (cross-validated; each point retrains with its thresholds; 2^${options.bits}, ${options.keep} kept, is above)\n`,
  );
  // Fewer buckets collide more, so each keeps a larger share; 1 is the dense model.
  for (const [bits, keep] of [
    [13, 0.3],
    [14, 0.3],
    [14, 1],
    [15, 0.1],
    [15, 0.2],
    [16, 0.08],
  ] as const) {
    console.log(`\n## 2^${bits} buckets, ${keep} kept`);
    report(items, { ...options, bits, keep }, console.log, false);
  }
}
if (!ok) process.exitCode = 1;
