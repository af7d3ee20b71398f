import { explanationLocale, inLocale } from '../explanations.js';
import { type NormalizedText, normalize } from '../normalize.js';
import { capText, eachWindow, inTextOrder } from '../scan-text.js';
import type { RiskLevel } from '../types.js';
import { isResidentId, passesLuhn } from './checksums.js';
import { SENSITIVE_EXPLANATIONS, type SensitiveKind } from './explanations.js';
import {
  CARD_NUMBER,
  CARD_WORDS,
  CODE_DIGITS,
  CODE_WORDS,
  CONTACT,
  ID_NUMBER,
  ID_WORDS,
  NOT_CODE_AFTER,
  NOT_CODE_BEFORE,
  NOT_CODE_SHAPES,
  NOT_CODE_WORDS,
  ORDER_WORDS,
  PASSWORD_EN,
  PASSWORD_ZH,
  WEAK_CONTACT_NAMES,
} from './patterns.js';

/** A secret found in a text: its kind and where it is, never its value. */
export interface SensitiveMatch {
  kind: SensitiveKind;
  level: RiskLevel;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
  /** What the text holds, localized, as a phrase that completes "This message …" ("contains a bank card number"). */
  explanation: string;
}

/** Options for {@link findSensitiveData}. */
export interface SensitiveOptions {
  /** BCP 47 tag for the explanations (zh-Hans, zh-Hant or en). */
  locale?: string;
}

type Found = Omit<SensitiveMatch, 'explanation'>;

function lastIndex(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

/** What a finder makes of one match of its pattern: the find's level, start and end, or nothing. */
type Judge = (m: RegExpExecArray, text: string) => [level: RiskLevel, start: number, end: number] | false | null;

const whole = (m: RegExpExecArray, level: RiskLevel | null): [RiskLevel, number, number] | null =>
  level && [level, m.index, m.index + m[0].length];

/** A stated password: the value after the word, without the punctuation that ends the sentence, masks left out. */
const password = (m: RegExpExecArray, value: string): [RiskLevel, number, number] | false => {
  const trimmed = value.replace(/[.,;!?)\]}'"]+$/, '');
  const start = m.index + m[0].length - value.length;
  return !/^[*•·x]+$/.test(trimmed) && trimmed.length >= 4 && ['high', start, start + trimmed.length];
};

/**
 * Each kind with its pattern and how a match of it counts. Strongest first: when two findings overlap, the
 * earlier one in this list wins.
 */
const FINDERS: [SensitiveKind, RegExp, Judge][] = [
  [
    'id-number',
    ID_NUMBER,
    // A number that fails its check but follows "身份证号" is still someone's ID, mistyped.
    (m, text) =>
      whole(
        m,
        isResidentId(m[0]) ? 'high' : ID_WORDS.test(text.slice(Math.max(0, m.index - 12), m.index)) ? 'medium' : null,
      ),
  ],
  [
    'bank-card',
    CARD_NUMBER,
    (m, text) => {
      const digits = m[0].replace(/\D/g, '');
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      const card = lastIndex(CARD_WORDS, before);
      // "订单号 2938…" is an order, but "订单退款到卡 6222…" names the card last.
      if (lastIndex(ORDER_WORDS, before) > card) return null;
      return whole(
        m,
        passesLuhn(digits) && (card >= 0 || /^[2-6]/.test(digits))
          ? 'high'
          : card >= 0 || (digits.startsWith('62') && digits.length >= 16)
            ? 'medium'
            : null,
      );
    },
  ],
  [
    'sms-code',
    CODE_DIGITS,
    (m, text) => {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 32), m.index);
      if (NOT_CODE_SHAPES.test(m[0]) || NOT_CODE_AFTER.test(text.slice(end, end + 3)) || NOT_CODE_BEFORE.test(before)) {
        return null;
      }
      return whole(
        m,
        CODE_WORDS.test(`${before} ${text.slice(end, end + 32)}`.replace(NOT_CODE_WORDS, ' ')) ? 'high' : null,
      );
    },
  ],
  ['password', PASSWORD_ZH, (m) => password(m, m[1] ?? '')],
  ['password', PASSWORD_EN, (m) => (/[:=]/.test(m[1] ?? '') || /\d/.test(m[2] ?? '')) && password(m, m[2] ?? '')],
  [
    'contact',
    CONTACT,
    (m) => {
      const [all, name = '', idWord, connector, handle = ''] = m;
      const start = m.index + all.length - handle.length;
      // Without an id word or a connector, only a handle with a digit or "_" after a name that is no ordinary word.
      return (
        (!!(idWord || connector) || (!WEAK_CONTACT_NAMES.test(name) && /[\d_]/.test(handle))) && [
          'medium',
          start,
          start + handle.length,
        ]
      );
    },
  ],
];

/**
 * Runs every finder over a normalized text; offsets are into the normalized text. Overlaps are settled with
 * a map of covered characters, so the cost stays linear however many numbers the text holds.
 */
function findAll(text: string): Found[] {
  const covered = new Uint8Array(text.length + 1);
  const kept: Found[] = [];
  for (const [kind, pattern, judge] of FINDERS) {
    for (const m of text.matchAll(pattern)) {
      const found = judge(m, text);
      if (!found) continue;
      const [level, start, end] = found;
      if (covered.subarray(start, end).includes(1)) continue;
      covered.fill(1, start, end);
      kept.push({ kind, level, start, end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds secrets in an already normalized text (see `normalize`), with offsets into the original: for callers
 * that scan the same message for signals too and normalize it once.
 */
export function findSensitiveIn(normalized: NormalizedText, locale?: string): SensitiveMatch[] {
  const language = explanationLocale(locale);
  return findAll(normalized.text).map((f) => ({
    kind: f.kind,
    level: f.level,
    start: normalized.toOriginal(f.start),
    end: normalized.toOriginalEnd(f.end),
    explanation: inLocale(SENSITIVE_EXPLANATIONS[f.kind], language),
  }));
}

/**
 * Finds secrets a buyer should never send to "customer service": bank card numbers, resident ID
 * numbers, one-time codes, passwords, and contacts on other chat apps, however they are written (spaced,
 * dashed or dotted digits, full-width digits, Chinese numerals in common and financial forms, invisible
 * characters between digits, app names spelled or split). Order numbers, prices, dates and hotline numbers
 * are left alone. Returns kinds and offsets into `text` only; the values themselves never leave this
 * function. Time is linear in the text, of which at most `MAX_SCAN_CHARS` characters are read, a long text in
 * windows as `scanText` reads it. Never throws.
 */
export function findSensitiveData(text: string, options?: SensitiveOptions): SensitiveMatch[] {
  try {
    // Read once; explanationLocale takes anything that is not a language tag as English.
    const locale = options?.locale;
    const found: SensitiveMatch[] = [];
    eachWindow(
      capText(typeof text === 'string' ? text : '').text,
      (window) => findSensitiveIn(normalize(window), locale),
      (match) => found.push(match),
    );
    return inTextOrder(found);
  } catch {
    return [];
  }
}
