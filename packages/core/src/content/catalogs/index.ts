import type { Catalog } from '../types.js';
import { en } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

/** Locales whose catalogs ship with RefundGuard. */
export type ShippedLocale = 'zh-Hans' | 'zh-Hant' | 'en';

/** The shipped catalogs, by locale. */
export const CATALOGS: Readonly<Record<ShippedLocale, Catalog>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** Shipped locales, in the order negotiation prefers them. */
export const SHIPPED_LOCALES = Object.keys(CATALOGS) as readonly ShippedLocale[];
