import { CONFUSABLE_LATIN } from './confusables.generated.js';
import { FOLD_PAIRS } from './fold-table.generated.js';

/** Text prepared for matching, with a way back to the caller's offsets. */
export interface NormalizedText {
  /**
   * Lower case and compatibility-folded, with invisible characters removed, Traditional folded to
   * Simplified, look-alike letters and leetspeak read as Latin, Chinese numerals as ASCII digits and
   * separator tricks collapsed (see {@link normalize}).
   */
  readonly text: string;
  /**
   * Offset in the original text where the normalized character at `index` came from.
   * `index === text.length` maps to the original length.
   */
  toOriginal(index: number): number;
  /** Original offset just past the character that produced normalized `end - 1`: use for exclusive ends. */
  toOriginalEnd(end: number): number;
  /**
   * Whether the character at `index` was spelled apart in the original (r e f u n d): word edges inside such
   * a run are unknown, so matchers should not require them there.
   */
  joined(index: number): boolean;
}

// What each normalized code unit is, for the passes that collapse separators and read leetspeak.
const LETTER = 1; // a–z
const DIGIT = 2; // 0–9
const HAN = 3;
const SPACE = 4;
/** A character that only ever separates: ASCII marks such as - . * /, dashes, symbols, emoji, 丶. */
const SEPARATOR = 5;
/** A letter of another script; may be a look-alike of a Latin one. */
const FOREIGN = 6;
/** Everything else: clause punctuation, quotes, brackets, @, :… */
const OTHER = 7;

const ASCII_SEPARATORS = '-_.·*/\\|~+=\'"`^#';
/** Non-ASCII separators, tested after NFKC: symbols, dashes, connectors, emoji and the strokes 丶 and ヽ. */
const WIDE_SEPARATOR = /^[\p{So}\p{Sk}\p{Pd}\p{Pc}\p{Extended_Pictographic}丶ヽ・·•‧∙⋅]$/u;
/**
 * Code points that are invisible or only modify another character: Unicode's default-ignorables (zero-width
 * characters, bidi controls, tag characters, the Hangul fillers, variation selectors), other format
 * characters and combining marks (accents on Latin letters, after a compatibility decomposition).
 */
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}]/gu;
const WHITESPACE = /^\s$/u;

/** Digits that stand for letters inside a word (v3rify, c0de, Te1egram); 1 reads as l before a vowel. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const VOWELS = 'aeiou';
const LEET_DIGITS = [...'013457'].map((digit) => digit.charCodeAt(0));
/** Characters that are digits only inside a run of numerals (陆 is also "land", 參 "take part"): unit → digit. */
const NUMERAL_IN_RUN = new Map<number, number>(
  ['陆6', '陸6', '參3'].map((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)]),
);

const isHanCode = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007;

let foldCodes: Uint16Array | undefined;
let latinOf: Map<number, number> | undefined;
/** Class of each BMP code unit that is not ASCII or Han, filled on first sight (0: not yet known). */
const wideClass = new Uint8Array(0x10000);
/** NFKC, lower case and folding of non-ASCII, non-Han code points, cached: '' when ignorable. */
const compatCache = new Map<number, string>();
/** The same for the Basic Multilingual Plane, where nearly every character of a message lives. */
const compatBmp: Array<string | undefined> = [];

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

/** Look-alike letter → Latin letter, from the generated confusables table. */
function confusables(): Map<number, number> {
  if (!latinOf) {
    latinOf = new Map();
    for (const group of CONFUSABLE_LATIN.split('|')) {
      const letter = group.charCodeAt(0);
      let code = 0;
      for (const step of group.slice(1).split(',')) {
        code += Number.parseInt(step, 36);
        latinOf.set(code, letter);
      }
    }
  }
  return latinOf;
}

/** Compatibility form of one non-ASCII, non-Han code point: accents and invisible characters dropped. */
function compat(code: number, fold: Uint16Array): string {
  let cached = code < 0x10000 ? compatBmp[code] : compatCache.get(code);
  if (cached === undefined) {
    cached = '';
    const decomposed = String.fromCodePoint(code).normalize('NFKD').replace(IGNORABLE, '').normalize('NFC');
    for (const unit of decomposed.toLowerCase()) {
      const c = unit.charCodeAt(0);
      cached += unit.length === 1 && fold[c] ? String.fromCharCode(fold[c] as number) : unit;
    }
    if (code < 0x10000) compatBmp[code] = cached;
    else compatCache.set(code, cached);
  }
  return cached;
}

/** Class of every ASCII code unit, for the common case. */
const ASCII_CLASS = new Uint8Array(0x80).map((_, unit) =>
  unit >= 97 && unit <= 122
    ? LETTER
    : unit >= 48 && unit <= 57
      ? DIGIT
      : unit <= 32
        ? SPACE
        : ASCII_SEPARATORS.includes(String.fromCharCode(unit))
          ? SEPARATOR
          : OTHER,
);

function classOfUnit(unit: number): number {
  if (unit < 0x80) return ASCII_CLASS[unit] as number;
  // 丶 is a Han character (the "dot" radical) but in a message it only ever splits words.
  if (isHanCode(unit)) return unit === 0x4e36 ? SEPARATOR : HAN;
  let known = wideClass[unit] as number;
  if (!known) {
    const ch = String.fromCharCode(unit);
    known = WHITESPACE.test(ch) ? SPACE : WIDE_SEPARATOR.test(ch) ? SEPARATOR : /\p{L}/u.test(ch) ? FOREIGN : OTHER;
    wideClass[unit] = known;
  }
  return known;
}

/** Class of a code point outside the Basic Multilingual Plane: emoji separate, Han and letters stay. */
const classOfAstral = (text: string): number =>
  /\p{Extended_Pictographic}/u.test(text) ? SEPARATOR : /\p{Script=Han}/u.test(text) ? HAN : OTHER;

/** Growable parallel arrays of code units, their classes and their original offsets. */
class UnitBuffer {
  units: Uint16Array;
  classes: Uint8Array;
  origins: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.classes = new Uint8Array(capacity);
    this.origins = new Int32Array(capacity);
  }
  /** Empties the buffer for reuse, making room for `capacity` units. */
  reset(capacity: number): this {
    if (this.units.length < capacity) {
      this.units = new Uint16Array(capacity);
      this.classes = new Uint8Array(capacity);
      this.origins = new Int32Array(capacity);
    }
    this.size = 0;
    return this;
  }
  push(unit: number, kind: number, origin: number): void {
    if (this.size === this.units.length) {
      const grow = <T extends Uint16Array | Uint8Array | Int32Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      const capacity = this.size * 2 + 16;
      this.units = grow(this.units, new Uint16Array(capacity));
      this.classes = grow(this.classes, new Uint8Array(capacity));
      this.origins = grow(this.origins, new Int32Array(capacity));
    }
    this.units[this.size] = unit;
    this.classes[this.size] = kind;
    this.origins[this.size++] = origin;
  }
}

/**
 * Pass 1: one code point at a time, compatibility forms, lower case, Traditional → Simplified and
 * numerals → digits; invisible characters vanish. Also counts what the letters are written in, for pass 2.
 */
/** Pass 1's and pass 3's outputs are never handed out (offsets are copied), so one buffer each serves every call. */
const scratch = new UnitBuffer(1024);

function mapCodePoints(original: string, fold: Uint16Array): { mapped: UnitBuffer; foldLookAlikes: boolean } {
  const mapped = scratch.reset(original.length + 16);
  const lookAlikes = confusables();
  let native = 0;
  let lookAlike = 0;
  let foreign = 0;
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      const unit = code >= 65 && code <= 90 ? code + 32 : code;
      const kind = ASCII_CLASS[unit] as number;
      if (kind === LETTER) native++;
      mapped.push(unit, kind, i);
    } else if (isHanCode(code)) {
      native++;
      const unit = fold[code] || code;
      mapped.push(unit, unit < 0x80 ? (ASCII_CLASS[unit] as number) : unit === 0x4e36 ? SEPARATOR : HAN, i);
    } else {
      const text = compat(code, fold);
      if (text.length === 2 && (text.codePointAt(0) as number) > 0xffff) {
        const kind = classOfAstral(text);
        mapped.push(text.charCodeAt(0), kind, i);
        mapped.push(text.charCodeAt(1), kind, i);
      } else {
        for (let k = 0; k < text.length; k++) {
          const unit = text.charCodeAt(k);
          const kind = classOfUnit(unit);
          // Looked up as written: Cyrillic Н looks like H, its lower case н like nothing Latin.
          if (kind === FOREIGN) lookAlikes.has(code) ? lookAlike++ : foreign++;
          else if (kind === LETTER || kind === HAN) native++;
          mapped.push(unit, kind, i);
        }
      }
    }
    i += width;
  }
  // Look-alikes are read as Latin unless the text is really written in their script: a Russian or Greek
  // message has many letters with no Latin twin, a disguised one next to none.
  return { mapped, foldLookAlikes: lookAlike > 0 && foreign * 5 < native + lookAlike + foreign };
}

const isAlnum = (kind: number | undefined): boolean => kind === LETTER || kind === DIGIT;

/** A letter or digit standing alone between non-letters: one of a word spelled apart (r e f u n d). */
const isSingleAt = ({ classes, size }: UnitBuffer, at: number): boolean =>
  isAlnum(classes[at]) && !isAlnum(classes[at - 1]) && (at + 1 >= size || !isAlnum(classes[at + 1]));

const collapsed = new UnitBuffer(1024);

/** How a separator run between two letters or digits spelled apart is read: see {@link gapsBetweenSingles}. */
const JOIN = 1;
const WORD_GAP = 2;
/** The run joins the letters but is itself part of the text: the dots and dashes of a spelled-out link. */
const KEEP_MARK = 3;

/**
 * For every separator run that stands between two single letters or digits (r e f u n d, v.x, 4 8 2 9),
 * whether it joins them, separates two spelled-out words, or is a mark of the text joined on both sides.
 * Runs are read by chain (singles one apart): in a chain spelled apart by spaces, a space joins and a mark
 * (the dot of a link) stays; in a chain spelled apart by one mark, that mark joins, a single space is the gap
 * between words (r.e.f.u.n.d n.o.w) and other marks stay. More whitespace than one space always separates
 * words. Two digits alone are not joined (1-2 days). Indexed by the run's first unit (0: not such a run); null when the text has none.
 */
function gapsBetweenSingles(mapped: UnitBuffer): Uint8Array | null {
  const { units, classes, size } = mapped;
  let gaps: Uint8Array | null = null;
  // The runs of the current chain: where each starts and ends, and its mark (0 for whitespace).
  const starts: number[] = [];
  const ends: number[] = [];
  const marks: number[] = [];
  let lastEnd = -2;
  const closeChain = (gaps: Uint8Array) => {
    const runs = starts.length;
    if (runs === 0) return;
    // Two digits with nothing else spelled apart around them are a range or a score (1-2 days), not one number.
    const range = runs === 1 && classes[(starts[0] as number) - 1] === DIGIT && classes[ends[0] as number] === DIGIT;
    if (!range) {
      const counts = new Map<number, number>();
      let joiner = 0;
      let most = 0;
      let oneSpaces = 0;
      for (let k = 0; k < runs; k++) {
        const mark = marks[k] as number;
        if (mark === 0) {
          if ((ends[k] as number) - (starts[k] as number) === 1) oneSpaces++;
          continue;
        }
        const count = (counts.get(mark) ?? 0) + 1;
        counts.set(mark, count);
        if (count > most) [joiner, most] = [mark, count];
      }
      const spaced = oneSpaces >= most;
      for (let k = 0; k < runs; k++) {
        const start = starts[k] as number;
        if (gaps[start] === WORD_GAP) continue;
        const mark = marks[k] as number;
        gaps[start] = mark === 0 ? (spaced ? JOIN : WORD_GAP) : !spaced && mark === joiner ? JOIN : KEEP_MARK;
      }
    } else gaps[starts[0] as number] = 0;
    starts.length = 0;
    ends.length = 0;
    marks.length = 0;
  };
  for (let i = 0; i < size; ) {
    if (classes[i] !== SPACE && classes[i] !== SEPARATOR) {
      i++;
      continue;
    }
    let end = i;
    let spaces = 0;
    for (; end < size && (classes[end] === SPACE || classes[end] === SEPARATOR); end++) {
      if (classes[end] === SPACE) spaces++;
    }
    // Only runs of one kind spell apart: a mark with a space beside it (". ") is the text's own punctuation.
    const between =
      i > 0 &&
      end < size &&
      end - i <= 3 &&
      (spaces === 0 || spaces === end - i) &&
      isSingleAt(mapped, i - 1) &&
      isSingleAt(mapped, end);
    // A chain of singles goes on while exactly one letter or digit stands between this run and the last.
    if (gaps && (!between || lastEnd + 1 !== i)) closeChain(gaps);
    if (between) {
      gaps ??= new Uint8Array(size);
      if (spaces > 1) gaps[i] = WORD_GAP;
      starts.push(i);
      ends.push(end);
      // A run of whitespace has no mark; a run of marks is known by its first.
      marks.push(spaces === 0 ? (units[i] as number) : 0);
      lastEnd = end;
    }
    i = end;
  }
  if (gaps) closeChain(gaps);
  return gaps;
}

/**
 * Pass 3: separator runs. Dropped between two Chinese characters (退 款, 驗-證-碼, 验丶证😀码; a numeral counts
 * as Chinese, 二.维码) and between single letters or digits spelled apart (see {@link gapsBetweenSingles});
 * elsewhere whitespace runs become one space and other separators stay (links, phone numbers and order
 * numbers keep their shape). Marks in `joined` the characters of spelled-apart runs.
 */
function collapseSeparators(original: string, mapped: UnitBuffer): { out: UnitBuffer; joined: Uint8Array | null } {
  const { units, classes, origins, size } = mapped;
  const out = collapsed.reset(size + 16);
  const gaps = gapsBetweenSingles(mapped);
  let joined: Uint8Array | null = null;
  const hanLike = (at: number): boolean =>
    classes[at] === HAN || (classes[at] === DIGIT && isHanCode(original.charCodeAt(origins[at] as number)));
  for (let i = 0; i < size; ) {
    const kind = classes[i] as number;
    if (kind !== SPACE && kind !== SEPARATOR) {
      out.push(units[i] as number, kind, origins[i] as number);
      i++;
      continue;
    }
    let end = i;
    while (end < size && (classes[end] === SPACE || classes[end] === SEPARATOR)) end++;
    // Between Chinese characters, and between a Chinese character and a letter or digit spelled apart (扣费.4.9.9.元).
    let marksOnly = true;
    for (let k = i; k < end && marksOnly; k++) marksOnly = classes[k] !== SPACE;
    const spelledBeside = (han: number, other: number) => hanLike(han) && marksOnly && isSingleAt(mapped, other);
    if (
      i > 0 &&
      end < size &&
      ((hanLike(i - 1) && hanLike(end)) || spelledBeside(i - 1, end) || spelledBeside(end, i - 1))
    ) {
      i = end;
      continue;
    }
    const gap = gaps?.[i] ?? 0;
    if (gap !== 0) {
      joined ??= new Uint8Array(units.length);
      joined[out.size - 1] = 1;
      joined[out.size] = 1;
      if (gap === WORD_GAP) out.push(32, SPACE, origins[i] as number);
      if (gap === KEEP_MARK) {
        for (let k = i; k < end; k++) {
          if (classes[k] === SEPARATOR) out.push(units[k] as number, SEPARATOR, origins[k] as number);
        }
      }
      i = end;
      continue;
    }
    for (let k = i; k < end; k++) {
      const isSpace = classes[k] === SPACE;
      if (isSpace && out.size > 0 && out.classes[out.size - 1] === SPACE) continue;
      out.push(isSpace ? 32 : (units[k] as number), classes[k] as number, origins[k] as number);
    }
    i = end;
  }
  return { out, joined };
}

/** Pass 4: leetspeak digits between letters (c0de, v3rify, te1egram, wh4754pp) and numerals that need a run (壹陆叁). */
function readDigitsInWords(buffer: UnitBuffer, joined: Uint8Array | null): void {
  const { units, classes, size } = buffer;
  const letterAt = (at: number): boolean => at >= 0 && at < size && classes[at] === LETTER;
  for (let i = 0; i < size; i++) {
    const kind = classes[i];
    if (kind === DIGIT) {
      // A run of digits with a letter on each side, every one of them standing for a letter (wh4754pp).
      let end = i;
      while (end < size && classes[end] === DIGIT && LEET_DIGITS.includes(units[end] as number)) end++;
      // Letters spelled apart were joined by this normalizer: a digit among them stands for itself (g e t a 3 x).
      if (!letterAt(i - 1) || !letterAt(end) || joined?.[i] === 1) {
        i = Math.max(i, end - 1);
        continue;
      }
      for (let k = end - 1; k >= i; k--) {
        const digit = String.fromCharCode(units[k] as number);
        const letter =
          digit === '1' ? (VOWELS.includes(String.fromCharCode(units[k + 1] as number)) ? 'l' : 'i') : LEET[digit];
        units[k] = (letter as string).charCodeAt(0);
        classes[k] = LETTER;
      }
      i = end - 1;
    } else if (kind === HAN && NUMERAL_IN_RUN.has(units[i] as number)) {
      let run = 0;
      for (let k = i - 1; k >= 0 && classes[k] === DIGIT && run < 3; k--) run++;
      for (let k = i + 1; k < size && run < 3; k++) {
        if (classes[k] !== DIGIT && !NUMERAL_IN_RUN.has(units[k] as number)) break;
        run++;
      }
      if (run >= 2) {
        units[i] = NUMERAL_IN_RUN.get(units[i] as number) as number;
        classes[i] = DIGIT;
      }
    }
  }
}

/**
 * Normalizes a message once for every detector (text signals, sensitive data, links inside text), keeping a
 * map back to the original offsets:
 *
 * - invisible characters go: Unicode default-ignorables (zero-width, bidi controls, tag characters, Hangul
 *   fillers, variation selectors), format characters and combining marks (accents);
 * - compatibility forms fold (NFKC: full-width letters and digits become ASCII), then lower case;
 * - letters of other scripts that look like Latin ones (Cyrillic а, Greek ο; Unicode's confusables) read as
 *   Latin, unless the text is really written in that script;
 * - separators between Chinese characters (spaces, dots, dashes, 丶, emoji) go, and so do separators between
 *   single letters or digits spelled apart (r e f u n d, v x, 4 8 2 9); elsewhere whitespace runs become one
 *   space;
 * - digits inside words read as the letters they stand for (c0de, Te1egram);
 * - Traditional and regional variant characters fold to Simplified, one character for one (only the
 *   characters the lexicon needs; see `scripts/gen-fold-table.mjs`);
 * - Chinese numerals, common and financial (〇一二…, 零壹贰…), become ASCII digits.
 *
 * Linear in the length of the text.
 */
export function normalize(original: string): NormalizedText {
  const fold = foldTable();
  const { mapped, foldLookAlikes } = mapCodePoints(original, fold);
  if (foldLookAlikes) {
    const lookAlikes = confusables();
    for (let i = 0; i < mapped.size; i++) {
      if (mapped.classes[i] !== FOREIGN) continue;
      const latin = lookAlikes.get(original.codePointAt(mapped.origins[i] as number) as number);
      if (latin === undefined) continue;
      mapped.units[i] = latin;
      mapped.classes[i] = LETTER;
    }
  }
  const { out, joined } = collapseSeparators(original, mapped);
  readDigitsInWords(out, joined);

  const { units, size } = out;
  // The buffers are reused by the next call: keep only the offsets, at their exact size, and not even those
  // when every character stayed where it was (most messages), as copying them costs more than reading them.
  let inPlace = size === original.length;
  for (let i = 0; inPlace && i < size; i++) inPlace = out.origins[i] === i;
  const origins = inPlace ? null : out.origins.slice(0, size);
  let text = '';
  for (let at = 0; at < size; at += 4096) {
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(size, at + 4096)) as unknown as number[]);
  }
  const length = original.length;
  const originOf = (index: number): number => (origins ? (origins[index] as number) : index);
  const toOriginal = (index: number): number => (index >= size ? length : originOf(Math.max(0, index)));
  return {
    text,
    toOriginal,
    toOriginalEnd(end: number): number {
      if (end <= 0) return 0;
      if (end > size) return length;
      const origin = originOf(end - 1);
      return origin + ((original.codePointAt(origin) as number) > 0xffff ? 2 : 1);
    },
    joined: joined ? (index) => joined[index] === 1 : () => false,
  };
}
