import type { ScenarioId } from '@refundguard/core';
import {
  findSensitiveData,
  type RiskLevel,
  reminderFor,
  type ScanResult,
  type TrackEvent,
  type UrlCheck,
} from '@refundguard/core';
import type { ProblemReporter } from './errors.js';
import type { ShowOptions, TrackData } from './guard-api.js';
import type { GuardState } from './guard-state.js';
import { noticeFromSensitive, noticeFromSignals, noticeFromUrl, worthAsking } from './host/notices.js';
import type { RiskHost } from './host/risk-host.js';

/** What `track()` needs from its guard. */
export interface TrackContext {
  state: GuardState;
  riskHost: RiskHost;
  reporter: ProblemReporter;
  /** Scan a message and emit `risk` for medium and high. */
  scanMessage(text: unknown): ScanResult;
  /** Check a URL against the official domains and the page's base. */
  checkLink(url: string): UrlCheck;
  show(scenario: ScenarioId, options: ShowOptions): void;
}

/**
 * React to one host event. Messages, links and outgoing text are assessed in the
 * call and never stored; order events show the reminder the event actions name.
 * Returns the risk level found (`'none'` for order events).
 */
export function trackEvent(context: TrackContext, event: TrackEvent, data: TrackData): RiskLevel {
  const { state, riskHost, reporter } = context;
  if (event === 'message_received') {
    const result = context.scanMessage(data.text);
    if (result.level === 'high') riskHost.openDialog(noticeFromSignals('high', result.signals));
    else if (result.level === 'medium') context.show('chat', { prominent: true });
    return result.level;
  }
  if (event === 'link_clicked') {
    const check = context.checkLink(String(data.url ?? ''));
    if (check.level === 'high' || check.level === 'medium') {
      const notice = noticeFromUrl(check);
      riskHost.report(notice);
      if (check.level === 'high') riskHost.openDialog(notice);
    }
    return check.level;
  }
  if (event === 'message_sending') {
    const found = worthAsking(findSensitiveData(String(data.text ?? ''), { locale: state.locale.value }));
    if (found.length === 0) return 'none';
    const notice = noticeFromSensitive(found);
    riskHost.report(notice);
    riskHost.openDialog(notice);
    return notice.level;
  }
  const action = reminderFor(event, state.config.value.eventActions);
  if (!action) {
    reporter.report({
      code: `track:${String(event)}`,
      message: `track("${String(event)}"): unknown event; see docs/events.md for the list.`,
    });
    return 'none';
  }
  context.show(action.scenario, {
    ...(action.topic ? { topic: action.topic } : {}),
    ...(action.prominent ? { prominent: true } : {}),
  });
  return 'none';
}
