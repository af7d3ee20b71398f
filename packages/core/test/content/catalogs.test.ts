import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { GUARD_KEY } from '../../src/content/catalogs/en.js';
import { CATALOGS, GUARD_CATALOGS, type MessageKey, REMINDER_CATALOGS } from '../../src/index.js';

const en = CATALOGS.en;
const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it.each(Object.entries(CATALOGS))(
    '%s has every key, each non-empty, with the same placeholders as English',
    (_, catalog) => {
      expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect(catalog[key].trim(), key).not.toBe('');
        expect(placeholders(catalog[key]), key).toEqual(placeholders(en[key]));
      }
    },
  );

  it('never starts an English sentence with {platform}, so "this platform" reads naturally', () => {
    for (const key of keys) expect(en[key], key).not.toMatch(/(^|[.!?]\s+)\{platform\}/);
  });

  it('carries the slogan in each language', () => {
    expect(CATALOGS['zh-Hans']['slogan.title']).toBe('不信、不点、不给');
    expect(CATALOGS['zh-Hant']['slogan.title']).toBe('不信、不點、不給');
    expect(en['slogan.title']).toBe("Don't believe. Don't click. Don't give.");
  });

  it('writes zh-Hant in Traditional characters and zh-Hans in Simplified ones', () => {
    // Character by character, so regional variants (台/臺 in Taiwan, 說/説 in Hong Kong) both count as Traditional.
    const taiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const hongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const key of keys) {
      const simplifiedInHant = [...CATALOGS['zh-Hant'][key]].filter((c) => taiwan(c) !== c && hongKong(c) !== c);
      expect(simplifiedInHant, key).toEqual([]);
      expect(simplified(CATALOGS['zh-Hans'][key]), key).toBe(CATALOGS['zh-Hans'][key]);
    }
  });

  it('says nothing twice within a catalog', () => {
    for (const catalog of Object.values(CATALOGS)) {
      const seen = new Map<string, string>();
      for (const key of keys) {
        const text = catalog[key];
        if (text.length > 12) expect(seen.get(text), `${key} repeats ${seen.get(text)}`).toBeUndefined();
        seen.set(text, key);
      }
    }
  });

  it("is the reminders' part and the chat guards' part, with no key in both", () => {
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      const reminders = REMINDER_CATALOGS[locale as keyof typeof CATALOGS];
      const guards = GUARD_CATALOGS[locale as keyof typeof CATALOGS];
      expect(
        Object.keys(reminders).filter((key) => key in guards),
        locale,
      ).toEqual([]);
      expect({ ...reminders, ...guards }, locale).toEqual(catalog);
    }
    // What a page with the reminders' strings alone tells the guards' keys by.
    expect(keys.filter((key) => GUARD_KEY.test(key))).toEqual(Object.keys(GUARD_CATALOGS.en));
  });
});
