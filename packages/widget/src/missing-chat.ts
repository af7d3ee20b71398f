import type { ScanResult, UrlCheck } from '@refundguard/core';
import type { ProblemReporter } from './errors.js';
import type { ChatMethods } from './integration.js';

/** What a stand-in or a call on a destroyed guard returns where a stop function is due. */
export const noop = () => {};

/** What `scan()` answers when it cannot scan. */
export const noFindings = (): ScanResult => ({ level: 'none', score: 0, signals: [] });

/** What `checkUrl()` answers when it cannot check. */
export const noUrlCheck = (): UrlCheck => ({ level: 'none', verdict: 'invalid', host: null, reasons: [] });

/**
 * Stand-ins for the chat guards on a guard created without them (the lean `refundguard.js`).
 * Each call does nothing harmful and says which file or import provides the method:
 * once on the console, and as an `error` event every time.
 */
export function missingChatGuards(reporter: ProblemReporter): ChatMethods {
  const tell = (method: string) =>
    reporter.report({
      code: 'needs-chat',
      message: `${method} needs the chat guards: load refundguard-chat.js (npm: integrations: [chatGuards()] from '@refundguard/widget/chat').`,
    });
  return {
    scan() {
      tell('scan()');
      return noFindings();
    },
    checkUrl() {
      tell('checkUrl()');
      return noUrlCheck();
    },
    watchMessages() {
      tell('watchMessages()');
      return noop;
    },
    guardLinks() {
      tell('guardLinks()');
      return noop;
    },
    guardInput() {
      tell('guardInput()');
      return noop;
    },
    track(event) {
      tell(`track("${event}")`);
      return 'none';
    },
  };
}
