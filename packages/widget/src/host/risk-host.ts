import type { RiskLevel } from '@refundguard/core';
import type { RiskSource, SignalSummary } from '../events.js';

/** What a finding looks like to the buyer: already localized phrases. */
export interface RiskNotice {
  source: RiskSource;
  level: RiskLevel;
  /** Short phrases such as "asks for your SMS code". */
  explanations: string[];
  /** For events: ids and categories only, never the matched text. */
  signals: SignalSummary[];
  /** The domain a lookalike link imitates. */
  imitates?: string;
}

/** A risk dialog request; `onContinue` runs only after the cooling-off and the buyer's choice. */
export interface RiskDialogRequest extends RiskNotice {
  onContinue?: () => void;
  onStop?: () => void;
}

/**
 * The part of a guard that the page integrations (links, inputs, chat) use to
 * tell the buyer something: an inline caution next to an element, or the dialog.
 */
export interface RiskHost {
  /** Announce the finding (`risk` event) without showing anything. */
  report(notice: RiskNotice): void;
  /** Put a caution right after `anchor`; returns how to remove it. */
  placeCaution(anchor: Element, notice: RiskNotice): () => void;
  /** Open the risk dialog, unless one is already open (then `false`). */
  openDialog(request: RiskDialogRequest): boolean;
}

/** Marks nodes RefundGuard inserts into the host's DOM, so its own observers skip them. */
export const OWN_NODE_ATTRIBUTE = 'data-refundguard-own';

/** Is `node` (or an ancestor) something RefundGuard inserted? */
export function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.closest(`[${OWN_NODE_ATTRIBUTE}]`) !== null;
}
