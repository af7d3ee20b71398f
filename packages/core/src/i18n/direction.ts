import type { TextDirection } from '../content/types.js';
import { parseTag } from './tags.js';

// A script subtag decides when present (`ku-Arab` is RTL, `az-Latn` is not); otherwise the language's usual script does.
const RTL_SCRIPTS = /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Samr)$/;
const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|ps|sd|syr|ug|ur|yi)$/;

/** Text direction of a locale; `ltr` for anything unknown or malformed. */
export function directionOf(locale: string): TextDirection {
  const tag = parseTag(locale);
  if (!tag) return 'ltr';
  const rtl = tag.script ? RTL_SCRIPTS.test(tag.script) : RTL_LANGUAGES.test(tag.language);
  return rtl ? 'rtl' : 'ltr';
}
