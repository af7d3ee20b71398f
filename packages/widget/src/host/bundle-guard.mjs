// Wraps the whole script-tag bundle, library module setup included, in one try: a page that froze
// Object.prototype (SES lockdown) makes @preact/signals-core's top-level `prototype.valueOf = …`
// throw in strict code, before any of our own code could catch it. The page gets one console line.

/** Opens the guard, right after the bundle's 'use strict'. */
export const BUNDLE_INTRO = 'try {';

/** Closes it; even a console that throws stays inside. */
export const BUNDLE_OUTRO =
  "} catch (error) { try { console.warn('[RefundGuard] cannot start on this page (' + (error && error.message) + '); the page is unchanged.'); } catch (_) {} }";
