import { addStyles, firmStyles, guardStyles } from '../styles/index.js';
import { Items } from './Items.js';
import { seenSentence } from './seen.js';
import type { Translate } from './translate.js';
import { useUniqueId } from './unique-id.js';

addStyles(firmStyles);
addStyles(guardStyles);

/** Props of {@link Caution}. */
export interface CautionProps {
  t: Translate;
  /** What was seen: the detectors' localized phrases ("asks for your SMS code"), made into sentences here. */
  explanations: readonly string[];
  /** What the caution sits beside. Default `'message'`. */
  subject?: 'message' | 'link';
  /** Shows a Dismiss button that calls this. */
  onDismiss?: () => void;
  /** Locale and direction of the text, from the content. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** The medium-risk caution placed beside a message or link: small, plain, names what was seen. */
export function Caution({ t, explanations, subject = 'message', onDismiss, lang, dir }: CautionProps) {
  const id = useUniqueId();
  return (
    <section class="rg rg-firm rg-caution" aria-labelledby={id} lang={lang} dir={dir}>
      <div class="rg-head">
        <p id={id} class="rg-key rg-ct">
          {t('caution.title')}
        </p>
        {onDismiss && (
          <button type="button" onClick={onDismiss}>
            {t('ui.dismiss')}
          </button>
        )}
      </div>
      <Items lines={explanations.map((line) => seenSentence(t, subject, line))} />
      <p>{t('caution.checkInApp')}</p>
    </section>
  );
}
