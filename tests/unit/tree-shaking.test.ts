import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGS, type Catalog } from '../../packages/core/src/index.js';
import { bundledFiles } from '../../scripts/bundle.mjs';
import { pack } from '../../scripts/catalog-packing.mjs';

// What a host's bundler keeps from the published packages (their built dist, as installed).
// Run `pnpm build` first; `pnpm test` does.

/** Detector modules: the lexicon, the URL tables, sensitive-data patterns, the model. */
const isDetector = (file: string) => /packages\/core\/dist\/detect\//.test(file);

describe('tree-shaking the published packages', () => {
  it('a bundle of createRefundGuard alone holds no detector: no lexicon, model or URL table', async () => {
    const files = await bundledFiles("export { createRefundGuard } from '@refundguard/widget';");
    expect(files.some((file) => file.includes('packages/widget/dist/guard.js'))).toBe(true);
    expect(files.filter(isDetector)).toEqual([]);
    expect(files.filter((file) => file.includes('packages/widget/dist/chat/'))).toEqual([]);
  });

  it('adding chatGuards from @refundguard/widget/chat brings the detectors in', async () => {
    const files = await bundledFiles(
      "export { createRefundGuard } from '@refundguard/widget';\nexport { chatGuards } from '@refundguard/widget/chat';",
    );
    for (const detector of ['detect/lexicon.js', 'detect/url/tables.js', 'detect/sensitive/patterns.js']) {
      expect(files.some((file) => file.endsWith(detector))).toBe(true);
    }
  });

  it('scanText alone leaves the URL tables, the catalogs and the config checks out', async () => {
    const files = await bundledFiles("export { scanText } from '@refundguard/core';");
    expect(files.some((file) => file.endsWith('detect/scan-text.js'))).toBe(true);
    for (const left of ['detect/url/tables.js', 'content/catalogs/zh-Hans.js', 'config/validate.js']) {
      expect(files.filter((file) => file.endsWith(left))).toEqual([]);
    }
  });

  it('refundguard.js keeps none of the module-level tables of the detectors it does not call', () => {
    const lean = readFileSync(new URL('../../packages/widget/dist/refundguard.js', import.meta.url), 'utf8');
    // The URL lure words, the confusable letters, the scorer's dense feature names.
    for (const table of ['tuikuan', 'kefu', 'sig.pressure.deadline', 'cross.question-harm']) {
      expect(lean).not.toContain(table);
    }
  });

  it("refundguard.js carries the reminders' strings (with the self-check's) in all three languages and none of the chat guards' ones", () => {
    const lean = readFileSync(new URL('../../packages/widget/dist/refundguard.js', import.meta.url), 'utf8');
    const chat = readFileSync(new URL('../../packages/widget/dist/refundguard-chat.js', import.meta.url), 'utf8');
    // Each language's text as the minified files spell it (ASCII only): English as written, the translated
    // catalogs packed (scripts/catalog-packing.mjs) and without their keys, in English's key order, so the texts
    // are what can be counted.
    const ascii = (text: string) =>
      JSON.stringify(text)
        .slice(1, -1)
        .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const spelled = (catalog: Catalog, text: string) => ascii(catalog === CATALOGS.en ? text : pack([text]));
    const languages = (code: string, key: string) =>
      Object.values(CATALOGS).filter((catalog) => code.includes(spelled(catalog, catalog[key as keyof Catalog])))
        .length;
    // The self-check opens from a reminder's "Learn more", so its strings are the reminders' and ship in both files.
    for (const key of ['key.message', 'help.call', 'ui.learnMore', 'ui.selfCheck', 'selfcheck.q.asksCode']) {
      expect(languages(lean, key), key).toBe(3);
      expect(languages(chat, key), key).toBe(3);
    }
    for (const key of ['caution.seen', 'dialog.stop', 'ui.dismiss']) {
      expect(languages(lean, key), key).toBe(0);
      expect(languages(chat, key), key).toBe(3);
    }
  });
});
