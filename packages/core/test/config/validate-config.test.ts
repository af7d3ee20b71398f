import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, GUARD_CATALOGS, validateConfig, validateConfigWith } from '../../src/index.js';

type Case = [input: unknown, path: string, message: string];

const BAD: Case[] = [
  ['en', '(root)', 'expected an object, got "en"'],
  [[], '(root)', 'expected an object, got an array'],
  [{ lcoale: 'en' }, 'lcoale', 'unknown option; did you mean "locale"?'],
  [{ fallback_locale: 'en' }, 'fallback_locale', 'unknown option; did you mean "fallbackLocale"?'],
  [{ colour: 'red' }, 'colour', 'unknown option'],
  [{ locale: 42 }, 'locale', 'expected a BCP 47 tag such as "zh-Hant-TW", or "auto", got 42'],
  [{ locale: 'en--US' }, 'locale', 'expected a BCP 47 tag such as "zh-Hant-TW", or "auto", got "en--US"'],
  [{ locale: '' }, 'locale', 'expected a BCP 47 tag such as "zh-Hant-TW", or "auto", got ""'],
  [{ fallbackLocale: 'pt' }, 'fallbackLocale', 'no catalog for "pt"; use zh-Hans, zh-Hant, en or add messages["pt"]'],
  [{ fallbackLocale: null }, 'fallbackLocale', 'expected a BCP 47 tag such as "en", got null'],
  [{ region: 'China' }, 'region', 'expected an ISO 3166 region code such as "CN", got "China"'],
  [{ region: 86 }, 'region', 'expected an ISO 3166 region code such as "CN", got 86'],
  [{ theme: 'blue' }, 'theme', 'expected "light", "dark", "auto" or a theme object, got "blue"'],
  [{ theme: { mode: 'night' } }, 'theme.mode', 'expected "light", "dark" or "auto", got "night"'],
  [{ theme: { preset: 3 } }, 'theme.preset', 'expected a preset name such as "warm", got 3'],
  [{ theme: { tokens: { accent: 12 } } }, 'theme.tokens.accent', 'expected a CSS color, got 12'],
  [{ theme: { tokens: { bg: 'red; x: y' } } }, 'theme.tokens.bg', 'expected a CSS color, got "red; x: y"'],
  [{ theme: { tokens: { radius: '4px}' } } }, 'theme.tokens.radius', 'expected a CSS value, got "4px}"'],
  [
    { theme: { tokens: { '--rg-accent': '#fff' } } },
    'theme.tokens["--rg-accent"]',
    'expected a token name such as "accent" (without the --rg- prefix)',
  ],
  [{ theme: { tokens: 'dark' } }, 'theme.tokens', 'expected an object, got "dark"'],
  [{ theme: { accent: '#fff' } }, 'theme.accent', 'unknown option'],
  [{ platform: 'Taobao' }, 'platform', 'expected an object, got "Taobao"'],
  [{ platform: { nmae: 'Taobao' } }, 'platform.nmae', 'unknown option; did you mean "name"?'],
  [{ platform: { name: '  ' } }, 'platform.name', 'expected a non-empty string, got "  "'],
  [{ platform: { hotline: 'call us' } }, 'platform.hotline', 'expected a phone number such as "95188", got "call us"'],
  [{ platform: { contactPath: ['Me'] } }, 'platform.contactPath', 'expected a non-empty string, got an array'],
  [{ platform: { officialDomains: 'taobao.com' } }, 'platform.officialDomains', 'expected an array, got "taobao.com"'],
  [
    { platform: { officialDomains: ['taobao.com', 'https://tmall.com/'] } },
    'platform.officialDomains[1]',
    'expected a domain such as "taobao.com" (no https:// and no path), got "https://tmall.com/"',
  ],
  [{ platform: { promises: [''] } }, 'platform.promises[0]', 'expected a non-empty string, got ""'],
  [{ helpLines: { label: 'x' } }, 'helpLines', 'expected an array, got an object'],
  [
    { helpLines: [{ label: 'Shop', number: 'none' }] },
    'helpLines[0].number',
    'expected a phone number such as "95188", got "none"',
  ],
  [{ helpLines: [{ number: '110' }] }, 'helpLines[0].label', 'expected a non-empty string, got undefined'],
  [{ helpLines: [{ label: 'A', number: '110', tel: '2' }] }, 'helpLines[0].tel', 'unknown option'],
  [{ messages: [] }, 'messages', 'expected an object, got an array'],
  [{ messages: { 'en!': {} } }, 'messages["en!"]', 'expected a BCP 47 locale tag such as "zh-Hant" as the key'],
  [{ messages: { en: 'hi' } }, 'messages.en', 'expected an object, got "hi"'],
  [
    { messages: { en: { 'key.mesage': 'x' } } },
    'messages.en["key.mesage"]',
    'unknown message key; did you mean "key.message"?',
  ],
  [{ messages: { en: { 'ui.close': 5 } } }, 'messages.en["ui.close"]', 'expected a non-empty string, got 5'],
  [
    { messages: { 'zh-Hant': { 'key.message': '只在{platfrom}退款' } } },
    'messages["zh-Hant"]["key.message"]',
    'unknown placeholder {platfrom}; this message can use {platform}',
  ],
  [{ coolingOffSeconds: -1 }, 'coolingOffSeconds', 'expected a number of seconds from 0 to 60, got -1'],
  [{ coolingOffSeconds: '5' }, 'coolingOffSeconds', 'expected a number of seconds from 0 to 60, got "5"'],
  [{ coolingOffSeconds: Number.NaN }, 'coolingOffSeconds', 'expected a number of seconds from 0 to 60, got NaN'],
  [{ nonce: 'abc def' }, 'nonce', 'expected a CSP nonce (letters, digits, +, /, =, - or _), got "abc def"'],
  [{ frequency: 3 }, 'frequency', 'expected an object, got 3'],
  [
    { frequency: { maxImpressions: 1.5 } },
    'frequency.maxImpressions',
    'expected a whole number of at least 0, got 1.5',
  ],
  [
    { frequency: { minDaysBetween: -2 } },
    'frequency.minDaysBetween',
    'expected a number of days of at least 0, got -2',
  ],
  [{ frequency: { maxImpression: 2 } }, 'frequency.maxImpression', 'unknown option; did you mean "maxImpressions"?'],
  [{ largeText: 'yes' }, 'largeText', 'expected true or false, got "yes"'],
  [{ eventActions: { order_paid: false } }, 'eventActions.order_paid', 'unknown event; did you mean "order_placed"?'],
  [
    { eventActions: { parcel_issue: { scenario: 'parcel' } } },
    'eventActions.parcel_issue.scenario',
    'expected one of order-confirmation, order-status, after-sales, chat, got "parcel"',
  ],
  [
    { eventActions: { refund_requested: { scenario: 'after-sales', topic: 'loan' } } },
    'eventActions.refund_requested.topic',
    'expected one of refund, membership, lost-parcel, compensation, credit-limit, got "loan"',
  ],
];

describe('validateConfig', () => {
  it.each(BAD)('%j → one precise problem', (input, path, message) => {
    const result = validateConfig(input);
    expect(result.problems).toEqual([{ path, message }]);
  });

  it('fills every default for an empty or missing config', () => {
    for (const input of [undefined, null, {}]) {
      const { config, problems } = validateConfig(input);
      expect(problems).toEqual([]);
      expect(config).toEqual(DEFAULT_CONFIG);
      expect(config).toMatchObject({
        locale: 'auto',
        fallbackLocale: 'en',
        coolingOffSeconds: 5,
        theme: 'auto',
        frequency: { maxImpressions: 3, minDaysBetween: 1 },
      });
    }
  });

  it('keeps the good parts of a config that also has bad ones', () => {
    const { config, problems } = validateConfig({
      locale: 'zh-HK',
      region: 'hk',
      theme: { mode: 'dark', tokens: { accent: '#d4380d', calm: 12, radius: '8px' } },
      platform: { name: 'Taobao', officialDomains: ['Taobao.com', 'http://x', 'localhost'], hotline: '95188' },
      helpLines: [{ label: 'Shop', number: '400-800-8888' }, { label: 'Bad' }],
      messages: { en: { 'key.message': 'Refunds stay in {platform}.', nope: 'x' }, ms: { 'ui.close': 'Tutup' } },
      fallbackLocale: 'ms',
      coolingOffSeconds: 10,
      frequency: { maxImpressions: 0 },
    });
    expect(problems.map((p) => p.path)).toEqual([
      'theme.tokens.calm',
      'platform.officialDomains[1]',
      'helpLines[1].number',
      'messages.en.nope',
    ]);
    expect(config).toMatchObject({
      locale: 'zh-HK',
      fallbackLocale: 'ms',
      region: 'HK',
      theme: { mode: 'dark', tokens: { accent: '#d4380d', radius: '8px' } },
      platform: { name: 'Taobao', officialDomains: ['taobao.com', 'localhost'], hotline: '95188' },
      helpLines: [{ label: 'Shop', number: '400-800-8888' }],
      messages: { en: { 'key.message': 'Refunds stay in {platform}.' }, ms: { 'ui.close': 'Tutup' } },
      coolingOffSeconds: 10,
      frequency: { maxImpressions: 0, minDaysBetween: 1 },
    });
  });

  it("checks overrides of the chat guards' strings like the reminders'", () => {
    const guards = { 'dialog.continueIn': 'Go on ({seconds})', 'caution.seen': '{subject} {what}', 'ui.dismiss': 'OK' };
    expect(validateConfig({ messages: { en: guards } }).problems).toEqual([]);
    expect(validateConfig({ messages: { en: { 'dialog.stpo': 'x', 'dialog.stop': '{seconds}' } } }).problems).toEqual([
      { path: 'messages.en["dialog.stpo"]', message: 'unknown message key; did you mean "dialog.stop"?' },
      { path: 'messages.en["dialog.stop"]', message: 'unknown placeholder {seconds}; this message can use {platform}' },
    ]);
    const overrides = { en: { 'dialog.stop': '{seconds}', 'key.mesage': 'x' } };
    expect(validateConfigWith({ messages: overrides }, GUARD_CATALOGS.en).problems).toEqual(
      validateConfig({ messages: overrides }).problems,
    );
  });

  it("keeps overrides of the chat guards' keys unchecked where their English is not at hand (refundguard.js)", () => {
    const { config, problems } = validateConfigWith({
      messages: { en: { 'dialog.stop': 'Stop {seconds}', 'selfcheck.yes': 'Yes!', 'key.mesage': 'x', nope: 'y' } },
    });
    expect(problems.map((p) => p.path)).toEqual(['messages.en["key.mesage"]', 'messages.en.nope']);
    expect(config.messages).toEqual({ en: { 'dialog.stop': 'Stop {seconds}', 'selfcheck.yes': 'Yes!' } });
  });

  it("checks overrides of the self-check's keys with the reminders' English, the chat guards' or not", () => {
    const overrides = { en: { 'selfcheck.yes': 'Yes {seconds}', 'selfcheck.q.asksCod': 'x', 'ui.selfCheck': 'Check' } };
    const expected = [
      {
        path: 'messages.en["selfcheck.yes"]',
        message: 'unknown placeholder {seconds}; this message can use {platform}',
      },
      {
        path: 'messages.en["selfcheck.q.asksCod"]',
        message: 'unknown message key; did you mean "selfcheck.q.asksCode"?',
      },
    ];
    expect(validateConfigWith({ messages: overrides }).problems).toEqual(expected);
    expect(validateConfig({ messages: overrides }).problems).toEqual(expected);
  });

  it('never lets a config reach the prototype', () => {
    const { config } = validateConfig(JSON.parse('{"__proto__": {"polluted": true}, "messages": {"__proto__": {}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(config.messages)).toBe(Object.prototype);
  });

  it('reports instead of throwing when reading the config throws', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('nope');
        },
      },
    );
    const { config, problems } = validateConfig(hostile);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('(root)');
  });

  it('never throws on random input and always returns a usable config', () => {
    // Real option names at every depth, so the generator reaches the nested checks and not only the unknown-key path.
    const optionNames = [...Object.keys(DEFAULT_CONFIG), 'region', 'nonce', 'tokens', 'mode', 'name', 'hotline'];
    const keys = fc.constantFrom(...optionNames, 'en', 'zh-Hant', 'key.message', 'officialDomains', 'number');
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.anything(),
        fc.dictionary(keys, tie('node'), { maxKeys: 5 }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (input) => {
        const { config, problems } = validateConfig(input);
        expect(typeof config.locale).toBe('string');
        expect(typeof config.coolingOffSeconds).toBe('number');
        for (const problem of problems) {
          expect(typeof problem.path).toBe('string');
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
