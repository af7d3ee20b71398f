import type { GuardCatalog } from '../types.js';
import { enGuards } from './en.js';
import type { ShippedLocale } from './reminders.js';
import { zhHansGuards } from './zh-Hans.js';
import { zhHantGuards } from './zh-Hant.js';

/** The chat guards' strings of the shipped catalogs (caution, risk dialog), by locale. */
export const GUARD_CATALOGS: Readonly<Record<ShippedLocale, GuardCatalog>> = {
  'zh-Hans': zhHansGuards,
  'zh-Hant': zhHantGuards,
  en: enGuards,
};
