/**
 * @refundguard/core: warning content, locale negotiation and scam detectors.
 * Nothing here touches the DOM, so it runs in browsers, workers and Node alike.
 * @packageDocumentation
 */
export * from './config/index.js';
export * from './content/index.js';
export * from './detect/index.js';
export * from './i18n/index.js';
export * from './policy/index.js';
