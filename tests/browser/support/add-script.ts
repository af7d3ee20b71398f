import type { RunsInPage } from './engines.js';

interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): { createScriptURL(url: string): unknown };
  };
}

/** Add a `<script src>` to the page, as a tag manager would, and wait until it has run. */
export function addScriptTag(page: RunsInPage, src: string): Promise<void> {
  return page.evaluate(async (url) => {
    // A policy of the test's own, because the page may require Trusted Types for script URLs
    // (in an engine without Trusted Types nothing can require them, and the plain URL is taken).
    const policy = (window as unknown as TrustedTypesWindow).trustedTypes?.createPolicy(`add-${url}`, {
      createScriptURL: (value: string) => value,
    });
    const script = document.createElement('script');
    script.src = (policy?.createScriptURL(url) ?? url) as string;
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    document.head.append(script);
    await loaded;
  }, src);
}
