// The Firefox that the browser tests drive beside Chromium: Debian's Firefox ESR, through WebDriver BiDi.

/** Debian's Firefox ESR, or another binary named by FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Preferences for a closed network and a quiet profile: no updates, telemetry, safe-browsing lists,
 * captive-portal or connectivity checks, so a test run never tries to reach the internet.
 */
export const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'browser.newtabpage.enabled': false,
};
