// The evasion suite: every scam of challenge-dev that scanText rates medium or high, disguised by each
// mutation kind (scripts/eval/mutations.mjs), must stay at medium or above. Prints the table; fails the run
// when a kind keeps fewer than 95 %. Runs against the built core (packages/core/dist/index.js, or
// REFUNDGUARD_CORE).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDir, readJsonl, repoRoot } from './corpus.mjs';
import { MUTATIONS, seededRandom } from './mutations.mjs';

/** The share of disguised scams each mutation kind must leave at medium or above. */
export const EVASION_TARGET = 0.95;

const atLeastMedium = (level) => level === 'medium' || level === 'high';

/**
 * @param core the core module (scanText)
 * @returns per mutation kind: scams tried, scams kept at medium or above, and the ids of those that fell
 */
export function runEvasion(core, rows) {
  const scams = rows.filter((row) => row.label === 'scam' && atLeastMedium(core.scanText(row.text).level));
  const results = {};
  for (const [kind, mutate] of Object.entries(MUTATIONS)) {
    const random = seededRandom(0x5eed);
    const fell = scams.filter((row) => !atLeastMedium(core.scanText(mutate(row.text, random)).level));
    results[kind] = { tried: scams.length, kept: scams.length - fell.length, fell: fell.map((row) => row.id) };
  }
  return results;
}

export function printEvasion(results, log = console.log) {
  log('| mutation | scams ≥ medium before | still ≥ medium | kept | target |');
  log('| --- | ---: | ---: | ---: | ---: |');
  let ok = true;
  for (const [kind, r] of Object.entries(results)) {
    const share = r.tried ? r.kept / r.tried : 1;
    ok &&= share >= EVASION_TARGET;
    log(`| ${kind} | ${r.tried} | ${r.kept} | ${(share * 100).toFixed(1)}% | ≥ ${EVASION_TARGET * 100}% |`);
  }
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = await import(
    pathToFileURL(process.env.REFUNDGUARD_CORE ?? join(repoRoot, 'packages/core/dist/index.js')).href
  );
  const results = runEvasion(core, readJsonl(corpusDir(), 'challenge-dev.jsonl'));
  console.log('\n## Evasion: challenge-dev scams rated medium or high, disguised\n');
  const ok = printEvasion(results);
  for (const [kind, r] of Object.entries(results)) if (r.fell.length) console.log(`${kind} fell: ${r.fell.join(', ')}`);
  if (!ok) process.exitCode = 1;
}
