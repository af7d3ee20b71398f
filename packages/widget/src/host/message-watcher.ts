import { contentRevision, type ScanResult, type TurnScorer } from '@refundguard/core';
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
  /** A turn scorer for the conversation: each turn is read once, earlier turns are kept only as what scoring needs. */
  startConversation(): TurnScorer;
}

/**
 * Scan each message in `container`: those there now, those added later, those added empty and filled in
 * afterwards, and those whose text changes. Changes are batched per frame. A risky message gets an inline
 * caution; the first high-risk moment of the conversation also opens the risk dialog, once. Each message
 * is read once per version of its text; of a message, only a fingerprint of its text is kept, and of the
 * conversation only what scoring the recent turns needs.
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
    (options.selector ? node.matches(options.selector) && container.contains(node) : node.parentNode === container);
  /** The message a changed node belongs to, if any. */
  const messageOf = (node: Node | null): Element | null => {
    for (let at: Node | null = node; at && at !== container; at = at.parentNode) {
      if (at instanceof Element && isOwnNode(at)) return null;
      if (isMessage(at)) return at;
    }
    return null;
  };
  // Of a message once scored, a fingerprint of its text (the one content revisions use) tells an edited message
  // from an unchanged one without keeping the text; its caution, if it got one, is removed when it changes.
  const prints = new WeakMap<Element, string>();
  const cautions = new Map<Element, () => void>();
  const conversation = host.startConversation();
  let dialogShown = false;
  let highSeen = false;

  const consider = (message: Element) => {
    const text = getText(message);
    // A message added empty is read once it is filled in.
    if (!text.trim()) return;
    const print = contentRevision(text);
    if (prints.get(message) === print) return;
    prints.set(message, print);
    cautions.get(message)?.();
    cautions.delete(message);
    const own = host.scanText(text);
    const turn = conversation(text);
    // The conversation reaching high for the first time at this turn escalates a message that alone is not.
    const level = turn.level === 'high' && !highSeen ? 'high' : own.level;
    if (turn.level === 'high') highSeen = true;
    if (level !== 'medium' && level !== 'high') return;
    const notice = noticeFromSignals(level, own.signals.length ? own.signals : turn.signals);
    host.report(notice);
    cautions.set(message, host.placeCaution(message, notice));
    if (level === 'high' && !dialogShown) dialogShown = host.openDialog(notice);
  };

  /** Messages changed since the last frame; while there are any, that frame is already asked for. */
  const dirty = new Set<Element>();
  const flush = () => {
    const messages = [...dirty];
    dirty.clear();
    for (const message of messages) if (message.isConnected) consider(message);
  };
  const markWithin = (node: Node) => {
    const message = messageOf(node);
    if (message) dirty.add(message);
    else if (options.selector && node instanceof Element && !isOwnNode(node)) {
      for (const inner of node.querySelectorAll(options.selector)) if (isMessage(inner)) dirty.add(inner);
    }
  };

  for (const child of options.selector ? container.querySelectorAll(options.selector) : container.children) {
    if (isMessage(child)) consider(child);
  }
  const observer = new MutationObserver((records) => {
    const waiting = dirty.size > 0;
    for (const record of records) {
      // A text change counts; our own cautions coming and going are not a change of the message. A text change
      // adds no nodes, so only its target is marked.
      if (
        record.type === 'characterData' ||
        [...record.addedNodes, ...record.removedNodes].some((node) => !isOwnNode(node))
      ) {
        markWithin(record.target);
        for (const node of record.addedNodes) markWithin(node);
      }
    }
    // Once per frame however many changes come (a timer where frames are unavailable); a frame still to come
    // when watching stops finds nothing left to read.
    if (!waiting && dirty.size) {
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
      else setTimeout(flush, 16);
    }
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });

  return () => {
    observer.disconnect();
    dirty.clear();
    for (const remove of cautions.values()) remove();
    cautions.clear();
  };
}
