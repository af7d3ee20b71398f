// Chromium flags shared by the browser tests and the bench, so both measure the same browser.

/** Flags for a closed network: no background traffic, no GPU, no sandbox (tests run as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
