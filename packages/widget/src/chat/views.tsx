import { createTranslator } from '@refundguard/core';
import { useState } from 'preact/hooks';
import { cachedTranslator, type GuardState } from '../guard-state.js';
import type { RiskNotice } from '../host/risk-host.js';
import { helpLineReporter, selfCheckReporter, useLocalized, useSignals } from '../render.js';
import { Caution } from '../ui/Caution.js';
import { RiskDialog } from '../ui/RiskDialog.js';
import { SelfCheck } from '../ui/SelfCheck.js';

/** Content for the chat scenario and the full translator: the reminders' strings and the chat guards' own. */
function useGuardLocalized(state: GuardState) {
  return { content: useLocalized(state, 'chat').content, t: cachedTranslator(state, createTranslator) };
}

/** The inline caution placed beside a risky message or link. */
export function CautionView({ state, notice }: { state: GuardState; notice: RiskNotice }) {
  const { content, t } = useGuardLocalized(state);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <Caution
      t={t}
      explanations={notice.explanations}
      subject={notice.source === 'link' ? 'link' : 'message'}
      lang={content.locale}
      dir={content.dir}
      onDismiss={() => setDismissed(true)}
    />
  );
}

/** The risk dialog, when one is requested, with the self-check inside. */
export function DialogView({ state }: { state: GuardState }) {
  useSignals(state.dialog);
  const request = state.dialog.value;
  const { content, t } = useGuardLocalized(state);
  if (!request) return null;
  const close = (choice: 'stop' | 'continue') => {
    state.dialog.value = null;
    state.events.emit('acknowledged', { source: request.source, choice });
    // Run the follow-up after the dialog is gone, so focus is back on the page first.
    queueMicrotask(() => (choice === 'stop' ? request.onStop?.() : request.onContinue?.()));
  };
  return (
    <RiskDialog
      content={content}
      t={t}
      kind={request.source === 'scan' ? 'message' : request.source}
      explanations={request.explanations}
      coolingOffSeconds={state.config.value.coolingOffSeconds}
      onStop={() => close('stop')}
      onContinue={() => close('continue')}
      onHelpLine={helpLineReporter(state)}
    >
      <SelfCheck content={content} t={t} onComplete={selfCheckReporter(state)} onHelpLine={helpLineReporter(state)} />
    </RiskDialog>
  );
}
