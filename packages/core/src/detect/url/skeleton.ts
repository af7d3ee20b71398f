/**
 * Characters that render like a Latin letter in hostnames, as pairs "look-alike, Latin". Compact on purpose:
 * Cyrillic, Greek, Armenian and Latin variants plus the digits scammers swap in. Read in place: a look-alike's
 * first place in the string is its own (even) one, since the Latin letters at odd places are never look-alikes,
 * so a character found at an odd place, or not found, stays as it is.
 */
export const SINGLE =
  'аaбbгrеeёeіiїiјjкkмmнhоoпnрpсcтtуyхxѕsԁdԛqԝwһhӏlьbαaβbγyεeηnιiκkνvοoρpτtυuχxωwϲcɑaɡgıiɩiℓlօoսuհh0o1l';

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
    const at = digits || ch > '9' ? SINGLE.indexOf(ch) : -1;
    out += at % 2 ? ch : SINGLE.charAt(at + 1);
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
