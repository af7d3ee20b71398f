// The Chromium that the browser tests and the bench drive, launched the same way by both.

/** Debian's Chromium, or another binary named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

/** Options for playwright-core's `chromium.launch`; each launch gets a fresh temporary user-data-dir. */
export function launchOptions(executablePath = CHROMIUM_PATH) {
  return { executablePath, headless: true, args: CHROMIUM_ARGS };
}
