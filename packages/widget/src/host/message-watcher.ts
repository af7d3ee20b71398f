import type { ConversationScanner, ScanResult } from '@refundguard/core';
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
  /** A conversation scanner: each turn is read once, earlier turns are kept only as what scoring needs. */
  startConversation(): ConversationScanner;
}

/** What is remembered of a message once scored: a fingerprint of its text (never the text) and its caution. */
interface Scored {
  fingerprint: number;
  removeCaution?: () => void;
}

/** FNV-1a over the UTF-16 units: tells an edited message from an unchanged one without keeping its text. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Runs `flush` once on the next frame however often it is asked for (a timer where frames are unavailable). */
function perFrame(flush: () => void): { request(): void; cancel(): void } {
  let pending: number | ReturnType<typeof setTimeout> | undefined;
  const hasFrames = typeof requestAnimationFrame === 'function';
  return {
    request() {
      if (pending !== undefined) return;
      const run = () => {
        pending = undefined;
        flush();
      };
      pending = hasFrames ? requestAnimationFrame(run) : setTimeout(run, 16);
    },
    cancel() {
      if (pending === undefined) return;
      if (hasFrames) cancelAnimationFrame(pending as number);
      else clearTimeout(pending);
      pending = undefined;
    },
  };
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
  const scored = new WeakMap<Element, Scored>();
  const removers = new Set<() => void>();
  const conversation = host.startConversation();
  let dialogShown = false;
  let highSeen = false;

  const consider = (message: Element) => {
    const text = getText(message);
    // A message added empty is read once it is filled in.
    if (!text.trim()) return;
    const print = fingerprint(text);
    const before = scored.get(message);
    if (before?.fingerprint === print) return;
    if (before?.removeCaution) {
      removers.delete(before.removeCaution);
      before.removeCaution();
    }
    const entry: Scored = { fingerprint: print };
    scored.set(message, entry);
    const own = host.scanText(text);
    const turn = conversation.add(text);
    // The conversation reaching high for the first time at this turn escalates a message that alone is not.
    const firstHighTurn = turn.level === 'high' && !highSeen;
    if (turn.level === 'high') highSeen = true;
    const escalated = firstHighTurn && own.level !== 'high';
    const level = escalated ? 'high' : own.level;
    if (level !== 'medium' && level !== 'high') return;
    const notice = noticeFromSignals(level, own.signals.length ? own.signals : turn.signals);
    host.report(notice);
    entry.removeCaution = host.placeCaution(message, notice);
    removers.add(entry.removeCaution);
    if (level === 'high' && !dialogShown) dialogShown = host.openDialog(notice);
  };

  const dirty = new Set<Element>();
  const frame = perFrame(() => {
    const messages = [...dirty];
    dirty.clear();
    for (const message of messages) if (message.isConnected) consider(message);
  });
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
    for (const record of records) {
      if (record.type === 'characterData') markWithin(record.target);
      else {
        // Our own cautions coming and going are not a change of the message.
        const foreign = [...record.addedNodes, ...record.removedNodes].some((node) => !isOwnNode(node));
        if (!foreign) continue;
        markWithin(record.target);
        for (const node of record.addedNodes) markWithin(node);
      }
    }
    if (dirty.size) frame.request();
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });

  return () => {
    observer.disconnect();
    frame.cancel();
    dirty.clear();
    for (const remove of removers) remove();
    removers.clear();
  };
}
