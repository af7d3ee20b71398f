import type { Signal } from '@preact/signals';
import type { HelpLine, ScenarioContent, ScenarioId, TopicId } from '@refundguard/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { contentFor, type GuardState, type ReminderVariant, translatorFor } from './guard-state.js';
import { Reminder } from './ui/Reminder.js';

/** Content and translator for the guard's current locale and config; recomputed only when those change. */
export function useLocalized(state: GuardState, scenario: ScenarioId) {
  // Both read the locale and config signals, so a view re-renders when either changes.
  return { content: contentFor(state, scenario), t: translatorFor(state) };
}

/** Lead with a pretext's warning (after `parcel_issue`, the lost-parcel one) while keeping everything else. */
function withTopic(content: ScenarioContent, topic: TopicId | undefined): ScenarioContent {
  const lead = topic ? content.topics[topic] : undefined;
  return lead ? { ...content, title: lead.title, short: lead.body } : content;
}

export const helpLineReporter = (state: GuardState) => (line: HelpLine) =>
  state.events.emit('helpline_clicked', { kind: line.kind });

/** Props of {@link ReminderView}. */
export interface ReminderViewProps {
  state: GuardState;
  scenario: ScenarioId;
  variant: ReminderVariant;
  topic: Signal<TopicId | undefined>;
  /** Called after the buyer dismissed it (toasts leave the overlay). */
  onGone?: () => void;
}

/**
 * A reminder bound to the guard: follows locale, config and topic changes, counts one
 * impression per page load, and turns a capped placeholder card into the compact banner
 * (the merchant placed it, so it stays, but quieter).
 */
export function ReminderView({ state, scenario, variant, topic, onGone }: ReminderViewProps) {
  const { content, t } = useLocalized(state, scenario);
  const [dismissed, setDismissed] = useState(false);
  const key = `${scenario}@${content.revision}`;
  const shownVariant = useMemo<ReminderVariant>(
    () =>
      variant === 'card' && !state.countedThisPage.has(key) && !state.policy.allows(scenario, content.revision)
        ? 'banner'
        : variant,
    [key],
  );

  useEffect(() => {
    if (!state.countedThisPage.has(key)) {
      state.countedThisPage.add(key);
      state.policy.recordShown(scenario, content.revision);
    }
    state.events.emit('shown', { scenario, variant: shownVariant, revision: content.revision });
  }, [key]);

  if (dismissed) return null;
  return (
    <Reminder
      content={withTopic(content, topic.value)}
      t={t}
      variant={shownVariant}
      onHelpLine={helpLineReporter(state)}
      onDismiss={() => {
        state.policy.recordDismissed(scenario, content.revision);
        state.events.emit('dismissed', { scenario });
        setDismissed(true);
        onGone?.();
      }}
    />
  );
}

/** Everything that floats above the page: toasts for pages without a placeholder, then what an integration adds (the risk dialog). */
export function OverlayView({ state }: { state: GuardState }) {
  return (
    <>
      {state.toasts.value.map((toast) => (
        <ReminderView
          key={toast.id}
          state={state}
          scenario={toast.scenario}
          variant="toast"
          topic={toast.topic}
          onGone={() => {
            state.toasts.value = state.toasts.value.filter((other) => other.id !== toast.id);
          }}
        />
      ))}
      {state.overlayPart && <state.overlayPart state={state} />}
    </>
  );
}
