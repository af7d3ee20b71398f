/**
 * Whether this build can connect integrations (the chat guards). True in every build but refundguard.js: its
 * entry never passes one, so rollup.config.mjs gives that file a copy of this module that says false and the
 * bundler leaves out the code that checks, sets up and hands over to integrations.
 */
export const WITH_INTEGRATIONS: boolean = true;
