// `pnpm size`: bytes and gzip -9 bytes of both script tags and of what npm users' bundles hold, beside
// the floor (Preact, its hooks, @preact/signals-core) and the catalogs' strings each file carries, so the
// cost of our own code is visible.
// Exits 1 when any piece is over its budget (scripts/budgets.mjs), or over the ceiling that stands in
// for a budget not met yet; `pnpm test` runs it.
import { measurePieces } from './size-pieces.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pieces = await measurePieces();
/** What is not our code under a script tag: the floor and the catalogs' strings it carries. */
const floorOf = (label) =>
  pieces.filter((piece) => piece.floorOf?.includes(label)).reduce((sum, piece) => sum + piece.gzip, 0);

/** ok, OVER (fails), or over the budget but under the ceiling that holds until it is met. */
const verdict = ({ gzip, budget, ceiling }) => {
  if (budget === undefined) return '';
  if (gzip <= budget) return 'ok';
  return ceiling !== undefined && gzip <= ceiling ? `ceiling ${ceiling}` : 'OVER';
};

const rows = pieces.map((piece) => [
  piece.label,
  piece.bytes,
  piece.gzip,
  piece.label.endsWith('.js') ? piece.gzip - floorOf(piece.label) : '',
  piece.budget ?? '',
  verdict(piece),
]);
const header = ['piece', 'min B', 'gzip -9 B', 'gzip − floor B', 'budget B', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const piece of pieces.filter((p) => p.label.endsWith('.js'))) {
  const under = pieces.filter((p) => p.floorOf?.includes(piece.label)).map((p) => p.label.replace(/ \(.*\)$/, ''));
  console.log(`not our code in ${piece.label}: ${under.join(' + ')}, ${floorOf(piece.label)} B gzip.`);
}
for (const piece of pieces.filter((p) => verdict(p).startsWith('ceiling'))) {
  console.log(
    `${piece.label}: ${piece.gzip - piece.budget} B to find for its ${kb(piece.budget)} budget; until then ` +
      `pnpm size fails above ${kb(piece.ceiling)} (scripts/budgets.mjs).`,
  );
}
const over = pieces.filter((piece) => verdict(piece) === 'OVER');
if (over.length > 0) {
  console.error(`size: over budget: ${over.map((p) => p.label).join(', ')}. Find the bytes in our own code.`);
  process.exit(1);
}
