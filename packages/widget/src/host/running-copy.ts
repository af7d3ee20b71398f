import type { RefundGuardConfig } from '@refundguard/core';
import type { ReportedProblem } from '../errors.js';
import type { GuardEventName, GuardListener } from '../events.js';

/** What a lean guard passes on when the chat file takes its place. */
export interface Handover {
  config: RefundGuardConfig;
  listeners: [GuardEventName, GuardListener<GuardEventName>][];
  calls: unknown[][];
}

/** The copy of the script that runs the page's guard, as a later copy sees it. */
export interface RunningCopy {
  /** Whether it has the chat guards. */
  chat: boolean;
  /** Its script tag's settings, to tell a second copy with other settings. */
  settings: string;
  /** Report a problem through it: console once, `error` event every time. */
  report(problem: ReportedProblem): void;
  /** Stop it and take its config, listeners and unplayed calls. */
  handOver(): Handover;
}

/**
 * Where the running copy is kept: a symbol-keyed, non-enumerable property of `window`.
 * Elements reach `window` only by id or name, which are strings, so no markup can fake or
 * hide it (unlike `window.RefundGuard`, which `<a id="RefundGuard">` replaces).
 */
const RUNNING = Symbol.for('refundguard.running');

type Marked = Window & { [RUNNING]?: RunningCopy };

/** The copy already running on this page, if any. */
export function runningCopy(): RunningCopy | undefined {
  return (window as Marked)[RUNNING];
}

/** Mark `copy` as the page's running copy; `undefined` clears the mark. */
export function markRunning(copy: RunningCopy | undefined): void {
  if (copy) Object.defineProperty(window, RUNNING, { value: copy, configurable: true });
  else delete (window as Marked)[RUNNING];
}

/**
 * Is `window.RefundGuard` something the page's markup put there (an element or a collection
 * of them, named by id or name) rather than the queue snippet's function or nothing?
 */
export function isClobbered(global: unknown): boolean {
  return global !== undefined && typeof global !== 'function';
}
