// Characters that render like a Latin letter in hostnames, as pairs "look-alike, Latin".
// Compact on purpose: Cyrillic, Greek, Armenian and Latin variants plus the digits scammers swap in.
const SINGLE = 'аaбbгrеeёeіiїiјjкkмmнhоoпnрpсcтtуyхxѕsԁdԛqԝwһhӏlьbαaβbγyεeηnιiκkνvοoρpτtυuχxωwϲcɑaɡgıiɩiℓlօoսuհh0o1l';
const MAP = new Map<string, string>();
for (let i = 0; i < SINGLE.length; i += 2) MAP.set(SINGLE.charAt(i), SINGLE.charAt(i + 1));

/** Letter pairs that read as one letter at a glance; no two share a letter, so one pass reads them all. */
const PAIRS: Readonly<Record<string, string>> = { rn: 'm', vv: 'w', cl: 'd' };

/**
 * Maps look-alike characters to Latin letters, drops accents, lowercases. `digits` also reads 0 and 1
 * as o and l; off when the digits themselves matter (a "-99" glued to a brand).
 */
export function latinize(label: string, digits = true): string {
  let out = '';
  for (const ch of label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()) {
    out += (digits || ch > '9' ? MAP.get(ch) : undefined) ?? ch;
  }
  return out;
}

/**
 * What a label looks like to a hurried reader: confusables folded, letter pairs merged, hyphens
 * and (with `squeeze`) doubled letters dropped. Two labels with one skeleton are indistinguishable at a glance.
 */
export function skeleton(label: string, squeeze = true): string {
  const s = latinize(label)
    .replace(/-/g, '')
    .replace(/rn|vv|cl/g, (pair) => PAIRS[pair] as string);
  return squeeze ? s.replace(/(.)\1+/g, '$1') : s;
}
