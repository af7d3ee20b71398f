import { FOLD_PAIRS } from './fold-table.generated.js';

/** Text prepared for matching, with a way back to the caller's offsets. */
export interface NormalizedText {
  /** NFKC, lower case, Traditional folded to Simplified, digits as ASCII, obfuscating separators removed. */
  readonly text: string;
  /**
   * Offset in the original text where the normalized character at `index` came from.
   * `index === text.length` maps to the original length.
   */
  toOriginal(index: number): number;
  /** Original offset just past the character that produced normalized `end - 1`: use for exclusive ends. */
  toOriginalEnd(end: number): number;
}

const CHINESE_DIGITS = '〇零一二三四五六七八九';
const ASCII_DIGITS = '00123456789';

/** Characters that scammers put between Chinese characters to dodge filters (退 款, 驗-證-碼, 验*证*码). */
const SEPARATORS = new Set([...' \t\r\n\f\v-_.·•*/\\|~+=\'"`^#', '\u00a0', '\u3000', '\u30fb']);

let foldTable: Map<string, string> | undefined;

/** Lazily built so importing core costs nothing until the first scan. */
function fold(): Map<string, string> {
  if (!foldTable) {
    foldTable = new Map();
    for (let i = 0; i + 1 < FOLD_PAIRS.length; i += 2)
      foldTable.set(FOLD_PAIRS[i] as string, FOLD_PAIRS[i + 1] as string);
    for (let i = 0; i < CHINESE_DIGITS.length; i++)
      foldTable.set(CHINESE_DIGITS[i] as string, ASCII_DIGITS[i] as string);
  }
  return foldTable;
}

const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007;

/** Invisible characters and combining marks that only ever serve to split a word (réfund, 退\u200b款). */
const isIgnorable = (code: number): boolean =>
  code === 0xad ||
  (code >= 0x300 && code <= 0x36f) ||
  code === 0x180e ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2060 && code <= 0x2064) ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  code === 0xfeff;

/**
 * Normalizes a message once for all text detectors, keeping a map back to the original offsets.
 *
 * - NFKC (full-width letters and digits become ASCII) and lower case;
 * - zero-width characters and combining marks dropped;
 * - separators (spaces, dashes, dots, asterisks…) between two Chinese characters dropped, so 退 款 and
 *   驗-證-碼 read as words; elsewhere whitespace runs become one space and other separators stay;
 * - Traditional and regional variant characters folded to Simplified, one character for one
 *   (only the characters the lexicon needs; see `scripts/gen-fold-table.mjs`);
 * - Chinese numerals 〇零一…九 become ASCII digits, so digit detectors see 一三八… as 138….
 *
 * Used by `scanText` and shared with the sensitive-data detector.
 */
export function normalize(original: string): NormalizedText {
  const table = fold();
  const length = original.length;
  let origins = new Int32Array(length + 8);
  let out = '';
  let lastWasHan = false;
  /** Start of a run of separators not yet emitted: they are kept or dropped once the next character is known. */
  let pendingStart = -1;
  let pendingEnd = -1;

  const push = (chunk: string, origin: number): void => {
    if (out.length + chunk.length > origins.length) {
      const grown = new Int32Array((out.length + chunk.length) * 2);
      grown.set(origins);
      origins = grown;
    }
    for (let k = 0; k < chunk.length; k++) origins[out.length + k] = origin;
    out += chunk;
  };

  const flushSeparators = (nextIsHan: boolean): void => {
    if (pendingStart < 0) return;
    if (!(lastWasHan && nextIsHan)) {
      let previousSpace = out.endsWith(' ');
      for (let i = pendingStart; i < pendingEnd; i++) {
        const ch = original[i] as string;
        const isSpace = ch.trim() === '';
        if (isSpace && previousSpace) continue;
        push(isSpace ? ' ' : ch, i);
        previousSpace = isSpace;
      }
    }
    pendingStart = -1;
  };

  for (let i = 0; i < length; ) {
    const code = original.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      const ch = original[i] as string;
      if (SEPARATORS.has(ch)) {
        if (pendingStart < 0) pendingStart = i;
        pendingEnd = i + 1;
      } else {
        flushSeparators(false);
        push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch, i);
        lastWasHan = false;
      }
    } else if (isIgnorable(code)) {
      // Dropped, but it does not end a run of separators.
    } else {
      const raw = original.slice(i, i + width);
      const han = isHan(code);
      const normalized = han ? raw : raw.normalize('NFKC').toLowerCase();
      if (!han && normalized.length > 0 && [...normalized].every((ch) => SEPARATORS.has(ch))) {
        if (pendingStart < 0) pendingStart = i;
        pendingEnd = i + width;
      } else {
        flushSeparators(han);
        let mapped = '';
        for (const ch of normalized) mapped += table.get(ch) ?? ch;
        push(mapped, i);
        lastWasHan = han;
      }
    }
    i += width;
  }
  flushSeparators(false);

  const normalizedLength = out.length;
  const toOriginal = (index: number): number =>
    index >= normalizedLength ? length : (origins[Math.max(0, index)] as number);
  return {
    text: out,
    toOriginal,
    toOriginalEnd(end: number): number {
      if (end <= 0) return 0;
      if (end > normalizedLength) return length;
      const origin = origins[end - 1] as number;
      const code = original.codePointAt(origin) as number;
      return origin + (code > 0xffff ? 2 : 1);
    },
  };
}
