import type { HelpLine, ScenarioContent } from '@refundguard/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addStyles, firmStyles } from '../styles/index.js';
import { focusStep } from './focus.js';
import { HelpLines } from './HelpLines.js';
import { Items } from './Items.js';
import { SELF_CHECK_QUESTIONS, type SelfCheckVerdict, selfCheckVerdict } from './self-check-questions.js';
import type { ReminderTranslate } from './translate.js';
import { useUniqueId } from './unique-id.js';

addStyles(firmStyles);

/** Props of {@link SelfCheck}. */
export interface SelfCheckProps {
  content: ScenarioContent;
  t: ReminderTranslate;
  /** Called once per completed check (the guard emits `selfcheck_completed`). */
  onComplete?: (verdict: SelfCheckVerdict) => void;
  onHelpLine?: (line: HelpLine) => void;
}

/**
 * "Someone says they are customer service?": one yes/no question at a time in a fieldset whose legend is
 * the question. After each answer focus moves to the next question, then to the verdict, so keyboard and
 * screen-reader users hear each step; nothing moves focus before the buyer answers.
 */
export function SelfCheck({ content, t, onComplete, onHelpLine }: SelfCheckProps) {
  const [answers, setAnswers] = useState<boolean[]>([]);
  const box = useRef<HTMLElement>(null);
  const id = useUniqueId();
  const verdict = selfCheckVerdict(answers);
  const step = answers.length;
  // Focus follows the buyer's own answers only: the first render never takes focus.
  const answered = useRef(false);
  const answer = (next: boolean[]) => {
    answered.current = true;
    setAnswers(next);
  };

  // Before paint, so focus never drops to the page between two questions.
  useLayoutEffect(() => {
    if (answered.current) focusStep(box.current);
    if (verdict) onComplete?.(verdict);
  }, [answers]);

  const next = (steps: string[]) => (
    <>
      <h3>{t('selfcheck.next.title')}</h3>
      <Items lines={steps} />
      <HelpLines help={content.help} t={t} onCall={onHelpLine} />
    </>
  );
  const contact = t('selfcheck.next.contactPlatform');
  const outcome: Record<SelfCheckVerdict, preact.ComponentChildren> = {
    scam: (
      <>
        {next([t('selfcheck.next.dontPay'), contact, t('selfcheck.next.callHelp')])}
        <h3>{content.afterLoss.title}</h3>
        <Items lines={content.afterLoss.steps} />
      </>
    ),
    caution: next([contact, t('selfcheck.next.callHelp')]),
    clear: null,
  };

  return (
    <section ref={box} class="rg rg-calm" aria-labelledby={id} lang={content.locale} dir={content.dir}>
      <h2 id={id}>{t('selfcheck.title')}</h2>
      {verdict ? (
        <div class={verdict === 'clear' ? 'rg-verdict' : 'rg-verdict rg-firm'}>
          <h3 tabIndex={-1}>{t(`selfcheck.verdict.${verdict}`)}</h3>
          <p>{t(`selfcheck.verdict.${verdict}Body`)}</p>
          {outcome[verdict]}
          <button type="button" onClick={() => answer([])}>
            {t('selfcheck.restart')}
          </button>
        </div>
      ) : (
        <>
          <p>{t('selfcheck.intro')}</p>
          <fieldset key={step}>
            <legend tabIndex={-1}>
              <span class="rg-muted">
                {t('selfcheck.progress', { n: step + 1, total: SELF_CHECK_QUESTIONS.length })}
              </span>{' '}
              {t(SELF_CHECK_QUESTIONS[step]?.key ?? 'selfcheck.title')}
            </legend>
            <div class="rg-row">
              {[true, false].map((yes) => (
                <button key={String(yes)} type="button" onClick={() => answer([...answers, yes])}>
                  {t(yes ? 'selfcheck.yes' : 'selfcheck.no')}
                </button>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </section>
  );
}
