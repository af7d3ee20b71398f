import type { RefundGuardConfig } from '../config/types.js';
import { GUARD_CATALOGS } from '../content/catalogs/guards.js';
import { REMINDER_CATALOGS, SHIPPED_LOCALES, type ShippedLocale } from '../content/catalogs/reminders.js';
import type { MessageKey, ReminderKey } from '../content/types.js';
import { availableLocales, matchLocale, resolveLocale } from './negotiate.js';
import { parseTag } from './tags.js';

/** Looks up a message and fills its `{placeholders}`; `{platform}` is always filled. */
export type Translator = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A translator for the reminders' keys only; any {@link Translator} is one too. */
export type ReminderTranslator = (key: ReminderKey, vars?: Record<string, string | number>) => string;

type Table = Readonly<Record<string, string | undefined>>;
type Shipped = Readonly<Record<ShippedLocale, Table>>;

/** Replaces each `{name}` that `vars` provides; unknown placeholders stay visible so a gap is noticed. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    // The type test keeps inherited members such as `{toString}` from being filled in.
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}

function overridesFor(config: RefundGuardConfig, locale: string): Table | undefined {
  const messages = config.messages ?? {};
  const key = Object.keys(messages).find((k) => k.toLowerCase() === locale.toLowerCase());
  const table: unknown = key && messages[key];
  // Unvalidated config may hold anything here; only an object is a table.
  return table && typeof table === 'object' ? (table as Table) : undefined;
}

function shippedFor(parts: readonly Shipped[], locale: string): Table[] {
  const tag = parseTag(locale);
  const shipped = tag && matchLocale(tag, SHIPPED_LOCALES);
  return shipped ? parts.map((part) => part[shipped as ShippedLocale]) : [];
}

/**
 * The tables a key is looked up in, first hit wins: the merchant's overrides for
 * the locale, the shipped catalog closest to it, then the same for the fallback
 * locale, then English. So a merchant-added `zh-TW` needs only the keys it changes.
 */
export function messageChain(locale: string, config: RefundGuardConfig, parts: readonly Shipped[]): Table[] {
  const available = availableLocales(config);
  const fallbackLocale = config.fallbackLocale;
  const { locale: resolved } = resolveLocale({ requested: locale, fallbackLocale, available });
  const { locale: fallback } = resolveLocale({ requested: fallbackLocale ?? 'en', available });
  const chain = [resolved, fallback, 'en'].flatMap((l) => [overridesFor(config, l), ...shippedFor(parts, l)]);
  return chain.filter((table): table is Table => table !== undefined);
}

/** `parts`: the parts of the shipped catalogs to look in (reminders' strings, chat guards' strings). */
function translatorOver(parts: readonly Shipped[], locale: string, config: RefundGuardConfig): Translator {
  const chain = messageChain(locale, config, parts);
  const lookup = (key: string): string => {
    for (const table of chain) {
      const text = table[key];
      if (typeof text === 'string' && text.trim()) return text;
    }
    return key;
  };
  const name: unknown = config.platform?.name;
  const platform = (typeof name === 'string' && name.trim()) || lookup('platform.fallbackName');
  return (key, vars) => fill(lookup(key), { platform, ...vars });
}

/**
 * A translator for one locale and configuration. Keys fall back one by one to
 * the fallback locale, then to English, so a partial override never leaves a gap.
 * @example
 * const t = createTranslator('zh-HK', { platform: { name: '淘寶' } });
 * t('key.message'); // '真正的退款只在淘寶內辦理。'
 */
export function createTranslator(locale: string, config: RefundGuardConfig = {}): Translator {
  return translatorOver([REMINDER_CATALOGS, GUARD_CATALOGS], locale, config);
}

/**
 * The same for the reminders' keys only: a bundle that translates with this one and never with
 * {@link createTranslator} leaves the chat guards' strings (caution, risk dialog) out.
 */
export function createReminderTranslator(locale: string, config: RefundGuardConfig = {}): ReminderTranslator {
  return translatorOver([REMINDER_CATALOGS], locale, config);
}
