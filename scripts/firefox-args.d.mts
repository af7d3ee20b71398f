/** Debian's Firefox ESR, or another binary named by FIREFOX_PATH. */
export const FIREFOX_PATH: string;

/** Preferences for a closed network and a quiet profile: nothing that would reach the internet. */
export const FIREFOX_PREFS: Record<string, boolean>;
