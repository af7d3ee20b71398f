// How the script tags pack the translated catalogs' texts at build time: used by rollup.config.mjs, and by the
// tests that look for those texts in the built files.

/**
 * How the script tags store the translated catalogs' texts: each character from U+3000 to U+FFFF (Chinese, its
 * punctuation and the full-width forms) as three digits of base 38, any other character as itself (after a ~ when it
 * is one of those digits or a ~), the texts joined by |. Escaped for ASCII output, a Chinese character is otherwise
 * six characters (\u4e2d); this form gzips 0.6 KB smaller in refundguard.js. The digits are six marks, then the
 * letters by how often English uses them: a Chinese character's first digit is then mostly a letter the rest of the
 * file uses often (63 B smaller than a to z). `unpack` is written into the bundle as it stands here (rollup.config.mjs), so it must use nothing from outside itself.
 */
export const unpack = (packed) =>
  packed
    .split('|')
    .map((text) =>
      text.replace(/~([\s\S])|([a-z.,;:!?()[\]/=]{3})/g, (_, plain, digits) =>
        plain === undefined
          ? String.fromCharCode(
              0x3000 +
                [...digits].reduce((n, digit) => n * 38 + '.,;:!?etaoinsrhldcumfpgwybvkxjqz()[]/='.indexOf(digit), 0),
            )
          : plain,
      ),
    );
const DIGITS = '.,;:!?etaoinsrhldcumfpgwybvkxjqz()[]/=';

/** The texts in `unpack`'s form (none may hold a |); throws unless they unpack to exactly themselves. */
export const pack = (texts) => {
  const packed = texts
    .map((text) =>
      [...text]
        .map((char) => {
          const code = char.codePointAt(0);
          if (code < 0x3000 || code > 0xffff) return char === '~' || DIGITS.includes(char) ? `~${char}` : char;
          const n = code - 0x3000;
          return DIGITS[Math.floor(n / 38 / 38)] + DIGITS[Math.floor(n / 38) % 38] + DIGITS[n % 38];
        })
        .join(''),
    )
    .join('|');
  if (JSON.stringify(unpack(packed)) !== JSON.stringify(texts))
    throw new Error('catalog texts do not unpack to themselves');
  return packed;
};
