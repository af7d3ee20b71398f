import type { ReminderCatalog } from '../types.js';
import { en } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

/** Locales whose catalogs ship with RefundGuard. */
export type ShippedLocale = 'zh-Hans' | 'zh-Hant' | 'en';

/** Shipped locales, in the order negotiation prefers them. */
export const SHIPPED_LOCALES: readonly ShippedLocale[] = ['zh-Hans', 'zh-Hant', 'en'];

/**
 * The reminders' strings of the shipped catalogs, by locale: all a page without the chat guards needs.
 * A module of its own, so a bundle that uses only these leaves the guards' strings out.
 */
export const REMINDER_CATALOGS: Readonly<Record<ShippedLocale, ReminderCatalog>> = {
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  en,
};
