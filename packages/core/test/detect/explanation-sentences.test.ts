import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/content/catalogs/index.js';
import { EXPLANATIONS, explain, inLocale } from '../../src/detect/explanations.js';
import { SENSITIVE_EXPLANATIONS } from '../../src/detect/sensitive/explanations.js';
import { URL_EXPLANATIONS } from '../../src/detect/url/explanations.js';

const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
type Locale = (typeof LOCALES)[number];

/** The catalog's own sentence around a detector's phrase, as the widget shows it. */
function sentence(locale: Locale, subject: 'message' | 'link', phrase: string): string {
  const catalog = CATALOGS[locale] as Record<string, string>;
  const subjectWord = catalog[`caution.subject.${subject}`] ?? '';
  return (catalog['caution.seen'] ?? '').replace('{subject}', subjectWord).replace('{what}', phrase);
}

/** Words a phrase may start with in English: each is the verb of "This message/link …". */
const ENGLISH_VERBS =
  /^(claims|uses|rushes|threatens|asks|takes|has|contains|gives|goes|leaves|is|hides|moves|reads|opens|calls)\b/;
/** A verb (or verbal) somewhere in a Chinese phrase. */
const CHINESE_VERBS = /自稱|自称|拿|催|索要|索取|要你|引你|含|給出|给出|通往|會|会|用|是|把|像|冒充|看|讀|读/;

type Case = [subject: 'message' | 'link', id: string, phrase: string];
const every = (locale: Locale): Case[] => [
  ...Object.keys(EXPLANATIONS).map((id): Case => ['message', id, explain(id, id.split('.')[0] as string, locale)]),
  ...Object.entries(SENSITIVE_EXPLANATIONS).map(([id, entry]): Case => ['message', id, inLocale(entry, locale)]),
  ...Object.entries(URL_EXPLANATIONS).map(
    ([id, entry]): Case => ['link', id, inLocale(entry, locale).replace('{d}', 'taobao.com')],
  ),
];

describe('every explanation reads as a whole sentence in every locale', () => {
  for (const locale of LOCALES) {
    it.each(every(locale))(`${locale}: %s %s`, (subject, _id, phrase) => {
      const text = sentence(locale, subject, phrase);
      expect(phrase.trim()).not.toBe('');
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toMatch(/[.。]{2}|\s[.。]$/);
      if (locale === 'en') {
        expect(phrase).toMatch(ENGLISH_VERBS);
        expect(text).toMatch(/^This (message|link) [a-z].*\.$/);
      } else {
        expect(phrase).toMatch(CHINESE_VERBS);
        expect(text).toMatch(/^(这个|這個)(消息|链接|訊息|連結).+。$/);
      }
    });
  }
});
