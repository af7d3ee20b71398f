import type { OrderEvent, ReminderAction } from '../policy/event-actions.js';

/**
 * The configuration a merchant or platform passes to RefundGuard.
 *
 * Every key is optional: {@link validateConfig} fills defaults and reports
 * anything it could not use, so a typo never breaks the host page.
 */
export interface RefundGuardConfig {
  /** BCP 47 tag such as `zh-Hant-TW`, or `'auto'` to follow the page and the browser. Default `'auto'`. */
  locale?: 'auto' | (string & {});
  /** Locale used when negotiation finds no shipped or added catalog. Default `'en'`. */
  fallbackLocale?: string;
  /**
   * ISO 3166-1 alpha-2 region (`CN`, `HK`, `TW`, `SG`, …) whose help lines are shown.
   * When absent, the region subtag of the resolved locale is used (`zh-Hant-TW` → `TW`); nothing else is guessed.
   */
  region?: string;
  /** Colour scheme, or a full theme with a preset and CSS token overrides. Default `'auto'`. */
  theme?: ThemeMode | ThemeConfig;
  /** Facts about the platform the buyer is shopping on. */
  platform?: PlatformConfig;
  /** Extra help lines, shown after the region's own. */
  helpLines?: HelpLineConfig[];
  /** Per-locale string overrides: `{ en: { 'reminder.title': '…' } }`. A new locale key adds a locale. */
  messages?: Record<string, Record<string, string>>;
  /** Seconds before "continue anyway" is enabled in the risk dialog. Default `5`. */
  coolingOffSeconds?: number;
  /** CSP nonce for the single `<style>` element used where constructable stylesheets are missing. */
  nonce?: string;
  /** How often calm reminders may appear. Risk warnings are never capped. */
  frequency?: FrequencyConfig;
  /** Larger type and spacing for buyers who need it. Default `false` (the page's root font size is still followed). */
  largeText?: boolean;
  /** What `track(event)` shows, per order event; `false` silences one. Unlisted events keep their defaults. */
  eventActions?: Partial<Record<OrderEvent, ReminderAction | false>>;
}

/** `'auto'` follows the buyer's system setting. */
export type ThemeMode = 'light' | 'dark' | 'auto';

/** A theme: mode, a named preset, and CSS variable overrides. */
export interface ThemeConfig {
  mode?: ThemeMode;
  /** Name of a built-in preset, such as `'default'`, `'warm'` or `'contrast'`. */
  preset?: string;
  /** Token overrides, keyed by token name without the `--rg-` prefix: `{ accent: '#d4380d' }`. */
  tokens?: Record<string, string>;
}

/** What the platform vouches for; used in the wording when given. */
export interface PlatformConfig {
  /** Shown as the platform's name, e.g. `"Taobao"`. */
  name?: string;
  /** The official in-app path to a real agent, e.g. `"My orders → Contact seller"`. */
  contactPath?: string;
  /** The platform's official customer-service number. */
  hotline?: string;
  /** Domains the platform owns; they and their subdomains are on-platform. */
  officialDomains?: string[];
  /** Statements the platform vouches for, e.g. `"We never call you about cancelling a membership."` */
  promises?: string[];
}

/** A help line the merchant adds. */
export interface HelpLineConfig {
  label: string;
  number: string;
}

/** Caps on calm reminders. */
export interface FrequencyConfig {
  /** Show a scenario's reminder at most this many times per content revision. Default `3`. */
  maxImpressions?: number;
  /** Minimum days between two impressions of the same scenario's reminder. Default `1`. */
  minDaysBetween?: number;
  /** Days a reminder the buyer dismissed stays quiet. Default `7`. */
  quietDaysAfterDismiss?: number;
}
