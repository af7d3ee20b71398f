import type { MessageKey, ReminderKey } from '@refundguard/core';

/**
 * A translator for one locale: message key (from core's catalogs) and `{name}` values in, text out.
 * Core's `createTranslator(locale, config)` makes one; components only ever call it.
 */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * What the reminder's parts translate with: the reminders' keys only, so they never need the chat
 * guards' strings (core's `createReminderTranslator` makes one; any {@link Translate} does too).
 */
export type ReminderTranslate = (key: ReminderKey, vars?: Record<string, string | number>) => string;
