import { compiledLexicon, isWordChar, type TermGroup } from './compiled-lexicon.js';
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
  /** For harmful steps only: something nearby asks the reader to take it (internal, never reported). */
  asked?: boolean;
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
/** Host characters to the left of a top-level domain; the rest of a link runs to a space or CJK punctuation. */
const HOST_BEFORE = /(?:[a-z]+:\/\/)?[a-z0-9@.-]*$/;
const LINK_AFTER = /^[!-~]*/;

interface Hit {
  group: TermGroup;
  /** A request word that only hides a shorter one (请问). */
  quiet?: boolean | undefined;
  /** The matched term. */
  start: number;
  end: number;
  /** What to report: the term, or the whole link / the call with its number. */
  from: number;
  to: number;
}

/** Whole link around a scheme or top-level-domain hit; null when it is not a host, an e-mail address or official. */
function linkSpan(text: string, start: number, end: number, official: readonly string[]): [number, number] | null {
  if (text[start] === '.' && (!/[a-z0-9-]/.test(text[start - 1] ?? ' ') || /[a-z0-9-]/.test(text[end] ?? ' '))) {
    return null;
  }
  const from = start - (HOST_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[0].length ?? 0);
  const to = end + (LINK_AFTER.exec(text.slice(end, end + 300))?.[0].replace(/[.,:;!?)'"]+$/, '').length ?? 0);
  const link = text.slice(from, to);
  const scheme = /^[a-z]+:\/\//.exec(link)?.[0] ?? '';
  if (!scheme && text.slice(from, start).includes('@')) return null;
  const host = link.slice(scheme.length).split(/[/?#]/)[0]?.split('@').pop() ?? '';
  return official.some((domain) => host === domain || host.endsWith(`.${domain}`)) ? null : [from, to];
}

/**
 * Runs the lexicon over a message in one pass and returns what it saw, in original offsets.
 * A term inside a longer term is dropped (微信 in 微信支付). A harmful step or pretext right after a
 * negator or safety phrase in the same clause ("无需支付任何费用", "we will never ask for your PIN") is
 * reassurance: the pretext is dropped, the harmful step reported as `safety.reassurance`.
 */
export function findSignals(original: string, officialDomains: readonly string[] = []): RawSignal[] {
  const { matcher, terms } = compiledLexicon();
  const normalized = normalize(original);
  const text = normalized.text;
  const official = officialDomains.map((domain) => domain.toLowerCase().replace(/^\.+/, ''));
  const hits: Hit[] = [];
  const negators: Hit[] = [];
  const asks: Hit[] = [];

  matcher.scan(text, (pattern, start, end) => {
    const term = terms[pattern];
    if (!term || (term.wordStart && isWordChar(text[start - 1])) || (term.wordEnd && isWordChar(text[end]))) return;
    const { group } = term;
    let span: [number, number] | null = [start, end];
    if (group?.shape === 'phone') {
      const number = PHONE_AFTER.exec(text.slice(end, end + 64));
      span = number ? [start, end + number[0].length] : null;
    } else if (group?.shape === 'url') {
      span = linkSpan(text, start, end, official);
    }
    if (!span) return;
    const hit = { group: group as TermGroup, start, end, from: span[0], to: span[1], quiet: term.quiet };
    if (term.ask) asks.push(hit);
    if (group || !term.ask) (group ? hits : negators).push(hit);
  });

  // Longest term wins; a link is one signal however many schemes and domains it contains.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let coverEnd = -1;
  let linkEnd = -1;
  for (const hit of hits) {
    if (hit.end <= coverEnd || (hit.group.shape === 'url' && hit.from < linkEnd)) continue;
    if (hit.group.shape === 'url') linkEnd = hit.to;
    kept.push(hit);
    coverEnd = hit.end;
  }

  // A negator inside a longer word is not one (别 in 识别码); safety phrases negate too.
  const negationEnds = [
    ...negators.filter((n) => !kept.some((hit) => hit.start <= n.start && n.end <= hit.end)),
    ...kept.filter((hit) => hit.group.category === 'safety'),
  ].map((n) => n.end);
  /** Nothing ends the clause between `from` and `to`, and they are at most `reach` apart (twice over ASCII). */
  const within = (from: number, to: number, reach: number, breaks = CLAUSE_BREAK): boolean => {
    const between = text.slice(from, to);
    return !breaks.test(between) && between.length <= (/^[ -~]*$/.test(between) ? 2 : 1) * reach;
  };
  const negated = (hit: Hit): boolean => negationEnds.some((end) => end <= hit.start && within(end, hit.start, REACH));

  // Is the harmful step asked of the reader? A request word shortly before or after it in the same clause.
  // Urging ("尽快", "immediately") asks too; a request word inside a longer term or request is not one
  // (验证 in 验证码, 请 in 请问).
  const spans = kept.concat(asks);
  const requests = [
    ...asks.filter(
      (ask) =>
        !ask.quiet &&
        !spans.some((hit) => hit.start <= ask.start && ask.end <= hit.end && hit.end - hit.start > ask.end - ask.start),
    ),
    ...kept.filter((hit) => hit.group.id === 'pressure.deadline'),
  ];
  const asked = (hit: Hit): boolean =>
    !!hit.group.shape ||
    requests.some((ask) =>
      ask.end <= hit.start
        ? within(ask.end, hit.start, REACH, SENTENCE_BREAK)
        : ask.start >= hit.end
          ? within(hit.end, ask.start, REACH_BACK, SENTENCE_BREAK)
          : true,
    );

  const signals: RawSignal[] = [];
  for (const hit of kept) {
    let { id, category } = hit.group;
    if ((HARMFUL_CATEGORIES.includes(category) || category === 'pretext') && negated(hit)) {
      if (category === 'pretext') continue;
      id = 'safety.reassurance';
      category = 'safety';
    }
    const signal: RawSignal = {
      id,
      category,
      start: normalized.toOriginal(hit.from),
      end: normalized.toOriginalEnd(hit.to),
    };
    if (category === 'safety') signal.phrase = text.slice(hit.start, hit.end);
    else if (HARMFUL_CATEGORIES.includes(category)) signal.asked = asked(hit);
    signals.push(signal);
  }
  return signals;
}
