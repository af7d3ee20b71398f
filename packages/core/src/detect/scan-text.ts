import { explain } from './explanations.js';
import { findSignals, type RawSignal } from './find-signals.js';
import { normalize } from './normalize.js';
import { readDetectorOptions } from './options.js';
import { scoreMessage, type Verdict, withModelSignal } from './score.js';
import {
  MAX_SCAN_CHARS,
  MAX_SIGNALS_PER_ID,
  READ_OVERLAP,
  READ_WINDOW,
  RISK_LEVELS,
  SCORE_OVERLAP,
  SCORE_WINDOW,
  type ScanOptions,
  type ScanResult,
} from './types.js';

/** `at`, or one less where `at` would cut a surrogate pair in two. */
export function cutAt(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return at;
  const high = text.charCodeAt(at - 1);
  return high >= 0xd800 && high <= 0xdbff ? at - 1 : at;
}

/** The first `MAX_SCAN_CHARS` code units of a text, never cutting a surrogate pair in two. */
export function capText(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_SCAN_CHARS) return { text, truncated: false };
  return { text: text.slice(0, cutAt(text, MAX_SCAN_CHARS)), truncated: true };
}

/**
 * Scores a normalized text: at once when it is short, else in windows of {@link SCORE_WINDOW} characters
 * overlapping by {@link SCORE_OVERLAP}, keeping the worst. A scam inside a long benign text is judged on its own words, and
 * scattered words across a long text never add up to a script.
 */
export function scoreNormalized(text: string, signals: readonly RawSignal[]): Verdict {
  if (text.length <= SCORE_WINDOW) return scoreMessage(text, signals);
  // findSignals reports in text order but for the odd link starting before an earlier term: sort only then.
  const inOrder = signals.every((signal, index) => index === 0 || (signals[index - 1] as RawSignal).at <= signal.at);
  const sorted = inOrder ? signals : [...signals].sort((a, b) => a.at - b.at);
  const step = SCORE_WINDOW - SCORE_OVERLAP;
  let worst: Verdict = { level: 'none', score: 0, modelOnly: false };
  let first = 0;
  for (let from = 0; from < text.length; from += step) {
    while (first < sorted.length && (sorted[first] as RawSignal).at < from) first++;
    let last = first;
    while (last < sorted.length && (sorted[last] as RawSignal).at < from + SCORE_WINDOW) last++;
    const verdict = scoreMessage(text.slice(from, from + SCORE_WINDOW), sorted.slice(first, last));
    if (outranks(verdict, worst)) worst = verdict;
    if (from + SCORE_WINDOW >= text.length) break;
  }
  return worst;
}

const outranks = (a: Verdict, b: Verdict): boolean => {
  const rank = RISK_LEVELS.indexOf(a.level) - RISK_LEVELS.indexOf(b.level);
  return rank > 0 || (rank === 0 && a.score > b.score);
};

/**
 * The signals a result lists: in text order, at most {@link MAX_SIGNALS_PER_ID} of each id, the rest counted.
 */
export class SignalTally {
  readonly listed: RawSignal[] = [];
  omitted = 0;
  private readonly perId = new Map<string, number>();

  readonly add = (signal: RawSignal): void => {
    const count = this.perId.get(signal.id) ?? 0;
    this.perId.set(signal.id, count + 1);
    if (count < MAX_SIGNALS_PER_ID) this.listed.push(signal);
    else this.omitted++;
  };
}

/** Normalizes, searches and scores one stretch of text; the signals' offsets are into that stretch. */
function read(text: string, officialDomains: readonly string[]): { verdict: Verdict; signals: RawSignal[] } {
  const normalized = normalize(text);
  const signals = findSignals(normalized, officialDomains);
  return { verdict: scoreNormalized(normalized.text, signals), signals };
}

/**
 * Reads a text in windows of {@link READ_WINDOW} characters overlapping by {@link READ_OVERLAP}, keeping the
 * worst verdict. Each signal is handed to `report` once, by the window whose middle part holds its start,
 * with offsets into the whole text. Only one window is held at a time, so memory stays flat however long the
 * text is.
 */
export function readInWindows(
  text: string,
  officialDomains: readonly string[],
  report: (signal: RawSignal) => void,
): Verdict {
  const half = READ_OVERLAP / 2;
  let worst: Verdict = { level: 'none', score: 0, modelOnly: false };
  for (let from = 0; ; from += READ_WINDOW - READ_OVERLAP) {
    const last = from + READ_WINDOW >= text.length;
    const start = cutAt(text, from);
    const { verdict, signals } = read(text.slice(start, cutAt(text, from + READ_WINDOW)), officialDomains);
    if (outranks(verdict, worst)) worst = verdict;
    const ownFrom = from === 0 ? 0 : from + half;
    const ownTo = last ? text.length : from + READ_WINDOW - half;
    for (const signal of signals) {
      signal.start += start;
      signal.end += start;
      if (signal.start >= ownFrom && signal.start < ownTo) report(signal);
    }
    if (last) return worst;
  }
}

/**
 * Reads one message the way a fake customer-service script is built: who the sender claims to be,
 * the pretext, the pressure and the harmful step it asks for. Never throws. Time is linear in the length of
 * the text; at most {@link MAX_SCAN_CHARS} characters are read (the result then says `truncated`). Input
 * that is not a string, and options that cannot be used, are reported in `problems`; a bad option is left
 * out, which never weakens the verdict.
 *
 * @example
 * scanText('我是淘宝客服，您的订单需要退款，请把验证码报给我', { locale: 'zh-Hans' }).level // 'high'
 */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  const { locale, officialDomains, problems } = readDetectorOptions(options);
  if (typeof text !== 'string') {
    problems.push(`text should be a string, got ${text === null ? 'null' : typeof text}; nothing scanned`);
  }
  const capped = capText(typeof text === 'string' ? text : '');
  const extras = {
    ...(capped.truncated ? { truncated: true as const } : {}),
    ...(problems.length ? { problems } : {}),
  };
  try {
    const tally = new SignalTally();
    let verdict: Verdict;
    if (capped.text.length <= READ_WINDOW) {
      const reading = read(capped.text, officialDomains);
      verdict = reading.verdict;
      for (const signal of reading.signals) tally.add(signal);
    } else {
      verdict = readInWindows(capped.text, officialDomains, tally.add);
    }
    return {
      level: verdict.level,
      score: verdict.score,
      signals: withModelSignal(tally.listed, verdict, capped.text.length).map(({ id, category, start, end }) => ({
        id,
        category,
        start,
        end,
        explanation: explain(id, category, locale),
      })),
      ...(tally.omitted ? { signalsOmitted: tally.omitted } : {}),
      ...extras,
    };
  } catch (error) {
    // Not expected; said out loud rather than passed off as a clean message.
    problems.push(`scan failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    return { level: 'none', score: 0, signals: [], ...extras, problems };
  }
}
