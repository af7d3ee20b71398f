import { en } from '../content/catalogs/en.js';
import { SCENARIOS, TOPICS } from '../content/types.js';
import { availableLocales, matchLocale } from '../i18n/negotiate.js';
import { parseTag } from '../i18n/tags.js';
import { DEFAULT_EVENT_ACTIONS } from '../policy/event-actions.js';
import { defaultConfig, type ResolvedConfig } from './defaults.js';
import { closest } from './suggest.js';
import type { HelpLineConfig, ThemeConfig } from './types.js';

/** One thing {@link validateConfig} could not use, and why. */
export interface ConfigProblem {
  /** Where: `theme.tokens.accent`, `helpLines[1].number`, `messages.en["key.message"]`; `(root)` for the whole config. */
  path: string;
  message: string;
}

type Input = Record<string, unknown>;

const TOP_LEVEL = [
  'locale',
  'fallbackLocale',
  'region',
  'theme',
  'platform',
  'helpLines',
  'messages',
  'coolingOffSeconds',
  'nonce',
  'frequency',
  'largeText',
  'eventActions',
];
const MODES = ['light', 'dark', 'auto'];
const MAX_COOLING_OFF = 60;

const PHONE = /^\+?[\d\s().-]*\d[\d\s().-]*\d[\d\s().-]*$/;
const DOMAIN = /^[a-z\d\u00a1-\uffff-]+(\.[a-z\d\u00a1-\uffff-]+)+$/i;
const TOKEN_NAME = /^[a-z][a-z\d-]*$/;
// Tokens named like colours must hold one; the widget's palette names are bg, text, muted, border, calm, danger, focus…
const COLOR_TOKEN = /(^|-)(bg|text|muted|border|calm|danger|accent|focus|color|colour|fg)($|-)/;
const CSS_COLOR =
  /^(#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\([^;{}<>]*\)|var\(--[\w-]+\)|[a-z]+)$/i;
const CSS_VALUE = /^[^;{}<>\\]{1,200}$/;
const NONCE = /^[\w+/=-]+$/;
const PLACEHOLDER = /\{(\w+)\}/g;

/** How a value looks in a message: `"blue"`, `12`, `null`, `an array`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

const isRecord = (value: unknown): value is Input =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `theme` + `tokens` → `theme.tokens`; keys that are not identifiers get brackets: `messages.en["key.message"]`. */
const at = (path: string, key: string | number) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? path
        ? `${path}.${key}`
        : key
      : `${path}[${JSON.stringify(key)}]`;

/**
 * Checks a configuration from any source (code, data attributes, JSON) and fills
 * the defaults. Every unknown key, wrong type or bad value becomes one
 * {@link ConfigProblem} and is left out; the rest is used. Never throws.
 * @example
 * validateConfig({ theme: { tokens: { accent: 12 } } }).problems;
 * // [{ path: 'theme.tokens.accent', message: 'expected a CSS color, got 12' }]
 */
export function validateConfig(input: unknown): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config = defaultConfig();
  const problem = (path: string, message: string) => problems.push({ path: path || '(root)', message });
  const expected = (path: string, what: string, value: unknown) =>
    problem(path, `expected ${what}, got ${describe(value)}`);

  /** `value` as a record whose keys are all in `known`, reporting the others. */
  const record = (path: string, value: unknown, known?: readonly string[]): Input | undefined => {
    if (!isRecord(value)) return void expected(path, 'an object', value);
    if (known) {
      for (const key of Object.keys(value)) {
        if (known.includes(key)) continue;
        const guess = closest(key, known);
        problem(at(path, key), `unknown option${guess ? `; did you mean "${guess}"?` : ''}`);
      }
    }
    return value;
  };
  const text = (path: string, value: unknown, pattern?: RegExp, what = 'a non-empty string') => {
    if (typeof value === 'string' && value.trim() && (!pattern || pattern.test(value.trim()))) return value.trim();
    return void expected(path, what, value);
  };
  const number = (path: string, value: unknown, min: number, max: number, what: string, integer = false) => {
    if (typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value))) {
      return value;
    }
    return void expected(path, what, value);
  };
  const list = <T>(path: string, value: unknown, item: (path: string, value: unknown) => T | undefined): T[] => {
    if (!Array.isArray(value)) {
      expected(path, 'an array', value);
      return [];
    }
    return value.map((entry, i) => item(at(path, i), entry)).filter((entry): entry is T => entry !== undefined);
  };
  const phone = (path: string, value: unknown) => text(path, value, PHONE, 'a phone number such as "95188"');

  try {
    if (input === undefined || input === null) return { config, problems };
    const raw = record('', input, TOP_LEVEL);
    if (!raw) return { config, problems };

    if (raw.messages !== undefined) {
      const messages = record('messages', raw.messages) ?? {};
      for (const [locale, table] of Object.entries(messages)) {
        const path = at('messages', locale);
        if (!parseTag(locale)) {
          problem(path, `expected a BCP 47 locale tag such as "zh-Hant" as the key`);
          continue;
        }
        const checked: Record<string, string> = {};
        for (const [key, value] of Object.entries(record(path, table) ?? {})) {
          const keyPath = at(path, key);
          const template = Object.hasOwn(en, key) ? (en as Record<string, string>)[key] : undefined;
          if (template === undefined) {
            const guess = closest(key, Object.keys(en));
            problem(keyPath, `unknown message key${guess ? `; did you mean "${guess}"?` : ''}`);
            continue;
          }
          const message = text(keyPath, value);
          if (message === undefined) continue;
          const allowed = new Set(['platform', ...[...template.matchAll(PLACEHOLDER)].map((m) => m[1])]);
          const stray = [...message.matchAll(PLACEHOLDER)]
            .map((m) => m[1] as string)
            .find((name) => !allowed.has(name));
          if (stray) {
            problem(keyPath, `unknown placeholder {${stray}}; this message can use {${[...allowed].join('}, {')}}`);
            continue;
          }
          checked[key] = message;
        }
        config.messages[locale] = checked;
      }
    }

    if (raw.locale !== undefined) {
      const locale = text('locale', raw.locale, undefined, 'a BCP 47 tag such as "zh-Hant-TW", or "auto"');
      if (locale !== undefined && locale.toLowerCase() !== 'auto' && !parseTag(locale)) {
        expected('locale', 'a BCP 47 tag such as "zh-Hant-TW", or "auto"', raw.locale);
      } else if (locale !== undefined) config.locale = locale;
    }

    if (raw.fallbackLocale !== undefined) {
      const fallback = text('fallbackLocale', raw.fallbackLocale, undefined, 'a BCP 47 tag such as "en"');
      const tag = parseTag(fallback);
      const available = availableLocales(config);
      if (fallback !== undefined && !tag) expected('fallbackLocale', 'a BCP 47 tag such as "en"', fallback);
      else if (tag && !matchLocale(tag, available)) {
        problem(
          'fallbackLocale',
          `no catalog for "${fallback}"; use ${available.join(', ')} or add messages["${fallback}"]`,
        );
      } else if (fallback !== undefined) config.fallbackLocale = fallback;
    }

    if (raw.region !== undefined) {
      const region = text('region', raw.region, /^([a-z]{2}|\d{3})$/i, 'an ISO 3166 region code such as "CN"');
      if (region !== undefined) config.region = region.toUpperCase();
    }

    if (raw.theme !== undefined) {
      if (typeof raw.theme === 'string') {
        if (MODES.includes(raw.theme)) config.theme = raw.theme as ResolvedConfig['theme'];
        else expected('theme', '"light", "dark", "auto" or a theme object', raw.theme);
      } else {
        const theme = record('theme', raw.theme, ['mode', 'preset', 'tokens']);
        if (theme) {
          const checked: ThemeConfig = {};
          if (theme.mode !== undefined) {
            if (MODES.includes(theme.mode as string)) checked.mode = theme.mode as ThemeConfig['mode'];
            else expected('theme.mode', '"light", "dark" or "auto"', theme.mode);
          }
          if (theme.preset !== undefined) {
            const preset = text('theme.preset', theme.preset, TOKEN_NAME, 'a preset name such as "warm"');
            if (preset) checked.preset = preset;
          }
          if (theme.tokens !== undefined) {
            const tokens: Record<string, string> = {};
            for (const [name, value] of Object.entries(record('theme.tokens', theme.tokens) ?? {})) {
              const path = at('theme.tokens', name);
              if (!TOKEN_NAME.test(name)) {
                problem(path, `expected a token name such as "accent" (without the --rg- prefix)`);
                continue;
              }
              const color = COLOR_TOKEN.test(name);
              const css = text(path, value, color ? CSS_COLOR : CSS_VALUE, color ? 'a CSS color' : 'a CSS value');
              if (css !== undefined) tokens[name] = css;
            }
            checked.tokens = tokens;
          }
          config.theme = checked;
        }
      }
    }

    if (raw.platform !== undefined) {
      const platform = record('platform', raw.platform, [
        'name',
        'contactPath',
        'hotline',
        'officialDomains',
        'promises',
      ]);
      if (platform) {
        const { name, contactPath, hotline, officialDomains, promises } = platform;
        const checked = config.platform;
        const given = (value: unknown, check: (value: unknown) => string | undefined) =>
          value === undefined ? undefined : check(value);
        checked.name = given(name, (v) => text('platform.name', v));
        checked.contactPath = given(contactPath, (v) => text('platform.contactPath', v));
        checked.hotline = given(hotline, (v) => phone('platform.hotline', v));
        for (const key of ['name', 'contactPath', 'hotline'] as const)
          if (checked[key] === undefined) delete checked[key];
        if (officialDomains !== undefined) {
          checked.officialDomains = list('platform.officialDomains', officialDomains, (path, value) =>
            text(path, value, DOMAIN, 'a domain such as "taobao.com" (no https:// and no path)')?.toLowerCase(),
          );
        }
        if (promises !== undefined) checked.promises = list('platform.promises', promises, (path, v) => text(path, v));
      }
    }

    if (raw.helpLines !== undefined) {
      config.helpLines = list('helpLines', raw.helpLines, (path, value): HelpLineConfig | undefined => {
        const line = record(path, value, ['label', 'number']);
        if (!line) return undefined;
        const label = text(at(path, 'label'), line.label);
        const number = phone(at(path, 'number'), line.number);
        return label !== undefined && number !== undefined ? { label, number } : undefined;
      });
    }

    if (raw.coolingOffSeconds !== undefined) {
      const what = `a number of seconds from 0 to ${MAX_COOLING_OFF}`;
      config.coolingOffSeconds =
        number('coolingOffSeconds', raw.coolingOffSeconds, 0, MAX_COOLING_OFF, what) ?? config.coolingOffSeconds;
    }

    if (raw.nonce !== undefined) {
      const nonce = text('nonce', raw.nonce, NONCE, 'a CSP nonce (letters, digits, +, /, =, - or _)');
      if (nonce !== undefined) config.nonce = nonce;
    }

    if (raw.frequency !== undefined) {
      const frequency = record('frequency', raw.frequency, Object.keys(config.frequency));
      for (const [key, value] of Object.entries(frequency ?? {})) {
        if (!Object.hasOwn(config.frequency, key)) continue;
        const integer = key === 'maxImpressions';
        const what = integer ? 'a whole number of at least 0' : 'a number of days of at least 0';
        const checked = number(at('frequency', key), value, 0, Number.MAX_SAFE_INTEGER, what, integer);
        if (checked !== undefined) config.frequency[key as keyof ResolvedConfig['frequency']] = checked;
      }
    }

    if (raw.largeText !== undefined) {
      if (typeof raw.largeText === 'boolean') config.largeText = raw.largeText;
      else expected('largeText', 'true or false', raw.largeText);
    }

    if (raw.eventActions !== undefined) {
      const events = Object.keys(DEFAULT_EVENT_ACTIONS);
      for (const [event, value] of Object.entries(record('eventActions', raw.eventActions, events) ?? {})) {
        if (!events.includes(event)) continue;
        const path = at('eventActions', event);
        if (value === false) {
          config.eventActions[event as keyof ResolvedConfig['eventActions']] = false;
          continue;
        }
        const action = record(path, value, ['scenario', 'topic', 'prominent']);
        if (!action) continue;
        const { scenario, topic, prominent } = action;
        if (!SCENARIOS.includes(scenario as never)) {
          expected(at(path, 'scenario'), `one of ${SCENARIOS.join(', ')}`, scenario);
        } else if (topic !== undefined && !TOPICS.includes(topic as never)) {
          expected(at(path, 'topic'), `one of ${TOPICS.join(', ')}`, topic);
        } else if (prominent !== undefined && typeof prominent !== 'boolean') {
          expected(at(path, 'prominent'), 'true or false', prominent);
        } else {
          config.eventActions[event as keyof ResolvedConfig['eventActions']] = action as never;
        }
      }
    }
  } catch (error) {
    // A hostile or exotic object (a throwing getter, a revoked proxy) must not break the host page.
    problem('', `could not be read (${describe(String(error))}); using the defaults`);
    return { config: defaultConfig(), problems };
  }
  return { config, problems };
}
