import { describe, expect, it } from 'vitest';
import { type LocaleRequest, type ResolvedLocale, resolveLocale } from '../../src/index.js';

type Case = [name: string, request: LocaleRequest, expected: ResolvedLocale];

const auto = (documentLang: string | null, ...navigatorLanguages: string[]): LocaleRequest => ({
  documentLang,
  navigatorLanguages,
});

const CASES: Case[] = [
  ['zh-CN → Simplified, region CN', { requested: 'zh-CN' }, { locale: 'zh-Hans', dir: 'ltr', region: 'CN' }],
  ['zh-SG → Simplified, region SG', { requested: 'zh-SG' }, { locale: 'zh-Hans', dir: 'ltr', region: 'SG' }],
  ['zh-Hans → Simplified, likely region CN', { requested: 'zh-Hans' }, { locale: 'zh-Hans', dir: 'ltr', region: 'CN' }],
  ['bare zh → Simplified, likely region CN', { requested: 'zh' }, { locale: 'zh-Hans', dir: 'ltr', region: 'CN' }],
  ['zh-TW → Traditional', { requested: 'zh-TW' }, { locale: 'zh-Hant', dir: 'ltr', region: 'TW' }],
  ['zh-HK → Traditional', { requested: 'zh-HK' }, { locale: 'zh-Hant', dir: 'ltr', region: 'HK' }],
  ['zh-MO → Traditional', { requested: 'zh-MO' }, { locale: 'zh-Hant', dir: 'ltr', region: 'MO' }],
  [
    'zh-Hant → Traditional, likely region TW',
    { requested: 'zh-Hant' },
    { locale: 'zh-Hant', dir: 'ltr', region: 'TW' },
  ],
  ['yue → Traditional, likely region HK', { requested: 'yue' }, { locale: 'zh-Hant', dir: 'ltr', region: 'HK' }],
  ['zh-Hant-TW keeps TW', { requested: 'zh-Hant-TW' }, { locale: 'zh-Hant', dir: 'ltr', region: 'TW' }],
  ['lower-case zh-hant-hk', { requested: 'zh-hant-hk' }, { locale: 'zh-Hant', dir: 'ltr', region: 'HK' }],
  ['script beats region: zh-Hans-HK', { requested: 'zh-Hans-HK' }, { locale: 'zh-Hans', dir: 'ltr', region: 'HK' }],
  ['underscore zh_TW', { requested: 'zh_TW' }, { locale: 'zh-Hant', dir: 'ltr', region: 'TW' }],
  ['Cantonese yue-HK → Traditional', { requested: 'yue-HK' }, { locale: 'zh-Hant', dir: 'ltr', region: 'HK' }],
  ['en-SG → English, region SG', { requested: 'en-SG' }, { locale: 'en', dir: 'ltr', region: 'SG' }],
  ['en-US → English', { requested: 'en-US' }, { locale: 'en', dir: 'ltr', region: 'US' }],
  ['pt-BR → fallback en, region kept', { requested: 'pt-BR' }, { locale: 'en', dir: 'ltr', region: 'BR' }],
  [
    'pt-BR → configured fallback zh-Hant',
    { requested: 'pt-BR', fallbackLocale: 'zh-Hant' },
    { locale: 'zh-Hant', dir: 'ltr', region: 'BR' },
  ],
  ['fallback given as zh-TW', { requested: 'fr', fallbackLocale: 'zh-TW' }, { locale: 'zh-Hant', dir: 'ltr' }],
  ['unusable fallback → en', { requested: 'fr', fallbackLocale: 'xx-!!' }, { locale: 'en', dir: 'ltr' }],
  ['malformed requested tag', { requested: 'en--US' }, { locale: 'en', dir: 'ltr' }],
  ['garbage requested tag', { requested: '!!!' }, { locale: 'en', dir: 'ltr' }],
  ['empty requested → auto', { requested: '', documentLang: 'zh-HK' }, { locale: 'zh-Hant', dir: 'ltr', region: 'HK' }],
  [
    'auto reads <html lang> first',
    { requested: 'auto', ...auto('zh-TW', 'en-US') },
    { locale: 'zh-Hant', dir: 'ltr', region: 'TW' },
  ],
  ['AUTO is case-insensitive', { requested: 'AUTO', ...auto('en-SG') }, { locale: 'en', dir: 'ltr', region: 'SG' }],
  ['auto: no lang → navigator', auto(null, 'zh-CN', 'en'), { locale: 'zh-Hans', dir: 'ltr', region: 'CN' }],
  ['auto: unmatched lang → navigator', auto('fr-FR', 'de', 'zh-HK'), { locale: 'zh-Hant', dir: 'ltr', region: 'HK' }],
  ['auto: malformed lang skipped', auto('12345', 'en-GB'), { locale: 'en', dir: 'ltr', region: 'GB' }],
  ['auto: nothing at all → en', {}, { locale: 'en', dir: 'ltr' }],
  ['auto: nothing matches → fallback', auto('ja-JP', 'ko-KR'), { locale: 'en', dir: 'ltr', region: 'JP' }],
  [
    'merchant-added locale matched exactly',
    { requested: 'ms-MY', available: ['ms'] },
    { locale: 'ms', dir: 'ltr', region: 'MY' },
  ],
  [
    'merchant-added zh-HK beats zh-Hant',
    { requested: 'zh-HK', available: ['zh-HK'] },
    { locale: 'zh-HK', dir: 'ltr', region: 'HK' },
  ],
  [
    'merchant pt-BR serves pt-PT',
    { requested: 'pt-PT', available: ['pt-BR'] },
    { locale: 'pt-BR', dir: 'ltr', region: 'PT' },
  ],
  [
    'merchant-added Arabic is RTL',
    { requested: 'ar-EG', available: ['ar'] },
    { locale: 'ar', dir: 'rtl', region: 'EG' },
  ],
  [
    'merchant-added Hebrew via navigator',
    { ...auto(null, 'he-IL'), available: ['he'] },
    { locale: 'he', dir: 'rtl', region: 'IL' },
  ],
  ['unicode extension ignored', { requested: 'zh-TW-u-ca-roc' }, { locale: 'zh-Hant', dir: 'ltr', region: 'TW' }],
];

describe('resolveLocale', () => {
  it.each(CASES)('%s', (_name, request, expected) => {
    expect(resolveLocale(request)).toEqual(expected);
  });

  it('never throws on junk from the page or the browser', () => {
    const junk = [
      undefined,
      null,
      42,
      {},
      [],
      '',
      ' ',
      '-',
      'x',
      'en_',
      '\u0000',
      'zh-Hant-TW-x',
    ] as unknown as string[];
    for (const tag of junk) {
      expect(() => resolveLocale({ requested: tag, documentLang: tag, navigatorLanguages: [tag] })).not.toThrow();
    }
    expect(resolveLocale({ navigatorLanguages: 'zh-TW' as unknown as string[] }).locale).toBe('en');
  });

  it('names the likely region of a tag without one as Intl.Locale#maximize does, without asking it for zh, yue or en', () => {
    const maximize = Intl.Locale.prototype.maximize;
    const tags = [
      'zh',
      'zh-Hans',
      'zh-Hant',
      'zh-Latn',
      'zh-Bopo',
      'cmn',
      'yue',
      'yue-Hans',
      'yue-Hant',
      'en',
      'en-Latn',
    ];
    const expected = tags.map((tag) => new Intl.Locale(tag).maximize().region);
    let asked = 0;
    Intl.Locale.prototype.maximize = function (this: Intl.Locale) {
      asked++;
      return maximize.call(this);
    };
    try {
      expect(tags.map((tag) => resolveLocale({ requested: tag }).region)).toEqual(expected);
      // zh-Latn, zh-Bopo, en-Latn and every other script or language still ask.
      expect(asked).toBe(3);
      expect(resolveLocale({ requested: 'en-Shaw' }).region).toBe('GB');
    } finally {
      Intl.Locale.prototype.maximize = maximize;
    }
  });
});
