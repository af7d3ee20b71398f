import { explain } from './explanations.js';
import { findSignals, type RawSignal } from './find-signals.js';
import { normalize } from './normalize.js';
import { readDetectorOptions } from './options.js';
import { scoreMessage, type Verdict, withModelSignal, worse } from './score.js';
import {
  MAX_SCAN_CHARS,
  MAX_SIGNALS_PER_ID,
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
 * Counts `signal` in `seen` (ids and how many of each were met so far in one text or one conversation) and says
 * whether it is still within {@link MAX_SIGNALS_PER_ID} of its id.
 */
function underCap({ id }: { id: string }, seen: Map<string, number>): boolean {
  const count = (seen.get(id) ?? 0) + 1;
  seen.set(id, count);
  return count <= MAX_SIGNALS_PER_ID;
}

/** `signals` less those beyond {@link MAX_SIGNALS_PER_ID} of one id, counting in `seen` (see {@link underCap}). */
export const capPerId = <T extends { id: string }>(signals: T[], seen: Map<string, number>): T[] =>
  signals.filter((signal) => underCap(signal, seen));

/**
 * Finds in text order: what {@link eachWindow} reports is, but for a long find a later window reported, which may
 * start before the last ones of the window before it.
 */
export const inTextOrder = <T extends { start: number }>(found: T[]): T[] =>
  found.every((item, index) => index === 0 || (found[index - 1] as T).start <= item.start)
    ? found
    : found.sort((a, b) => a.start - b.start);

/**
 * Reads a text in windows of {@link SCORE_WINDOW} characters overlapping by {@link SCORE_OVERLAP} (a short text in
 * one), one at a time, so memory stays flat however long the text is. `find` returns what it sees in a window,
 * with offsets into the window; each find is handed to `report` once, with offsets into the whole text, by the
 * window whose middle part holds its start. A long find (a link, a number spelled out with invisible characters
 * between its digits) that starts inside the next window and reaches past this window's middle part may go on
 * past this window's end: the next window, which sees more of it, reports it instead.
 */
export function eachWindow<T extends { start: number; end: number }>(
  text: string,
  find: (window: string) => T[],
  report: (found: T) => void,
): void {
  const step = SCORE_WINDOW - SCORE_OVERLAP;
  for (let from = 0; ; from += step) {
    const last = from + SCORE_WINDOW >= text.length;
    const offset = cutAt(text, from);
    const next = cutAt(text, from + step);
    const ownFrom = from && from + SCORE_OVERLAP / 2;
    const ownTo = last ? text.length : from + SCORE_WINDOW - SCORE_OVERLAP / 2;
    // Where the middle parts of two windows meet, a find belongs to the one that sees it whole: the earlier
    // window keeps what ends by the border or starts before the later window does, the later one the rest.
    const mine = ({ start, end }: T): boolean =>
      (start >= ownFrom && start < ownTo && (last || start < next || end <= ownTo)) ||
      (start >= offset && start < ownFrom && end > ownFrom);
    for (const found of find(text.slice(offset, cutAt(text, from + SCORE_WINDOW)))) {
      found.start += offset;
      found.end += offset;
      if (mine(found)) report(found);
    }
    if (last) return;
  }
}

/**
 * Reads a text window by window ({@link eachWindow}), keeping the worst verdict: a scam inside a long benign text
 * is judged on its own words, and words scattered across a long text never add up to a script. Each signal is
 * listed once, with offsets into the whole text, and at most {@link MAX_SIGNALS_PER_ID} of one id; `found`
 * counts them all.
 */
export function readInWindows(
  text: string,
  officialDomains: readonly string[],
): { verdict: Verdict; signals: RawSignal[]; found: number } {
  const seen = new Map<string, number>();
  const signals: RawSignal[] = [];
  let verdict: Verdict = { level: 'none', score: 0, modelOnly: false };
  let found = 0;
  eachWindow(
    text,
    (window) => {
      const normalized = normalize(window);
      const inWindow = findSignals(normalized, officialDomains);
      verdict = worse(verdict, scoreMessage(normalized.text, inWindow, officialDomains));
      return inWindow;
    },
    (signal) => {
      found++;
      if (underCap(signal, seen)) signals.push(signal);
    },
  );
  return { verdict, signals: inTextOrder(signals), found };
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
    const { verdict, signals, found } = readInWindows(capped.text, officialDomains);
    return {
      level: verdict.level,
      score: verdict.score,
      signals: withModelSignal(signals, verdict, capped.text.length).map(({ id, category, start, end }) => ({
        id,
        category,
        start,
        end,
        explanation: explain(id, category, locale),
      })),
      ...(found > signals.length ? { signalsOmitted: found - signals.length } : {}),
      ...extras,
    };
  } catch (error) {
    // Not expected; said out loud rather than passed off as a clean message.
    problems.push(`scan failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    return { level: 'none', score: 0, signals: [], ...extras, problems };
  }
}
