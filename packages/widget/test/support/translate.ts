import type { MessageKey } from '@refundguard/core';
import { en } from '../../../core/src/content/catalogs/en.js';
import type { Translate } from '../../src/ui/index.js';

/** A translator over a catalog, filling `{name}` placeholders; tests read expected text through it. */
export function translatorFor(catalog: Record<MessageKey, string> = en): Translate {
  return (key, vars = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The English translator. */
export const t = translatorFor();
