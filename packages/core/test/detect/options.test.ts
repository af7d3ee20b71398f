import { describe, expect, it } from 'vitest';
import { checkUrl, readDetectorOptions, scanConversation, scanText } from '../../src/detect/index.js';

const scam = 'This is customer service. Your refund is ready, click https://taobao.com.refund-help.top/claim now';
const rank = (level: string) => ['none', 'low', 'medium', 'high'].indexOf(level);

describe('detector options', () => {
  it('reads URLs, www. forms and comma-separated strings as bare domains', () => {
    expect(readDetectorOptions({ officialDomains: ['https://www.Taobao.com/path', '*.tmall.com', 'jd.com.'] })).toEqual(
      {
        locale: 'en',
        officialDomains: ['taobao.com', 'tmall.com', 'jd.com'],
        problems: [],
      },
    );
    expect(readDetectorOptions({ officialDomains: 'taobao.com, tmall.com' }).officialDomains).toEqual([
      'taobao.com',
      'tmall.com',
    ]);
  });

  it('reports what it cannot use and leaves it out', () => {
    const read = readDetectorOptions({ officialDomains: ['taobao.com', null, 42, 'not a domain'], locale: 7 });
    expect(read.officialDomains).toEqual(['taobao.com']);
    expect(read.problems).toEqual(
      [
        'officialDomains[1] is null; ignored',
        'officialDomains[2] is a number; ignored',
        'officialDomains[3] "not a domain" is not a domain; ignored',
        'locale should be a language tag such as "zh-Hans", got a number; English used',
      ].sort((a, b) => (a.startsWith('locale') ? -1 : b.startsWith('locale') ? 1 : 0)),
    );
    expect(readDetectorOptions('taobao.com').problems).toEqual(['options should be an object, got a string; ignored']);
  });

  it('never lets bad options weaken a verdict, in scanText, scanConversation and checkUrl alike', () => {
    const good = scanText(scam, { officialDomains: ['taobao.com'] });
    const hostile: unknown[] = [
      'taobao.com',
      ['taobao.com', null],
      { length: 2, 0: 'taobao.com' },
      42,
      [Symbol('x')],
      new Proxy([], {
        get: () => {
          throw new Error('boom');
        },
      }),
    ];
    for (const officialDomains of hostile) {
      const options = { officialDomains } as never;
      const result = scanText(scam, options);
      expect(rank(result.level)).toBeGreaterThanOrEqual(rank(good.level));
      expect(rank(scanConversation([scam], options).level)).toBeGreaterThanOrEqual(rank(good.level));
      expect(rank(checkUrl('https://taobao.com.refund-help.top/claim', options).level)).toBeGreaterThanOrEqual(
        rank('low'),
      );
    }
    // Where the domain can be recovered, the lookalike is still named.
    for (const officialDomains of ['taobao.com', ['taobao.com', null], ['https://www.taobao.com/']]) {
      expect(checkUrl('https://taobao.com.refund-help.top/claim', { officialDomains } as never).verdict).toBe(
        'lookalike',
      );
    }
    expect(scanText(scam, { officialDomains: [null] } as never).problems).toEqual([
      'officialDomains[0] is null; ignored',
    ]);
  });

  it('survives a locale whose toString throws', () => {
    const locale = {
      toString: () => {
        throw new Error('no');
      },
    } as never;
    expect(scanText(scam, { locale }).level).toBe(scanText(scam).level);
    expect(checkUrl('https://example.com', { locale }).verdict).toBe('off-platform');
  });
});
