/**
 * Parses a BCP 47 tag leniently: `en_US` is read as `en-US`; anything that is
 * not a well-formed tag gives `undefined` instead of throwing, because tags come
 * from pages and browsers we do not control.
 */
export function parseTag(tag: unknown): Intl.Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}
