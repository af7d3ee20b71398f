import type { RefundGuardConfig } from '../config/types.js';
import { SHIPPED_LOCALES } from '../content/catalogs/index.js';
import type { TextDirection } from '../content/types.js';
import { directionOf } from './direction.js';
import { parseTag } from './tags.js';

/** What {@link resolveLocale} weighs. The widget reads the page and the browser; core never does. */
export interface LocaleRequest {
  /** Configured locale: a BCP 47 tag, or `'auto'` (the default) to use `documentLang` then `navigatorLanguages`. */
  requested?: string;
  /** `<html lang>` of the host page. */
  documentLang?: string | null;
  /** `navigator.languages`, most preferred first. */
  navigatorLanguages?: readonly string[];
  /** Used when nothing matches. Default `'en'`. */
  fallbackLocale?: string;
  /** Locales added by the merchant (see {@link availableLocales}); the shipped ones are always available. */
  available?: readonly string[];
}

/** The outcome of negotiation. */
export interface ResolvedLocale {
  /** A catalog that exists: `zh-Hans`, `zh-Hant`, `en` or a merchant-added locale, spelled as configured. */
  locale: string;
  dir: TextDirection;
  /**
   * Region subtag of the tag that decided (`zh-Hant-TW` → `TW`), or where its language is most likely spoken
   * when it has none (`zh-Hans` → `CN`, `zh-Hant` → `TW`).
   */
  region?: string;
}

// Chinese is matched by script; a tag without one takes the script its region writes in.
const TRADITIONAL_REGIONS = /^(TW|HK|MO)$/;

function chineseScript(tag: Intl.Locale): string | undefined {
  if (tag.language === 'yue') return 'Hant';
  if (tag.language !== 'zh') return undefined;
  return tag.script ?? (TRADITIONAL_REGIONS.test(tag.region ?? '') ? 'Hant' : 'Hans');
}

/** The available locale that serves `tag` best, or `undefined`. */
export function matchLocale(tag: Intl.Locale, available: readonly string[]): string | undefined {
  const find = (wanted: string) => available.find((a) => a.toLowerCase() === wanted.toLowerCase());
  const { language, script, region } = tag;
  const script4zh = chineseScript(tag);
  const candidates = [
    tag.baseName,
    script && `${language}-${script}`,
    region && `${language}-${region}`,
    script4zh && `zh-${script4zh}`,
    language,
  ];
  for (const candidate of candidates) {
    const found = candidate && find(candidate);
    if (found) return found;
  }
  // Any other variant of the same language (`pt-PT` asked, `pt-BR` added) beats the fallback.
  return available.find((a) => parseTag(a)?.language === language);
}

/** Shipped locales plus those the merchant added through `config.messages`. */
export function availableLocales(config?: RefundGuardConfig): string[] {
  const added = Object.keys(config?.messages ?? {}).filter((key) => parseTag(key));
  return [...SHIPPED_LOCALES, ...added];
}

/**
 * Picks the catalog for a buyer. `'auto'` (or nothing) tries the page's language,
 * then the browser's, in order: zh-CN/zh-SG/zh-Hans → zh-Hans; zh-TW/zh-HK/zh-MO/zh-Hant → zh-Hant;
 * en-* → en; merchant-added locales match too; anything else gives `fallbackLocale`.
 * Malformed tags are skipped, never thrown on.
 */
export function resolveLocale(input: LocaleRequest = {}): ResolvedLocale {
  const available = [...SHIPPED_LOCALES, ...(input.available ?? [])];
  const requested = typeof input.requested === 'string' ? input.requested.trim() : '';
  const wanted =
    requested && requested.toLowerCase() !== 'auto'
      ? [requested]
      : [input.documentLang, ...(Array.isArray(input.navigatorLanguages) ? input.navigatorLanguages : [])];
  let region: string | undefined;
  for (const raw of wanted) {
    const tag = parseTag(raw);
    if (!tag) continue;
    region ??= tag.region;
    const locale = matchLocale(tag, available);
    if (locale) return withRegion(locale, tag.region ?? likelyRegion(tag));
  }
  const fallback = parseTag(input.fallbackLocale);
  // The fallback catalog speaks for a buyer we could not match; their own region subtag still says where they are.
  return withRegion((fallback && matchLocale(fallback, available)) || 'en', region);
}

/**
 * Where the shipped languages are most likely spoken, by script, exactly as `Intl.Locale#maximize` says (for the
 * tags pages and catalogs use; any other still asks it). Its
 * first call loads Unicode's likely-subtags data: about 40 ms on a desktop core in Chromium (several times that
 * on a phone), before the first reminder, on every page whose catalog is named without a region.
 */
const LIKELY_REGIONS: Readonly<Record<string, string | undefined>> = {
  zh: 'CN',
  'zh-Hans': 'CN',
  'zh-Hant': 'TW',
  yue: 'HK',
  'yue-Hans': 'CN',
  'yue-Hant': 'HK',
  en: 'US',
};

/**
 * Where a tag without a region is most likely spoken, by Unicode's likely subtags (`Intl.Locale#maximize`):
 * zh-Hans → CN, zh-Hant → TW, yue → HK, en → US. So `data-locale="zh-Hans"` alone still finds help lines.
 */
function likelyRegion(tag: Intl.Locale): string | undefined {
  // Called for tags without a region, so the base name is the language and any script (variants miss the table).
  // It never names an inherited member: a language subtag is 2 to 8 lower-case letters, a script adds a dash.
  const known = LIKELY_REGIONS[tag.baseName];
  if (known) return known;
  try {
    return tag.maximize().region;
  } catch {
    return undefined;
  }
}

function withRegion(locale: string, region: string | undefined): ResolvedLocale {
  const resolved: ResolvedLocale = { locale, dir: directionOf(locale) };
  if (region && /^[A-Z]{2}$/.test(region)) resolved.region = region;
  return resolved;
}
