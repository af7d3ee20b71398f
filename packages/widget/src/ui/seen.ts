import type { Translate } from './translate.js';

/** "This message asks for your SMS code.": a detector's phrase made into a sentence about what was seen. */
export function seenSentence(t: Translate, subject: 'message' | 'link', phrase: string): string {
  return t('caution.seen', { subject: t(`caution.subject.${subject}`), what: phrase });
}
