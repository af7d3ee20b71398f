import { type RiskLevel, reminderFor, type ScenarioId, type TrackEvent } from '@refundguard/core';
import type { ProblemReporter } from './errors.js';
import type { ShowOptions, TrackData } from './guard-api.js';
import type { GuardState } from './guard-state.js';
import { CHAT_EVENTS, type ChatEvent, type ChatMethods } from './integration.js';

/** What `track()` needs from its guard. */
export interface TrackContext {
  state: GuardState;
  reporter: ProblemReporter;
  /** The chat guards (or stand-ins that say where to get them) for messages, links and outgoing text. */
  chat(): ChatMethods;
  show(scenario: ScenarioId, options: ShowOptions): void;
}

/**
 * React to one host event. Messages, links and outgoing text go to the chat guards;
 * order events show the reminder the event actions name.
 * Returns the risk level found (`'none'` for order events).
 */
export function trackEvent(context: TrackContext, event: TrackEvent, data: TrackData): RiskLevel {
  const { state, reporter } = context;
  if (CHAT_EVENTS.includes(event)) return context.chat().track(event as ChatEvent, data);
  const action = reminderFor(event, state.config.value.eventActions);
  if (!action) {
    reporter.report({
      code: `track:${String(event)}`,
      message: `track("${String(event)}"): unknown event; see docs/events.md for the list.`,
    });
    return 'none';
  }
  // The action's topic and prominence are the options show() reads.
  context.show(action.scenario, action);
  return 'none';
}
