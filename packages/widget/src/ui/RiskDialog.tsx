import type { HelpLine, ScenarioContent } from '@refundguard/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addStyles, firmStyles, guardStyles } from '../styles/index.js';
import { deepActiveElement, wrapTab } from './focus.js';
import { HelpLines } from './HelpLines.js';
import { Items } from './Items.js';
import { RealRefund } from './RealRefund.js';
import { seenSentence } from './seen.js';
import type { Translate } from './translate.js';
import { useUniqueId } from './unique-id.js';
import { useCountdown } from './use-countdown.js';

addStyles(firmStyles);
addStyles(guardStyles);

/** What the buyer was about to do: read a message, open a link, or send what they typed. */
export type RiskKind = 'message' | 'link' | 'input';

/** Props of {@link RiskDialog}. */
export interface RiskDialogProps {
  content: ScenarioContent;
  t: Translate;
  kind: RiskKind;
  /** What was seen: localized phrases from the detectors ("asks for your SMS code"), shown as sentences. */
  explanations: readonly string[];
  /** Seconds before "Continue anyway" is enabled. Default 5. */
  coolingOffSeconds?: number;
  /** "I'll stop", also Esc. The parent then unmounts the dialog; focus returns where it was. */
  onStop: () => void;
  /** "Continue anyway", after the cooling-off. The parent then unmounts the dialog. */
  onContinue: () => void;
  onHelpLine?: (line: HelpLine) => void;
  /** Extra content after the help lines, e.g. the {@link SelfCheck}. */
  children?: ComponentChildren;
}

/**
 * The high-risk interruption: a native modal `<dialog>` (the page behind becomes inert), focus starting on
 * "I'll stop" and wrapped inside, Esc = stop, focus restored on unmount. "Continue anyway" waits out a
 * visible cooling-off; a polite live region says so once at the start and once when it is available.
 */
export function RiskDialog(props: RiskDialogProps) {
  const { content, t, kind, explanations, coolingOffSeconds = 5, onStop, onContinue, onHelpLine, children } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useUniqueId();
  const left = useCountdown(coolingOffSeconds);
  const [seconds] = useState(left);
  // Filled after mount so screen readers hear it as a change, not as part of the dialog's first reading.
  const [speak, setSpeak] = useState(false);

  // Layout effect: its cleanup runs while the dialog is still in the page, so focus goes back at once.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = deepActiveElement();
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('.rg-primary')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus();
    };
  }, []);

  useEffect(() => setSpeak(true), []);

  const stop = (event?: Event) => {
    event?.preventDefault();
    onStop();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') stop(event);
    else if (event.key === 'Tab' && ref.current) wrapTab(event, ref.current);
  };

  return (
    <dialog
      ref={ref}
      class="rg rg-firm"
      aria-labelledby={`${id}t`}
      aria-describedby={`${id}d`}
      lang={content.locale}
      dir={content.dir}
      onKeyDown={onKeyDown}
      onCancel={stop}
    >
      <h2 id={`${id}t`}>{t(`dialog.title.${kind}`, { platform: content.platform.name })}</h2>
      <p id={`${id}d`} class="rg-key">
        {t('dialog.intro')}
      </p>
      <Items lines={explanations.map((line) => seenSentence(t, kind === 'link' ? 'link' : 'message', line))} />
      <div class="rg-row">
        <button type="button" class="rg-primary" onClick={() => stop()}>
          {t('dialog.stop')}
        </button>
        <button type="button" disabled={left > 0} onClick={() => onContinue()}>
          {left > 0 ? t('dialog.continueIn', { seconds: left }) : t('dialog.continue')}
        </button>
      </div>
      <p class="rg-sr" aria-live="polite">
        {speak && seconds > 0 ? t(left > 0 ? 'dialog.waitAnnounce' : 'dialog.readyAnnounce', { seconds }) : ''}
      </p>
      <RealRefund content={content} t={t} />
      <HelpLines help={content.help} t={t} onCall={onHelpLine} />
      {children}
    </dialog>
  );
}
