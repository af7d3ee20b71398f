import type { ConversationResult, ScanResult } from '@refundguard/core';
import { noticeFromSignals } from './notices.js';
import { isOwnNode, type RiskHost } from './risk-host.js';

/** Options for {@link watchMessages}. */
export interface WatchMessagesOptions {
  /** The text of one message element; defaults to its `textContent`. */
  getText?: (message: Element) => string;
  /** Which elements are messages; defaults to the container's element children. */
  selector?: string;
}

/** What the message watcher needs from a guard. */
export interface MessageWatchHost extends RiskHost {
  scanText(text: string): ScanResult;
  scanConversation(turns: readonly string[]): ConversationResult;
}

/** How many recent messages are read together, so a script spread over turns is still seen. */
const CONVERSATION_WINDOW = 8;

/**
 * Scan each incoming message in `container` (those there now and those added
 * later). A risky one gets an inline caution beside it; the first high-risk
 * moment of the conversation also opens the risk dialog, once.
 * Returns a function that stops watching and removes the cautions it placed.
 */
export function watchMessages(
  container: Element,
  host: MessageWatchHost,
  options: WatchMessagesOptions = {},
): () => void {
  const getText = options.getText ?? ((message: Element) => message.textContent ?? '');
  const isMessage = (node: Node): node is Element =>
    node instanceof Element &&
    !isOwnNode(node) &&
    (options.selector ? node.matches(options.selector) : node.parentNode === container);
  const seen = new WeakSet<Element>();
  const turns: string[] = [];
  const removers: (() => void)[] = [];
  let dialogShown = false;

  const consider = (message: Element) => {
    if (seen.has(message)) return;
    seen.add(message);
    const text = getText(message);
    turns.push(text);
    const own = host.scanText(text);
    const recent = turns.slice(-CONVERSATION_WINDOW);
    const conversation = host.scanConversation(recent);
    const escalated = conversation.firstHighTurn === recent.length - 1 && own.level !== 'high';
    const level = escalated ? 'high' : own.level;
    if (level !== 'medium' && level !== 'high') return;
    const notice = noticeFromSignals(level, escalated ? conversation.signals : own.signals);
    host.report(notice);
    removers.push(host.placeCaution(message, notice));
    if (level === 'high' && !dialogShown) dialogShown = host.openDialog(notice);
  };

  const considerWithin = (node: Node) => {
    if (isMessage(node)) consider(node);
    if (options.selector && node instanceof Element) {
      for (const message of node.querySelectorAll(options.selector)) if (isMessage(message)) consider(message);
    }
  };

  for (const child of options.selector ? container.querySelectorAll(options.selector) : container.children) {
    if (isMessage(child)) consider(child);
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) considerWithin(node);
  });
  observer.observe(container, { childList: true, subtree: Boolean(options.selector) });

  return () => {
    observer.disconnect();
    for (const remove of removers) remove();
    removers.length = 0;
  };
}
