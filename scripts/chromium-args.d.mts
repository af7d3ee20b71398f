/** Flags for a closed network: no background traffic, no GPU, no sandbox (tests run as root). */
export const CHROMIUM_ARGS: string[];
