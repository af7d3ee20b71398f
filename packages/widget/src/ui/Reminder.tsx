import type { HelpLine, ScenarioContent } from '@refundguard/core';
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { HelpLines } from './HelpLines.js';
import { Items } from './Items.js';
import { LearnMore } from './LearnMore.js';
import { RealRefund } from './RealRefund.js';
import type { Translate } from './translate.js';

/** How a reminder sits on the page. */
export type ReminderVariant = 'card' | 'banner' | 'toast';

/** Props of {@link Reminder}. */
export interface ReminderProps {
  /** The scenario's content, from core's `getContent(locale, scenario, config)`. */
  content: ScenarioContent;
  t: Translate;
  /**
   * `card` (default) fills a placeholder and shows the slogan and help lines up front;
   * `banner` is the compact form; `toast` is a banner fixed to the viewport edge, for pages without a placeholder.
   */
  variant?: ReminderVariant;
  /** Shows a Dismiss button that calls this. The parent removes the reminder. */
  onDismiss?: () => void;
  /** Called when a help line is tapped. */
  onHelpLine?: (line: HelpLine) => void;
  /** Receives the reminder's `<section>` (the guard watches it come into view). */
  sectionRef?: Ref<HTMLElement>;
}

/**
 * The calm reminder for a scenario: a region labelled by its title that never takes focus.
 * Key message and slogan up front; the four traps, the four rules and what a real refund looks like behind "Learn more".
 */
export function Reminder({ content, t, variant = 'card', onDismiss, onHelpLine, sectionRef }: ReminderProps) {
  const id = useId();
  const card = variant === 'card';
  const help = <HelpLines help={content.help} t={t} onCall={onHelpLine} />;
  return (
    <section
      ref={sectionRef}
      class={`rg rg-calm rg-${variant}`}
      aria-labelledby={id}
      lang={content.locale}
      dir={content.dir}
    >
      <div class="rg-head">
        <h2 id={id}>{content.title}</h2>
        {onDismiss && (
          <button type="button" onClick={onDismiss}>
            {t('ui.dismiss')}
          </button>
        )}
      </div>
      <p class="rg-key">{content.keyMessage}</p>
      <p>{content.short}</p>
      <p class="rg-key">{content.slogan.title}</p>
      {card && <Items lines={content.slogan.parts} />}
      {card && help}
      <LearnMore t={t}>
        {content.long.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>{content.orderDataFact}</p>
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
        {!card && help}
      </LearnMore>
    </section>
  );
}
