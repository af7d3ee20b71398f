import type { Catalog } from '../types.js';
import { GUARD_CATALOGS } from './guards.js';
import { REMINDER_CATALOGS, type ShippedLocale } from './reminders.js';

export { GUARD_CATALOGS } from './guards.js';
export { REMINDER_CATALOGS, SHIPPED_LOCALES, type ShippedLocale } from './reminders.js';

const whole = (locale: ShippedLocale): Catalog => ({ ...REMINDER_CATALOGS[locale], ...GUARD_CATALOGS[locale] });

/** The shipped catalogs, by locale: the reminders' strings, then the chat guards'. */
export const CATALOGS: Readonly<Record<ShippedLocale, Catalog>> = {
  'zh-Hans': whole('zh-Hans'),
  'zh-Hant': whole('zh-Hant'),
  en: whole('en'),
};
