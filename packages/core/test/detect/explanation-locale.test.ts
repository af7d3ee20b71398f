import { describe, expect, it } from 'vitest';
import { explanationLocale } from '../../src/detect/explanations.js';
import { resolveLocale, scanText } from '../../src/index.js';

describe('explanation language', () => {
  const tags = [
    'en',
    'en-SG',
    'zh',
    'zh-CN',
    'zh-SG',
    'zh-Hans',
    'zh-TW',
    'zh-HK',
    'zh-MO',
    'zh-Hant',
    'zh-Hant-TW',
    'zh_TW',
    ' zh-TW',
    'yue',
    'yue-HK',
    'ZH-tw',
  ];

  it.each(tags)('speaks the same language as the catalogs for %j', (tag) => {
    expect(explanationLocale(tag)).toBe(resolveLocale({ requested: tag }).locale);
  });

  it('falls back to English for anything that is not a tag, and never throws', () => {
    for (const odd of [undefined, null, 5, {}, Symbol('x'), 'pt-BR']) expect(explanationLocale(odd)).toBe('en');
  });

  it('still explains a scam when the locale option is not a string', () => {
    const result = scanText('I am from customer service. Read me the SMS verification code now for your refund.', {
      locale: 5 as never,
    });
    expect(result.level).not.toBe('none');
    expect(result.signals.every((signal) => signal.explanation.length > 0)).toBe(true);
  });
});
