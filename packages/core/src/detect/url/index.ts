export { checkUrl, type UrlCheck, type UrlCheckOptions, type UrlReason, type UrlVerdict } from './check-url.js';
export type { UrlReasonId } from './explanations.js';
