import { compiledLexicon, isWordChar, type TermGroup } from './compiled-lexicon.js';
import { type NormalizedText, normalize } from './normalize.js';
import { ascending, SpanList } from './span-list.js';
import { HARMFUL_CATEGORIES, type SignalCategory } from './types.js';

/** A signal before it gets its localized explanation. Offsets are into the original text. */
export interface RawSignal {
  id: string;
  category: SignalCategory;
  start: number;
  end: number;
  /** For safety wording only: the normalized phrase, so distinct warnings are counted apart. */
  phrase?: string;
  /** For harmful steps only: something nearby asks the reader to take it (internal, never reported). */
  asked?: boolean;
  /** Where the signal starts in the normalized text, for scoring long texts in windows. */
  at: number;
}

/**
 * How far (normalized characters) a negator reaches forward within its clause, and a request forward
 * within its sentence: 24 for "切勿将验证码", 48 when only ASCII lies between ("never ask you to pay over
 * the phone or with gift cards").
 */
const REACH = 24;
/** How far a request reaches back to the harmful step before it ("验证码告诉我", "卡号是多少"). */
const REACH_BACK = 8;
const CLAUSE_BREAK = /[，,。.!！?？;；\n]/;
/** A request reaches across commas and numbered lists ("请提供：1.卡号 2.验证码"), not across sentences. */
const SENTENCE_BREAK = /[。!！?？;；\n]|\D\.|^\./;
/**
 * A phone number (7 to 16 digits) within 32 characters of "call" / 致电, in the same sentence:
 * "call our billing department at +1 555 0123". Chinese numerals are already digits.
 */
const PHONE_AFTER = /^[^0-9+。.!！?？;；\n]{0,32}?\+?[0-9](?:[ ()-]?[0-9]){6,15}/;
/** How far a link may reach left of its top-level domain, and right of it. */
const HOST_REACH = 80;
const LINK_REACH = 300;
const isHostChar = (ch: string): boolean => /[a-z0-9@.-]/.test(ch);
const isLinkChar = (ch: string): boolean => ch >= '!' && ch <= '~';

/**
 * A lexicon term found in the normalized text. It becomes the reported signal itself (its `start` and `end`
 * set to the original offsets, `id` and `category` possibly turned into reassurance), so a text full of
 * terms costs one object per term, not two.
 */
interface Hit extends RawSignal {
  group: TermGroup;
  /** The matched term, in the normalized text. */
  termStart: number;
  termEnd: number;
  /**
   * Where what is reported ends in the normalized text (it starts at `at`): the term, or the whole link / the
   * call with its number.
   */
  to: number;
}

/** Whole link around a scheme or top-level-domain hit; null when it is not a host, an e-mail address or official. */
function linkSpan(text: string, start: number, end: number, official: readonly string[]): [number, number] | null {
  if (text[start] === '.' && (!/[a-z0-9-]/.test(text[start - 1] ?? ' ') || /[a-z0-9-]/.test(text[end] ?? ' '))) {
    return null;
  }
  // Scans with a fixed reach on each side, so a text full of ".com" stays linear.
  let from = start;
  while (from > 0 && start - from < HOST_REACH && isHostChar(text[from - 1] as string)) from--;
  const scheme = /[a-z]+:\/\/$/.exec(text.slice(Math.max(0, from - 12), from))?.[0] ?? '';
  from -= scheme.length;
  let to = end;
  while (to < text.length && to - end < LINK_REACH && isLinkChar(text[to] as string)) to++;
  while (to > end && /[.,:;!?)'"]/.test(text[to - 1] as string)) to--;
  const link = text.slice(from, to);
  if (!/^[a-z]+:\/\//.test(link) && text.slice(from, start).includes('@')) return null;
  const host =
    link
      .replace(/^[a-z]+:\/\//, '')
      .split(/[/?#]/)[0]
      ?.split('@')
      .pop() ?? '';
  return official.some((domain) => host === domain || host.endsWith(`.${domain}`)) ? null : [from, to];
}

/** Both characters around `at` were spelled apart in the original, so no word edge is known there. */
const joinedAt = (normalized: NormalizedText, at: number): boolean =>
  normalized.joined(at - 1) && normalized.joined(at);

/** Index of the first of `count` positions whose key is at least `value`, the keys rising with the index. */
function firstAtLeast(count: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyAt(middle) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * {@link firstAtLeast} for a run of rising values, as the terms of a text are read in order: the index walks
 * forward instead of being searched for again (a value lower than the last is searched for).
 */
function seeker(count: number, keyAt: (index: number) => number): (value: number) => number {
  let at = 0;
  let last = Number.NEGATIVE_INFINITY;
  return (value) => {
    if (value < last) at = firstAtLeast(count, keyAt, value);
    else while (at < count && keyAt(at) < value) at++;
    last = value;
    return at;
  };
}

/**
 * Runs the lexicon over a message in one pass and returns what it saw, in original offsets.
 * A term inside a longer term is dropped (微信 in 微信支付). A harmful step or pretext right after a
 * negator or safety phrase in the same clause ("无需支付任何费用", "we will never ask for your PIN") is
 * reassurance: the pretext is dropped, the harmful step reported as `safety.reassurance`.
 *
 * Linear in the length of the text: every look around a term (negators before it, requests around it, the
 * rest of a link or a phone number) has a fixed reach and is found by binary search, never by a scan of
 * all other terms.
 */
export function findSignals(input: string | NormalizedText, officialDomains: readonly string[] = []): RawSignal[] {
  const { matcher, terms } = compiledLexicon();
  const normalized = typeof input === 'string' ? normalize(input) : input;
  const text = normalized.text;
  const official = officialDomains.map((domain) => domain.toLowerCase().replace(/^\.+/, ''));
  const hits: Hit[] = [];
  // Request words and negators only ever need where they are: numbers in a span list, not objects.
  const negators = new SpanList();
  const asks = new SpanList();
  /** End of the last link read: a scheme or domain inside it is part of the same link. */
  let linkTo = -1;

  matcher.scan(text, (pattern, start, end) => {
    const term = terms[pattern];
    if (!term) return;
    if (term.joinedOnly && !(normalized.joined(start) && normalized.joined(end - 1))) return;
    // Word edges are required except inside letters spelled apart (r e f u n d), where they are unknown; there,
    // only lexicon terms of four letters or more are sure enough to be read ("no" in "now" is no negator).
    const edgeMayBeJoined = (!!term.group || term.ask) && end - start >= 4;
    if (term.wordStart && isWordChar(text[start - 1]) && !(edgeMayBeJoined && joinedAt(normalized, start))) return;
    if (term.wordEnd && isWordChar(text[end]) && !(edgeMayBeJoined && joinedAt(normalized, end))) return;
    const { group } = term;
    if (!group) {
      if (term.ask) asks.add(start, end, term.quiet);
      else negators.add(start, end);
      return;
    }
    let from = start;
    let to = end;
    if (group.shape === 'phone') {
      const number = PHONE_AFTER.exec(text.slice(end, end + 64));
      if (!number) return;
      to = end + number[0].length;
    } else if (group.shape === 'url') {
      if (start < linkTo) return;
      const span = linkSpan(text, start, end, official);
      if (!span) return;
      [from, to] = span;
      linkTo = to;
    }
    if (term.ask) asks.add(start, end, term.quiet);
    hits.push({
      id: group.id,
      category: group.category,
      start: 0,
      end: 0,
      at: from,
      phrase: undefined,
      asked: undefined,
      group,
      termStart: start,
      termEnd: end,
      to,
    });
  });

  // Longest term wins; a link is one signal however many schemes and domains it contains.
  hits.sort((a, b) => a.termStart - b.termStart || b.termEnd - a.termEnd);
  const kept: Hit[] = [];
  let coverEnd = -1;
  let linkEnd = -1;
  for (const hit of hits) {
    if (hit.termEnd <= coverEnd || (hit.group.shape === 'url' && hit.at < linkEnd)) continue;
    if (hit.group.shape === 'url') linkEnd = hit.to;
    kept.push(hit);
    coverEnd = hit.termEnd;
  }
  const keptStart = (index: number): number => (kept[index] as Hit).termStart;

  // Kept terms start in order and end in order, so the one starting last at or before a position reaches
  // furthest: a shorter word lies inside a kept term exactly when it lies inside that one.
  const keptAfter = seeker(kept.length, keptStart);
  const insideKept = (start: number, end: number, strictlyLonger: boolean): boolean => {
    const last = kept[keptAfter(start + 1) - 1];
    if (!last || last.termEnd < end) return false;
    return !strictlyLonger || last.termEnd - last.termStart > end - start;
  };

  /** Nothing ends the clause between `from` and `to`, and they are at most `reach` apart (twice over ASCII). */
  const within = (from: number, to: number, reach: number, breaks = CLAUSE_BREAK): boolean => {
    if (to - from > 2 * reach) return false;
    const between = text.slice(from, to);
    return !breaks.test(between) && between.length <= (/^[ -~]*$/.test(between) ? 2 : 1) * reach;
  };

  // A negator inside a longer word is not one (别 in 识别码); safety phrases negate too. The nearest
  // negation before a term is the only one that can reach it.
  const negations: number[] = [];
  for (let i = 0; i < negators.length; i++) {
    if (!insideKept(negators.start(i), negators.end(i), false)) negations.push(negators.end(i));
  }
  for (const hit of kept) if (hit.group.category === 'safety') negations.push(hit.termEnd);
  const negationEnds = ascending(negations);
  const negationEndAt = (index: number): number => negationEnds[index] as number;
  const negationsAfter = seeker(negationEnds.length, negationEndAt);
  const negated = (hit: Hit): boolean => {
    const nearest = negationEnds[negationsAfter(hit.termStart + 1) - 1];
    return nearest !== undefined && within(nearest, hit.termStart, REACH);
  };

  // Is the harmful step asked of the reader? A request word shortly before or after it in the same clause.
  // Urging ("尽快", "immediately") asks too; a request word inside a longer term or request is not one
  // (验证 in 验证码, 请 in 请问). A quiet request word only hides the shorter ones inside it.
  asks.sort();
  const requests = new SpanList();
  // In that order (by start, longest first) an ask lies inside a longer one exactly when an earlier ask
  // reaches past its end, or to its end from further left.
  let reachEnd = -1;
  let reachStart = 0;
  for (let i = 0; i < asks.length; i++) {
    const start = asks.start(i);
    const end = asks.end(i);
    const insideLongerAsk = reachEnd > end || (reachEnd === end && reachStart < start);
    if (end > reachEnd) {
      reachEnd = end;
      reachStart = start;
    }
    if (!asks.flag(i) && !insideLongerAsk && !insideKept(start, end, true)) requests.add(start, end);
  }
  for (const hit of kept) if (hit.group.id === 'pressure.deadline') requests.add(hit.termStart, hit.termEnd);
  requests.sort();
  const ends: number[] = [];
  for (let i = 0; i < requests.length; i++) ends.push(requests.end(i));
  const requestEnds = ascending(ends);
  const requestEndAt = (index: number): number => requestEnds[index] as number;
  const requestStartAt = (index: number): number => requests.start(index);
  const requestsEndingAfter = seeker(requestEnds.length, requestEndAt);
  const requestsStartingAfter = seeker(requests.length, requestStartAt);
  const asked = (hit: Hit): boolean => {
    if (hit.group.shape) return true;
    // The nearest request ending before the term, the nearest starting after it, or one overlapping it.
    const before = requestEnds[requestsEndingAfter(hit.termStart + 1) - 1];
    if (before !== undefined && within(before, hit.termStart, REACH, SENTENCE_BREAK)) return true;
    const afterIndex = requestsStartingAfter(hit.termEnd);
    if (afterIndex < requests.length && within(hit.termEnd, requests.start(afterIndex), REACH_BACK, SENTENCE_BREAK)) {
      return true;
    }
    for (let k = afterIndex - 1; k >= 0 && requests.start(k) > hit.termStart - 16; k--) {
      if (requests.end(k) > hit.termStart) return true;
    }
    return false;
  };

  const signals: RawSignal[] = [];
  for (const hit of kept) {
    const { category } = hit.group;
    if ((HARMFUL_CATEGORIES.includes(category) || category === 'pretext') && negated(hit)) {
      if (category === 'pretext') continue;
      hit.id = 'safety.reassurance';
      hit.category = 'safety';
    }
    hit.start = normalized.toOriginal(hit.at);
    hit.end = normalized.toOriginalEnd(hit.to);
    if (hit.category === 'safety') hit.phrase = text.slice(hit.termStart, hit.termEnd);
    else if (HARMFUL_CATEGORIES.includes(hit.category)) hit.asked = asked(hit);
    signals.push(hit);
  }
  return signals;
}
