import {
  checkUrl as checkUrlWith,
  createTurnScorer,
  findSensitiveData,
  GUARD_CATALOGS,
  type RiskLevel,
  type ScanResult,
  scanText,
} from '@refundguard/core';
import { render } from 'preact';
import { riskDetail } from '../guard-state.js';
import { guardInput } from '../host/input-guard.js';
import { guardLinks } from '../host/link-guard.js';
import { watchMessages } from '../host/message-watcher.js';
import { noticeFromSensitive, noticeFromSignals, noticeFromUrl, worthAsking } from '../host/notices.js';
import { OWN_NODE_ATTRIBUTE, type RiskDialogRequest, type RiskHost, type RiskNotice } from '../host/risk-host.js';
import type { ChatCapabilities, ChatEvent, GuardIntegration, IntegrationHost } from '../integration.js';
import { CautionView, DialogView } from './views.js';

const noop = () => {};

/** Anchors a caution goes after rather than into: links, and elements that cannot hold content. */
const BESIDE = 'a,area,img,input,textarea,select,button,br,hr,wbr,video,audio,iframe,object,embed';

/**
 * The chat, link and input guards with the detectors behind them, as an integration
 * the guard registers. Without it a guard shows reminders only and imports no detector.
 * @example
 * import { createRefundGuard } from '@refundguard/widget';
 * import { chatGuards } from '@refundguard/widget/chat';
 * const guard = createRefundGuard({ region: 'CN' }, { integrations: [chatGuards()] });
 * guard.watchMessages(document.querySelector('#messages')!);
 */
export function chatGuards(): GuardIntegration {
  return { name: 'chat', english: GUARD_CATALOGS.en, setup };
}

function setup(host: IntegrationHost): ChatCapabilities {
  const { state } = host;
  const locale = () => ({ locale: state.locale.value });

  const riskHost: RiskHost = {
    report: (notice: RiskNotice) => state.events.emit('risk', riskDetail(notice)),
    placeCaution(anchor, notice) {
      if (host.isDestroyed()) return noop;
      const element = document.createElement('span');
      element.setAttribute(OWN_NODE_ATTRIBUTE, 'caution');
      // Inside a message (a <li> stays the list's only kind of child); beside a link or an element that holds
      // no content, where it must not become part of what the buyer clicks.
      if (anchor.matches(BESIDE)) anchor.after(element);
      else anchor.append(element);
      const root = host.styleRoot(element);
      render(<CautionView state={state} notice={notice} />, root);
      return host.remember(() => {
        render(null, root);
        host.releaseRoot(root);
        element.remove();
      });
    },
    openDialog(request: RiskDialogRequest) {
      if (host.isDestroyed() || state.dialog.value) return false;
      state.dialog.value = request;
      host.ensureOverlay();
      return true;
    },
  };

  const assessText = (text: unknown, source: 'message' | 'scan'): ScanResult => {
    const result = scanText(typeof text === 'string' ? text : '', locale());
    if (result.level === 'medium' || result.level === 'high') {
      state.events.emit('risk', {
        level: result.level,
        source,
        signals: result.signals.map(({ id, category }) => ({ id, category })),
      });
    }
    return result;
  };

  /** Links are checked against the configured official domains, or else the page's own site, and the page. */
  const checkUrl = (url: string) => {
    const configured = state.config.value.platform?.officialDomains ?? [];
    const page = typeof location === 'undefined' ? undefined : location;
    return checkUrlWith(url, {
      officialDomains: configured.length > 0 || !page ? configured : [page.hostname],
      ...locale(),
      base: page?.href,
    });
  };

  /** Messages, links and outgoing text are assessed in the call and never stored. */
  const track = (event: ChatEvent, data: { text?: string; url?: string }): RiskLevel => {
    if (event === 'message_received') {
      const result = assessText(data.text, 'message');
      if (result.level === 'high') riskHost.openDialog(noticeFromSignals('high', result.signals));
      else if (result.level === 'medium') host.show('chat', { prominent: true });
      return result.level;
    }
    if (event === 'link_clicked') {
      const check = checkUrl(String(data.url ?? ''));
      if (check.level === 'high' || check.level === 'medium') {
        const notice = noticeFromUrl(check);
        riskHost.report(notice);
        if (check.level === 'high') riskHost.openDialog(notice);
      }
      return check.level;
    }
    const found = worthAsking(findSensitiveData(String(data.text ?? ''), locale()));
    if (found.length === 0) return 'none';
    const notice = noticeFromSensitive(found);
    riskHost.report(notice);
    riskHost.openDialog(notice);
    return notice.level;
  };

  const unlessDestroyed = (start: () => () => void) => (host.isDestroyed() ? noop : host.remember(start()));

  return {
    scan: (text) => assessText(text, 'scan'),
    checkUrl,
    track,
    watchMessages: (container, options) =>
      unlessDestroyed(() =>
        watchMessages(
          container,
          {
            ...riskHost,
            scanText: (text) => scanText(text, locale()),
            startConversation: () => createTurnScorer(locale()),
          },
          options,
        ),
      ),
    guardLinks: (container) => unlessDestroyed(() => guardLinks(container, { ...riskHost, checkUrl })),
    guardInput: (field, options) =>
      unlessDestroyed(() =>
        guardInput(field, { ...riskHost, findSensitiveData: (text) => findSensitiveData(text, locale()) }, options),
      ),
    OverlayPart: DialogView,
  };
}
