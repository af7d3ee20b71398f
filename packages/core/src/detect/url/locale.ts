/** The three languages the detectors' explanations are written in. */
export type DetectorLocale = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * Picks the explanation language for a BCP 47 tag. Deliberately simpler than full negotiation:
 * detectors also run on servers where only a tag is known, and three languages need no fallback chain.
 */
export function detectorLocale(locale?: string): DetectorLocale {
  const tag = (locale ?? '').toLowerCase();
  if (!/^zh\b/.test(tag)) return 'en';
  return /-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}
