import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getContent, SCENARIOS, type ScenarioContent, SHIPPED_LOCALES } from '../../src/index.js';

/** Every string in a content object, with where it was found. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const REGIONS = ['CN', 'HK', 'TW', 'SG'] as const;
const FACTS_NUMBERS: Record<(typeof REGIONS)[number], string[]> = {
  CN: ['96110', '110'],
  HK: ['18222', '999'],
  TW: ['165', '110'],
  SG: ['1799', '999'],
};

describe('getContent', () => {
  it('names the platform from config in the key message', () => {
    const content = getContent('en', 'after-sales', { platform: { name: 'Taobao' } });
    expect(content.keyMessage).toContain('Taobao');
  });

  const walk = SHIPPED_LOCALES.flatMap((locale) =>
    SCENARIOS.flatMap((scenario) => REGIONS.map((region) => [locale, scenario, region] as const)),
  );

  it.each(walk)('%s × %s × %s: complete text, no placeholder left, FACTS.md numbers', (locale, scenario, region) => {
    for (const config of [
      { region },
      { region, platform: { name: 'Shop', contactPath: 'Me → Orders', hotline: '95188' } },
    ]) {
      const content = getContent(locale, scenario, config);
      expect(content.locale).toBe(locale);
      for (const [path, text] of strings(content)) {
        expect(text.trim(), path).not.toBe('');
        expect(text, path).not.toMatch(/\{\w+\}/);
      }
      const regional = content.help.lines.filter((l) => l.kind === 'anti-scam' || l.kind === 'police');
      expect(regional.map((l) => l.number)).toEqual(FACTS_NUMBERS[region]);
    }
  });

  it('fills the platform facts when configured', () => {
    const content = getContent('en', 'chat', {
      platform: {
        name: 'Taobao',
        contactPath: 'My Taobao → Orders → Contact seller',
        officialDomains: ['taobao.com'],
        promises: ['We never call you about cancelling a membership.'],
      },
    });
    expect(content.platform).toEqual({
      name: 'Taobao',
      contact: 'Contact Taobao yourself: My Taobao → Orders → Contact seller',
      promisesTitle: 'Promises from Taobao',
      promises: ['We never call you about cancelling a membership.'],
      officialDomains: ['taobao.com'],
    });
  });

  it('reads naturally without platform facts', () => {
    const zh = getContent('zh-CN', 'after-sales');
    expect(zh.title).toBe('退款只在本平台内办理');
    expect(zh.platform.contact).toBe('在App内自己联系本平台。');
    const en = getContent('en', 'after-sales');
    expect(en.title).toBe('Real refunds happen only inside this platform.');
  });

  it('takes the region from the locale subtag when config has none', () => {
    expect(getContent('zh-Hant-TW', 'chat').help.lines.map((l) => l.number)).toEqual(['165', '110']);
    expect(getContent('en-SG', 'chat').help.region).toBe('SG');
    expect(getContent({ locale: 'zh-Hant', dir: 'ltr', region: 'HK' }, 'chat').help.lines[0]?.number).toBe('18222');
  });

  it('marks RTL for a merchant-added right-to-left locale', () => {
    const content = getContent('ar', 'chat', { messages: { ar: { 'scenario.chat.title': 'ابق المحادثة هنا.' } } });
    expect(content).toMatchObject({ locale: 'ar', dir: 'rtl', title: 'ابق المحادثة هنا.' });
    expect(content.short).toBe(getContent('en', 'chat').short);
  });

  describe('revision', () => {
    const base = (config = {}): ScenarioContent => getContent('en', 'after-sales', config);

    it('is short and stable for the same wording', () => {
      expect(base().revision).toMatch(/^[0-9a-z]{1,7}$/);
      expect(base().revision).toBe(base().revision);
    });

    it('changes when the wording changes, so a dismissed reminder returns once it says something new', () => {
      const revisions = new Set([
        base().revision,
        base({ messages: { en: { 'scenario.after-sales.short': 'New words.' } } }).revision,
        base({ platform: { name: 'Taobao' } }).revision,
        getContent('zh-Hans', 'after-sales').revision,
        getContent('en', 'chat').revision,
      ]);
      expect(revisions.size).toBe(5);
    });
  });

  it('never throws, whatever the (unvalidated) config holds', () => {
    const anyConfig = fc.record(
      {
        locale: fc.anything(),
        fallbackLocale: fc.anything(),
        region: fc.anything(),
        platform: fc.oneof(
          fc.anything(),
          fc.record({
            name: fc.anything(),
            contactPath: fc.anything(),
            hotline: fc.anything(),
            promises: fc.anything(),
          }),
        ),
        helpLines: fc.oneof(fc.anything(), fc.array(fc.record({ label: fc.anything(), number: fc.anything() }))),
        messages: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('en', 'zh-Hant', 'ms', 'x!'), fc.anything())),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...SCENARIOS), anyConfig, (locale, scenario, config) => {
        const content = getContent(locale, scenario, config as never);
        expect(content.title.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
