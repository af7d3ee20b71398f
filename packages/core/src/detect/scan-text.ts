import { explain, explanationLocale } from './explanations.js';
import { findSignals } from './find-signals.js';
import { scoreSignals } from './score.js';
import type { ScanOptions, ScanResult } from './types.js';

/**
 * Reads one message the way a fake customer-service script is built: who the sender claims to be,
 * the pretext, the pressure and the harmful step it asks for. Never throws; any input that is not a
 * string is treated as empty.
 *
 * @example
 * scanText('我是淘宝客服，您的订单需要退款，请把验证码报给我', { locale: 'zh-Hans' }).level // 'high'
 */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  try {
    const raw = findSignals(text, options?.officialDomains);
    const locale = explanationLocale(options?.locale);
    const { level, score } = scoreSignals(raw);
    return {
      level,
      score,
      signals: raw.map(({ id, category, start, end }) => ({
        id,
        category,
        start,
        end,
        explanation: explain(id, category, locale),
      })),
    };
  } catch {
    return { level: 'none', score: 0, signals: [] };
  }
}
