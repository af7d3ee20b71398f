import { inLocale } from '../explanations.js';
import { type NormalizedText, normalize } from '../normalize.js';
import { readDetectorOptions } from '../options.js';
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

function ids(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(ID_NUMBER)) {
    // A number that fails its check but follows "身份证号" is still someone's ID, mistyped.
    const named = ID_WORDS.test(text.slice(Math.max(0, m.index - 12), m.index));
    const level: RiskLevel | null = isResidentId(m[0]) ? 'high' : named ? 'medium' : null;
    if (level) out.push({ kind: 'id-number', level, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function cards(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(CARD_NUMBER)) {
    const digits = m[0].replace(/\D/g, '');
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const order = lastIndex(ORDER_WORDS, before);
    const card = lastIndex(CARD_WORDS, before);
    // "订单号 2938…" is an order, but "订单退款到卡 6222…" names the card last.
    if (order > card) continue;
    const valid = passesLuhn(digits);
    const level: RiskLevel | null =
      valid && (card >= 0 || /^[2-6]/.test(digits))
        ? 'high'
        : card >= 0 || (digits.startsWith('62') && digits.length >= 16)
          ? 'medium'
          : null;
    if (level) out.push({ kind: 'bank-card', level, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function codes(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(CODE_DIGITS)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 32), m.index);
    if (NOT_CODE_SHAPES.test(m[0]) || NOT_CODE_AFTER.test(text.slice(end, end + 3)) || NOT_CODE_BEFORE.test(before)) {
      continue;
    }
    const around = `${before} ${text.slice(end, end + 32)}`;
    if (CODE_WORDS.test(around.replace(NOT_CODE_WORDS, ' ')))
      out.push({ kind: 'sms-code', level: 'high', start: m.index, end });
  }
  return out;
}

function passwords(text: string): Found[] {
  const out: Found[] = [];
  const push = (index: number, whole: string, value: string) => {
    const trimmed = value.replace(/[.,;!?)\]}'"]+$/, '');
    if (/^[*•·x]+$/.test(trimmed)) return;
    const start = index + whole.length - value.length;
    out.push({ kind: 'password', level: 'high', start, end: start + trimmed.length });
  };
  for (const m of text.matchAll(PASSWORD_ZH)) push(m.index, m[0], m[1] ?? '');
  for (const m of text.matchAll(PASSWORD_EN)) {
    const value = m[2] ?? '';
    if (m[1] === ':' || m[1] === '=' || /\d/.test(value)) push(m.index, m[0], value);
  }
  return out.filter((f) => f.end - f.start >= 4);
}

function contacts(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(CONTACT)) {
    const [whole, name = '', idWord, connector, handle = ''] = m;
    const stated = !!(idWord || connector);
    if (WEAK_CONTACT_NAMES.test(name) && !stated) continue;
    if (!stated && !/[\d_]/.test(handle)) continue;
    const start = m.index + whole.length - handle.length;
    out.push({ kind: 'contact', level: 'medium', start, end: start + handle.length });
  }
  return out;
}

/** Strongest first: when two findings overlap, the earlier kind in this list wins. */
const FINDERS = [ids, cards, codes, passwords, contacts];

/**
 * Runs every finder over a normalized text; offsets are into the normalized text. Overlaps are settled with
 * a map of covered characters, so the cost stays linear however many numbers the text holds.
 */
function findAll(text: string): Found[] {
  const covered = new Uint8Array(text.length + 1);
  const kept: Found[] = [];
  for (const finder of FINDERS) {
    for (const found of finder(text)) {
      if (covered.subarray(found.start, found.end).includes(1)) continue;
      covered.fill(1, found.start, found.end);
      kept.push(found);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds secrets in an already normalized text (see `normalize`), with offsets into the original: for callers
 * that scan the same message for signals too and normalize it once.
 */
export function findSensitiveIn(normalized: NormalizedText, locale?: string): SensitiveMatch[] {
  const { locale: language } = readDetectorOptions({ locale });
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
    const locale = typeof options?.locale === 'string' ? options.locale : undefined;
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
