import type { MessageKey } from '@refundguard/core';

/**
 * A translator for one locale: message key (from core's catalogs) and `{name}` values in, text out.
 * Core's `createTranslator(locale, config)` makes one; components only ever call it.
 */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
