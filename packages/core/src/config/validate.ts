import { en, enGuards, GUARD_KEY } from '../content/catalogs/en.js';
import { SCENARIOS, TOPICS } from '../content/types.js';
import { availableLocales, matchLocale } from '../i18n/negotiate.js';
import { parseTag } from '../i18n/tags.js';
import { DEFAULT_EVENT_ACTIONS } from '../policy/event-actions.js';
import {
  boolean,
  type Check,
  type ConfigProblem,
  describe,
  dict,
  expected,
  list,
  number,
  oneOf,
  shape,
  text,
  unknownKey,
} from './checks.js';
import { defaultConfig, type ResolvedConfig } from './defaults.js';
import { TOKEN_NAME, themeTokenProblem } from './theme-token.js';

export type { ConfigProblem };

const MODES = ['light', 'dark', 'auto'];
const PLACEHOLDER = /\{(\w+)\}/g;
const DAYS = 'a number of days of at least 0';

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);

/** A BCP 47 tag (or `'auto'` where allowed); malformed tags are reported, never thrown on. */
const tag =
  (what: string, auto: boolean): Check =>
  (report, path, value) =>
    typeof value === 'string' && ((auto && value.trim().toLowerCase() === 'auto') || parseTag(value))
      ? value.trim()
      : expected(report, path, what, value);

const phone = text('a phone number such as "95188"', /^\+?[\d\s().-]*\d[\d\s().-]*\d[\d\s().-]*$/);

/** English text by message key: the keys an override may name, and the placeholders each may use. */
type EnglishTexts = Readonly<Record<string, string>>;

/**
 * Overrides for one locale: known keys, non-empty text, and only placeholders the English text also has (plus
 * `{platform}`). Without `guardEnglish`, a chat guards' key is kept as text, unchecked.
 */
const messages = (guardEnglish?: EnglishTexts): Check => {
  const english: EnglishTexts = { ...en, ...guardEnglish };
  const keyProblem = unknownKey('message key', Object.keys(english));
  return dict(
    (key) => (!guardEnglish && GUARD_KEY.test(key) ? undefined : keyProblem(key)),
    (report, path, value, key) => {
      const checked = text()(report, path, value, key) as string | undefined;
      if (!Object.hasOwn(english, key)) return checked;
      const allowed = [...new Set(['platform', ...placeholders(english[key] as string)])];
      const stray = checked && placeholders(checked).find((name) => !allowed.includes(name));
      return stray
        ? report(path, `unknown placeholder {${stray}}; this message can use {${allowed.join('}, {')}}`)
        : checked;
    },
  );
};

const token: Check = (report, path, value, name) => {
  const problem = themeTokenProblem(name, value);
  return problem ? report(path, problem) : (value as string).trim();
};

const themeObject = shape({
  mode: oneOf(MODES, '"light", "dark" or "auto"'),
  preset: text('a preset name such as "warm"', TOKEN_NAME),
  // themeTokenProblem reports a bad name before looking at the value.
  tokens: dict(() => undefined, token),
});

/** What each option must be. Unknown options, wrong types and bad values are each reported once. */
const OPTIONS: Readonly<Record<string, Check>> = {
  locale: tag('a BCP 47 tag such as "zh-Hant-TW", or "auto"', true),
  fallbackLocale: tag('a BCP 47 tag such as "en"', false),
  region: (report, path, value, key) =>
    (
      text('an ISO 3166 region code such as "CN"', /^([a-z]{2}|\d{3})$/i)(report, path, value, key) as
        | string
        | undefined
    )?.toUpperCase(),
  theme: (report, path, value, key) =>
    typeof value === 'string'
      ? oneOf(MODES, '"light", "dark", "auto" or a theme object')(report, path, value, key)
      : themeObject(report, path, value, key),
  platform: shape({
    name: text(),
    contactPath: text(),
    hotline: phone,
    officialDomains: list((report, path, value, key) =>
      (
        text(
          'a domain such as "taobao.com" (no https:// and no path)',
          /^[a-z\d\u00a1-\uffff-]+(\.[a-z\d\u00a1-\uffff-]+)*$/i,
        )(report, path, value, key) as string | undefined
      )?.toLowerCase(),
    ),
    promises: list(text()),
  }),
  helpLines: list(shape({ label: text(), number: phone }, ['label', 'number'])),
  coolingOffSeconds: number('a number of seconds from 0 to 60', 0, 60),
  nonce: text('a CSP nonce (letters, digits, +, /, =, - or _)', /^[\w+/=-]+$/),
  frequency: shape({
    maxImpressions: number('a whole number of at least 0', 0, undefined, true),
    minDaysBetween: number(DAYS, 0),
    quietDaysAfterDismiss: number(DAYS, 0),
  }),
  largeText: boolean,
  eventActions: dict(unknownKey('event', Object.keys(DEFAULT_EVENT_ACTIONS)), (report, path, value, key) =>
    value === false
      ? false
      : shape({ scenario: oneOf(SCENARIOS), topic: oneOf(TOPICS), prominent: boolean }, ['scenario'])(
          report,
          path,
          value,
          key,
        ),
  ),
};

/**
 * Checks a configuration from any source (code, data attributes, JSON) and fills
 * the defaults. Every unknown key, wrong type or bad value becomes one
 * {@link ConfigProblem} and is left out; the rest is used. Never throws.
 * @example
 * validateConfig({ theme: { tokens: { accent: 12 } } }).problems;
 * // [{ path: 'theme.tokens.accent', message: 'expected a CSS color, got 12' }]
 */
export function validateConfig(input: unknown): { config: ResolvedConfig; problems: ConfigProblem[] } {
  return validateConfigWith(input, enGuards);
}

/**
 * {@link validateConfig} for a page that may not carry the chat guards' strings (refundguard.js): message
 * overrides are checked against the reminders' English and `guardEnglish`, the chat guards' English, when given
 * (`chatGuards()` brings it). Without it, overrides of the guards' keys are kept as text, unchecked: they are
 * valid keys that nothing on such a page shows.
 */
export function validateConfigWith(
  input: unknown,
  guardEnglish?: EnglishTexts,
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const report = (path: string, message: string) => void problems.push({ path: path || '(root)', message });
  const config = defaultConfig();
  if (input === undefined || input === null) return { config, problems };
  try {
    const options = {
      ...OPTIONS,
      messages: dict(
        (locale) => (parseTag(locale) ? undefined : 'expected a BCP 47 locale tag such as "zh-Hant" as the key'),
        messages(guardEnglish),
      ),
    };
    const checked = shape(options)(report, '', input, '') as Partial<ResolvedConfig> | undefined;
    if (!checked) return { config, problems };
    Object.assign(config, checked, { frequency: { ...config.frequency, ...checked.frequency } });
    const fallback = parseTag(checked.fallbackLocale);
    const available = availableLocales(config);
    if (fallback && !matchLocale(fallback, available)) {
      const name = checked.fallbackLocale;
      report('fallbackLocale', `no catalog for "${name}"; use ${available.join(', ')} or add messages["${name}"]`);
      config.fallbackLocale = 'en';
    }
  } catch (error) {
    // A hostile or exotic object (a throwing getter, a revoked proxy) must not break the host page.
    report('', `could not be read (${describe(String(error))}); using the defaults`);
    return { config: defaultConfig(), problems };
  }
  return { config, problems };
}
