/** Debian's Chromium, or another binary named by CHROMIUM_PATH. */
export const CHROMIUM_PATH: string;

/** Flags for a closed network: no background traffic, no GPU, no sandbox (tests run as root). */
export const CHROMIUM_ARGS: string[];

/** Options for playwright-core's `chromium.launch`; each launch gets a fresh temporary user-data-dir. */
export function launchOptions(executablePath?: string): { executablePath: string; headless: true; args: string[] };
