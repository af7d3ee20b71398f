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

/**
 * Characters that scammers put between Chinese characters to dodge filters (退 款, 驗-證-碼, 验*证*码),
 * after NFKC (so full-width and no-break spaces are spaces here).
 */
const SEPARATORS = ' \t\r\n\f\v-_.·•*/\\|~+=\'"`^#\u30fb';
const SPACE = 32;

let foldCodes: Uint16Array | undefined;
/** Non-ASCII, non-Han characters after NFKC, lower case and folding, cached per code point. */
const compatCache = new Map<number, string>();

/**
 * Lazily built so importing core costs nothing until the first scan: code unit → folded unit (0 = itself).
 * The generated pairs also map Chinese numerals to ASCII digits.
 */
function foldTable(): Uint16Array {
  if (!foldCodes) {
    foldCodes = new Uint16Array(0x10000);
    // Base-36 pairs: step to the next target, then the offset from target to source (see the generator).
    const numbers = FOLD_PAIRS.split(',').map((n) => Number.parseInt(n, 36));
    for (let i = 0, target = 0; i + 1 < numbers.length; i += 2) {
      target += numbers[i] as number;
      foldCodes[target + (numbers[i + 1] as number)] = target;
    }
  }
  return foldCodes;
}

const ASCII_SEPARATOR = new Uint8Array(0x80);
for (const ch of SEPARATORS) if (ch.charCodeAt(0) < 0x80) ASCII_SEPARATOR[ch.charCodeAt(0)] = 1;
const isSeparator = (code: number): boolean =>
  code < 0x80 ? ASCII_SEPARATOR[code] === 1 : SEPARATORS.includes(String.fromCharCode(code));

const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007;

/** Invisible characters and combining marks that only ever serve to split a word (réfund, 退\u200b款). */
const IGNORABLE = /[\p{Mn}\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu;

/** NFKC, lower case and folding of one non-ASCII, non-Han character; '' when it is ignorable. */
function compat(code: number, fold: Uint16Array): string {
  let cached = compatCache.get(code);
  if (cached === undefined) {
    cached = '';
    for (const unit of String.fromCodePoint(code).normalize('NFKC').toLowerCase().replace(IGNORABLE, '')) {
      const c = unit.charCodeAt(0);
      cached += unit.length === 1 && fold[c] ? String.fromCharCode(fold[c] as number) : unit;
    }
    compatCache.set(code, cached);
  }
  return cached;
}

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
 * Used by `scanText` and `scanConversation`. The sensitive-data detector folds digits its own way
 * (`sensitive/fold.ts`): it needs offsets one-to-one with the original and leaves a lone 一 a word.
 */
export function normalize(original: string): NormalizedText {
  const fold = foldTable();
  const length = original.length;
  let units = new Uint16Array(length + 16);
  let origins = new Int32Array(length + 16);
  let size = 0;
  let lastWasHan = false;
  /** Run of separators not yet emitted: kept or dropped once the next character is known. */
  let pendingStart = -1;
  let pendingEnd = -1;

  const push = (unit: number, origin: number): void => {
    if (size === units.length) {
      const grownUnits = new Uint16Array(size * 2);
      grownUnits.set(units);
      units = grownUnits;
      const grownOrigins = new Int32Array(size * 2);
      grownOrigins.set(origins);
      origins = grownOrigins;
    }
    units[size] = unit;
    origins[size++] = origin;
  };

  const flushSeparators = (nextIsHan: boolean): void => {
    if (pendingStart < 0) return;
    if (!(lastWasHan && nextIsHan)) {
      let previousSpace = size > 0 && units[size - 1] === SPACE;
      for (let i = pendingStart; i < pendingEnd; i++) {
        const code = original.charCodeAt(i);
        const unit = code < 0x80 ? code : (compat(code, fold).charCodeAt(0) as number);
        const isSpace = unit <= SPACE;
        if (isSpace && previousSpace) continue;
        push(isSpace ? SPACE : unit, i);
        previousSpace = isSpace;
      }
    }
    pendingStart = -1;
  };

  for (let i = 0; i < length; ) {
    const code = original.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      if (isSeparator(code)) {
        if (pendingStart < 0) pendingStart = i;
        pendingEnd = i + 1;
      } else {
        flushSeparators(false);
        push(code >= 65 && code <= 90 ? code + 32 : code, i);
        lastWasHan = false;
      }
    } else if (isHan(code)) {
      flushSeparators(true);
      push(fold[code] || code, i);
      lastWasHan = true;
    } else {
      const mapped = compat(code, fold);
      if (mapped.length === 1 && isSeparator(mapped.charCodeAt(0))) {
        if (pendingStart < 0) pendingStart = i;
        pendingEnd = i + width;
      } else if (mapped.length > 0) {
        flushSeparators(false);
        for (let k = 0; k < mapped.length; k++) push(mapped.charCodeAt(k), i);
        lastWasHan = false;
      }
    }
    i += width;
  }
  flushSeparators(false);

  let text = '';
  for (let at = 0; at < size; at += 4096) {
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(size, at + 4096)) as unknown as number[]);
  }
  const toOriginal = (index: number): number => (index >= size ? length : (origins[Math.max(0, index)] as number));
  return {
    text,
    toOriginal,
    toOriginalEnd(end: number): number {
      if (end <= 0) return 0;
      if (end > size) return length;
      const origin = origins[end - 1] as number;
      return origin + ((original.codePointAt(origin) as number) > 0xffff ? 2 : 1);
    },
  };
}
