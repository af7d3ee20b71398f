import { compiledLexicon, isWordChar } from './compiled-lexicon.js';
import type { LexiconGroup } from './lexicon.js';
import { normalize } from './normalize.js';
import { HARMFUL_CATEGORIES, type SignalCategory } from './types.js';

/** A signal before it gets its localized explanation. Offsets are into the original text. */
export interface RawSignal {
  id: string;
  category: SignalCategory;
  start: number;
  end: number;
  /** For safety wording only: the normalized phrase, so distinct warnings are counted apart. */
  phrase?: string;
}

/** How far (normalized characters) a negator reaches forward: "切勿将验证码", "never ask for your PIN". */
const NEGATION_REACH = 24;
/** English needs more characters for the same words: "never ask you to pay over the phone or with gift cards". */
const LATIN_NEGATION_REACH = 48;
/** How far a phone number may sit after "call" / 致电: "call our billing department at +1 555 0123". */
const PHONE_REACH = 32;
const MIN_PHONE_DIGITS = 7;
const CLAUSE_BREAKS = '，,。.!！?？;；\n';
const URL_BODY = /[a-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
const HOST_CHAR = /[a-z0-9\-.@]/;

interface Hit {
  group: LexiconGroup;
  start: number;
  end: number;
  /** Span to report: the term, or the whole link / the call with its number. */
  spanStart: number;
  spanEnd: number;
}

const hasClauseBreak = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.includes(text[i] as string)) return true;
  return false;
};

/** End of the phone number that follows `from` within reach, or -1. Chinese numerals are already digits. */
function phoneNumberEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + PHONE_REACH);
  let i = from;
  while (i < limit && !(text[i] as string).match(/[0-9+]/)) {
    if (CLAUSE_BREAKS.includes(text[i] as string) && text[i] !== ',' && text[i] !== '，') return -1;
    i++;
  }
  let digits = 0;
  let end = -1;
  for (; i < text.length && /[0-9+\- ()]/.test(text[i] as string); i++) {
    if (text[i] !== undefined && (text[i] as string) >= '0' && (text[i] as string) <= '9') {
      digits++;
      end = i + 1;
    }
  }
  return digits >= MIN_PHONE_DIGITS && digits <= 16 ? end : -1;
}

/** Whole link around a scheme or top-level-domain hit, or null when the hit is not part of a host. */
function urlSpan(
  text: string,
  start: number,
  end: number,
  officialDomains: readonly string[],
): [number, number] | null {
  const isTld = text[start] === '.';
  if (isTld && (!HOST_CHAR.test(text[start - 1] ?? ' ') || isWordChar(text[end]) || text[end] === '-')) return null;
  let left = start;
  while (left > 0 && HOST_CHAR.test(text[left - 1] as string)) left--;
  if (text.slice(Math.max(0, left - 3), left) === '://') {
    left -= 3;
    while (left > 0 && isWordChar(text[left - 1])) left--;
  }
  let right = end;
  while (right < text.length && URL_BODY.test(text[right] as string)) right++;
  while (right > end && '.,:;!?)'.includes(text[right - 1] as string)) right--;
  const host = (
    text
      .slice(left, right)
      .replace(/^[a-z]+:\/\//, '')
      .split(/[/?#]/)[0] ?? ''
  )
    .split('@')
    .pop() as string;
  // An e-mail address is not a link to click.
  if (!/^[a-z]+:\/\//.test(text.slice(left, right)) && text.slice(left, start).includes('@')) return null;
  if (officialDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return null;
  return [left, right];
}

/**
 * Runs the lexicon over a message in one pass and returns what it saw, in original offsets.
 * A harmful step or pretext right after a negator in the same clause ("无需支付任何费用",
 * "we will never ask for your PIN") is reassurance, reported as `safety.reassurance`.
 */
export function findSignals(original: string, officialDomains: readonly string[] = []): RawSignal[] {
  const { matcher, terms } = compiledLexicon();
  const normalized = normalize(original);
  const text = normalized.text;
  const hits: Hit[] = [];
  const negators: Array<[number, number]> = [];
  const official = officialDomains.map((domain) => domain.toLowerCase().replace(/^\.+/, ''));

  matcher.scan(text, (pattern, start, end) => {
    const term = terms[pattern];
    if (!term) return;
    if (term.wordStart && isWordChar(text[start - 1])) return;
    if (term.wordEnd && isWordChar(text[end])) return;
    const group = term.group;
    if (!group) {
      negators.push([start, end]);
      return;
    }
    let spanStart = start;
    let spanEnd = end;
    if (group.shape === 'phone') {
      spanEnd = phoneNumberEnd(text, end);
      if (spanEnd < 0) return;
    } else if (group.shape === 'url') {
      const span = urlSpan(text, start, end, official);
      if (!span) return;
      [spanStart, spanEnd] = span;
    }
    hits.push({ group, start, end, spanStart, spanEnd });
  });

  // A term inside a longer term is the same words seen twice (微信 in 微信支付): keep the longer one.
  // Links are one signal however many schemes and domains they contain.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let coverEnd = -1;
  let linkEnd = -1;
  for (const hit of hits) {
    if (hit.end <= coverEnd) continue;
    if (hit.group.shape === 'url') {
      if (hit.spanStart < linkEnd) continue;
      linkEnd = hit.spanEnd;
    }
    kept.push(hit);
    coverEnd = hit.end;
  }

  // A negator inside a longer word is not one (别 in 识别码).
  const negatorEnds = negators
    .filter(
      ([start, end]) => !kept.some((hit) => hit.start <= start && end <= hit.end && hit.end - hit.start > end - start),
    )
    .map(([, end]) => end);
  for (const hit of kept) if (hit.group.category === 'safety') negatorEnds.push(hit.end);
  const negated = (hit: Hit): boolean =>
    negatorEnds.some((end) => {
      if (end > hit.start || hasClauseBreak(text, end, hit.start)) return false;
      const between = text.slice(end, hit.start);
      return between.length <= (/^[ -~]*$/.test(between) ? LATIN_NEGATION_REACH : NEGATION_REACH);
    });

  const signals: RawSignal[] = [];
  for (const hit of kept) {
    const { category } = hit.group;
    let id = hit.group.id;
    let reported: SignalCategory = category;
    if ((HARMFUL_CATEGORIES.includes(category) || category === 'pretext') && negated(hit)) {
      if (category === 'pretext') continue;
      id = 'safety.reassurance';
      reported = 'safety';
    }
    const signal: RawSignal = {
      id,
      category: reported,
      start: normalized.toOriginal(hit.spanStart),
      end: normalized.toOriginalEnd(hit.spanEnd),
    };
    if (reported === 'safety') signal.phrase = text.slice(hit.start, hit.end);
    signals.push(signal);
  }
  return signals;
}
