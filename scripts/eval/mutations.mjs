// How attackers disguise a scam from a filter, as text transformations: the evasion suite in `pnpm eval`
// and the property tests apply them to known scams and check the level holds. Each mutation takes the
// text and a random source (a function returning numbers in [0, 1)), so runs are reproducible.

/** Invisible characters: zero-width, bidi controls and isolates, tag characters, Hangul fillers, joiners. */
export const INVISIBLES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u180e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u3164',
  '\uffa0',
  '\u115f',
  '\ufe0f',
  '\u{e0020}',
  '\u{e0041}',
  '\u{e007f}',
  '\u034f',
];

/** Latin letters and the letters of other scripts that look the same (Cyrillic, Greek). */
export const HOMOGLYPHS = {
  a: 'аα',
  c: 'сϲ',
  e: 'еε',
  i: 'іι',
  j: 'ј',
  o: 'оο',
  p: 'рρ',
  s: 'ѕ',
  x: 'хχ',
  y: 'уγ',
  h: 'һ',
  d: 'ԁ',
  k: 'κ',
  n: 'η',
  v: 'ν',
  w: 'ԝ',
  t: 'τ',
  B: 'ВΒ',
  H: 'НΗ',
  K: 'КΚ',
  M: 'МΜ',
  T: 'ТΤ',
  O: 'ОΟ',
  P: 'РΡ',
  C: 'С',
};

/** Digits for letters, as leetspeak writes them. */
export const LEET = { o: '0', e: '3', a: '4', s: '5', t: '7', i: '1', l: '1' };

const pick = (random, list) => list[Math.floor(random() * list.length)];
const isHan = (ch) => /\p{Script=Han}/u.test(ch);
const isLetter = (ch) => /[\p{L}\p{N}]/u.test(ch);

/** Puts `between(random)` between neighbouring characters that `where(a, b)` accepts. */
function interleave(text, random, where, between) {
  const chars = [...text];
  let out = chars[0] ?? '';
  for (let i = 1; i < chars.length; i++) {
    if (where(chars[i - 1], chars[i])) out += between(random);
    out += chars[i];
  }
  return out;
}

/** Mutation kinds by name: each a disguise the detectors must see through. */
export const MUTATIONS = {
  /** An invisible character after about half of the characters. */
  invisible: (text, random) =>
    interleave(
      text,
      random,
      () => random() < 0.5,
      (r) => pick(r, INVISIBLES),
    ),
  /** A space between every two letters or digits. */
  spaced: (text, random) =>
    interleave(
      text,
      random,
      (a, b) => isLetter(a) && isLetter(b),
      () => ' ',
    ),
  /** A dot between every two letters or digits. */
  dotted: (text, random) =>
    interleave(
      text,
      random,
      (a, b) => isLetter(a) && isLetter(b),
      () => '.',
    ),
  /** 丶, an emoji or a star between every two Chinese characters. */
  'han-separators': (text, random) =>
    interleave(
      text,
      random,
      (a, b) => isHan(a) && isHan(b),
      (r) => pick(r, ['丶', '😊', '★', '🔥', '・']),
    ),
  /** Latin letters swapped for Cyrillic and Greek look-alikes, about two in three. */
  homoglyphs: (text, random) =>
    [...text].map((ch) => (HOMOGLYPHS[ch] && random() < 0.67 ? pick(random, [...HOMOGLYPHS[ch]]) : ch)).join(''),
  /** ASCII in its full-width form, and Chinese spacing with ideographic spaces. */
  width: (text) =>
    [...text]
      .map((ch) =>
        ch === ' ' ? '\u3000' : ch > ' ' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch,
      )
      .join(''),
  /** Letters inside words written as digits (c0de, v3rify). */
  leetspeak: (text) => text.replace(/(?<=[a-z])[a-z](?=[a-z])/gi, (ch) => LEET[ch.toLowerCase()] ?? ch),
};

/** A small, fast, seeded random source (mulberry32), so every run mutates the same way. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
