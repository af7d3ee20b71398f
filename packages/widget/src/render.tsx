import { effect, type ReadonlySignal, type Signal } from '@preact/signals-core';
import type { HelpLine, ScenarioContent, ScenarioId, TopicId } from '@refundguard/core';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { WITH_INTEGRATIONS } from './build-flags.js';
import { contentFor, type GuardState, type ReminderVariant, translatorFor } from './guard-state.js';
import { whenSeen } from './host/seen-in-viewport.js';
import { Reminder } from './ui/Reminder.js';
import type { SelfCheckVerdict } from './ui/self-check-questions.js';

/**
 * Re-render the calling view whenever one of `signals` changes. The views read a few signals each, so
 * this hook on @preact/signals-core does for them what @preact/signals does for every component.
 */
export function useSignals(...signals: ReadonlySignal<unknown>[]): void {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  // Subscribed right after the first render, before anything else can run; the first run only reads.
  useLayoutEffect(() => {
    let subscribed = false;
    return effect(() => {
      for (const each of signals) each.value;
      if (subscribed) rerender(undefined);
      subscribed = true;
    });
  }, []);
}

/** Content and translator for the guard's current locale and config; recomputed only when those change. */
export function useLocalized(state: GuardState, scenario: ScenarioId) {
  // Both read the locale and config signals, so a view re-renders when either changes.
  useSignals(state.config, state.resolved);
  return { content: contentFor(state, scenario), t: translatorFor(state) };
}

/** Lead with a pretext's warning (after `parcel_issue`, the lost-parcel one) while keeping everything else. */
function withTopic(content: ScenarioContent, topic: TopicId | undefined): ScenarioContent {
  const lead = topic ? content.topics[topic] : undefined;
  return lead ? { ...content, title: lead.title, short: lead.body } : content;
}

export const helpLineReporter = (state: GuardState) => (line: HelpLine) =>
  state.events.emit('helpline_clicked', { kind: line.kind });

/** Reports a finished self-check, wherever it was opened (the reminder's "Learn more", the risk dialog). */
export const selfCheckReporter = (state: GuardState) => (verdict: SelfCheckVerdict) =>
  state.events.emit('selfcheck_completed', { verdict });

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
 * A reminder bound to the guard: follows locale, config and topic changes, and turns a placeholder
 * card into the compact banner while the frequency policy keeps the card away (the merchant placed
 * it, so it stays, but quieter). A card or toast counts one impression once it has been at least
 * half in view for a second (`whenSeen`), at most once per page view; a banner never counts.
 */
export function ReminderView({ state, scenario, variant, topic, onGone }: ReminderViewProps) {
  const { content, t } = useLocalized(state, scenario);
  useSignals(topic);
  const [dismissed, setDismissed] = useState(false);
  const section = useRef<HTMLElement>(null);
  const key = `${scenario}@${content.revision}`;
  const shownVariant = useMemo<ReminderVariant>(
    () =>
      variant === 'card' && !state.countedThisPage.has(key) && !state.policy.allows(scenario, content.revision)
        ? 'banner'
        : variant,
    [key],
  );

  useEffect(() => {
    state.events.emit('shown', { scenario, variant: shownVariant, revision: content.revision });
    const element = section.current;
    return element && shownVariant !== 'banner'
      ? whenSeen(element, () => {
          // Not once it was dismissed (so taken off the page), nor twice in one page view.
          if (section.current && !state.countedThisPage.has(key)) {
            state.countedThisPage.add(key);
            state.policy.recordShown(scenario, content.revision);
          }
        })
      : undefined;
  }, [key]);

  if (dismissed) return null;
  return (
    <Reminder
      content={withTopic(content, topic.value)}
      t={t}
      variant={shownVariant}
      onHelpLine={helpLineReporter(state)}
      onSelfCheck={selfCheckReporter(state)}
      sectionRef={section}
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
  useSignals(state.toasts);
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
      {WITH_INTEGRATIONS && state.overlayPart && <state.overlayPart state={state} />}
    </>
  );
}
