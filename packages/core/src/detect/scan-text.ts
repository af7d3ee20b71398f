import { explain } from './explanations.js';
import { findSignals, type RawSignal } from './find-signals.js';
import { normalize } from './normalize.js';
import { readDetectorOptions } from './options.js';
import { scoreMessage, type Verdict, withModelSignal } from './score.js';
import {
  MAX_SCAN_CHARS,
  RISK_LEVELS,
  SCORE_OVERLAP,
  SCORE_WINDOW,
  type ScanOptions,
  type ScanResult,
} from './types.js';

/** The first `MAX_SCAN_CHARS` code units of a text, never cutting a surrogate pair in two. */
export function capText(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_SCAN_CHARS) return { text, truncated: false };
  const high = text.charCodeAt(MAX_SCAN_CHARS - 1);
  const cut = high >= 0xd800 && high <= 0xdbff ? MAX_SCAN_CHARS - 1 : MAX_SCAN_CHARS;
  return { text: text.slice(0, cut), truncated: true };
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
    const rank = RISK_LEVELS.indexOf(verdict.level) - RISK_LEVELS.indexOf(worst.level);
    if (rank > 0 || (rank === 0 && verdict.score > worst.score)) worst = verdict;
    if (from + SCORE_WINDOW >= text.length) break;
  }
  return worst;
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
    const normalized = normalize(capped.text);
    const raw = findSignals(normalized, officialDomains);
    const { level, score, ...verdict } = scoreNormalized(normalized.text, raw);
    return {
      level,
      score,
      signals: withModelSignal(raw, { level, score, ...verdict }, capped.text.length).map(
        ({ id, category, start, end }) => ({
          id,
          category,
          start,
          end,
          explanation: explain(id, category, locale),
        }),
      ),
      ...extras,
    };
  } catch (error) {
    // Not expected; said out loud rather than passed off as a clean message.
    problems.push(`scan failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    return { level: 'none', score: 0, signals: [], ...extras, problems };
  }
}
