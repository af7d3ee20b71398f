import type { HelpLine, ScenarioContent } from '@refundguard/core';
import type { Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { focusStep } from './focus.js';
import { HelpLines } from './HelpLines.js';
import { Items } from './Items.js';
import { RealRefund } from './RealRefund.js';
import { SelfCheck } from './SelfCheck.js';
import type { SelfCheckVerdict } from './self-check-questions.js';
import type { ReminderTranslate } from './translate.js';
import { useUniqueId } from './unique-id.js';

/** How a reminder sits on the page. */
export type ReminderVariant = 'card' | 'banner' | 'toast';

/** Props of {@link Reminder}. */
export interface ReminderProps {
  /** The scenario's content, from core's `getContent(locale, scenario, config)`. */
  content: ScenarioContent;
  t: ReminderTranslate;
  /**
   * `card` (default) fills a placeholder: the rule, the three don'ts and the first help line up front;
   * `banner` is the rule alone; `toast` is a banner fixed to the viewport edge, for pages without a placeholder.
   */
  variant?: ReminderVariant;
  /** Shows a close button that calls this. The parent removes the reminder. */
  onDismiss?: () => void;
  /** Called when a help line is tapped. */
  onHelpLine?: (line: HelpLine) => void;
  /** Called when the buyer finishes the self-check opened under "Learn more" (the guard emits `selfcheck_completed`). */
  onSelfCheck?: (verdict: SelfCheckVerdict) => void;
  /** Receives the reminder's `<section>` (the guard watches it come into view). */
  sectionRef?: Ref<HTMLElement>;
}

/**
 * The calm reminder for a scenario: a region labelled by its title (the one rule, in the page's words) that never
 * takes focus. The card's first screen adds the three don'ts and the first help line; everything else (why, the
 * four traps, the four rules, what a real refund looks like, every help line) waits behind "Learn more". First
 * there is a button that opens the self-check in place, for a buyer who was just called or messaged by "customer
 * service"; opening it moves focus to its first question.
 */
export function Reminder(props: ReminderProps) {
  const { content, t, variant = 'card', onDismiss, onHelpLine, onSelfCheck, sectionRef } = props;
  const id = useUniqueId();
  const [open, setOpen] = useState(false);
  const [checking, setChecking] = useState(false);
  const check = useRef<HTMLDivElement>(null);
  // Before paint, as the self-check itself moves focus from question to question.
  useLayoutEffect(() => {
    if (checking) focusStep(check.current);
  }, [checking]);
  const card = variant === 'card';
  const line = content.help.lines[0];
  return (
    <section
      ref={sectionRef}
      class={`rg rg-calm rg-r rg-${variant}`}
      aria-labelledby={id}
      lang={content.locale}
      dir={content.dir}
    >
      <h2 id={id}>{content.title}</h2>
      {onDismiss && (
        <button type="button" class="rg-x" aria-label={t('ui.close')} onClick={onDismiss}>
          ×
        </button>
      )}
      {card && <Items lines={content.slogan.parts} />}
      <div class="rg-row">
        {card &&
          (line ? (
            <a
              class="rg-call"
              href={line.href}
              aria-label={t('help.call', { label: line.label, number: line.number })}
              onClick={() => onHelpLine?.(line)}
            >
              ☎ {line.number}
            </a>
          ) : (
            <span>{content.help.fallback}</span>
          ))}
        <button type="button" aria-expanded={open} aria-controls={`${id}m`} onClick={() => setOpen(!open)}>
          {t(open ? 'ui.showLess' : 'ui.learnMore')}
        </button>
      </div>
      <div id={`${id}m`} hidden={!open}>
        <div class="rg-row">
          <button
            type="button"
            aria-expanded={checking}
            aria-controls={`${id}s`}
            onClick={() => setChecking(!checking)}
          >
            {t('ui.selfCheck')}
          </button>
        </div>
        <div id={`${id}s`} ref={check} hidden={!checking}>
          {checking && <SelfCheck content={content} t={t} onComplete={onSelfCheck} onHelpLine={onHelpLine} />}
        </div>
        <p class="rg-key">{content.keyMessage}</p>
        <p>{content.short}</p>
        {content.long.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>{content.orderDataFact}</p>
        {!card && <Items lines={content.slogan.parts} />}
        <h3>{t('ui.trapsTitle')}</h3>
        <ol>
          {content.traps.map((trap) => (
            <li key={trap.id}>
              <strong>{trap.title}</strong> {trap.body} <span class="rg-muted">{trap.example}</span>
            </li>
          ))}
        </ol>
        <h3>{t('ui.rulesTitle')}</h3>
        <Items lines={content.rules} ordered />
        <RealRefund content={content} t={t} />
        <HelpLines help={content.help} t={t} onCall={onHelpLine} />
      </div>
    </section>
  );
}
