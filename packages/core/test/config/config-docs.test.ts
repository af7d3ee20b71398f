import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from '../../src/index.js';

const docs = readFileSync(new URL('../../../../docs/config.md', import.meta.url), 'utf8');
/** Whether a table in the docs has a row for `name` (cells are padded by the formatter). */
const hasRow = (name: string) => docs.split('\n').some((line) => new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`).test(line));

describe('docs/config.md', () => {
  it('documents every option validateConfig accepts', () => {
    const options = [
      ...Object.keys(DEFAULT_CONFIG).filter((key) => !['platform', 'frequency'].includes(key)),
      'region',
      'nonce',
      ...['name', 'contactPath', 'hotline', 'officialDomains', 'promises'].map((key) => `platform.${key}`),
      ...Object.keys(DEFAULT_CONFIG.frequency).map((key) => `frequency.${key}`),
      ...['mode', 'preset', 'tokens'].map((key) => `theme.${key}`),
    ];
    for (const option of options) {
      expect(hasRow(option), option).toBe(true);
      const top = option.split('.')[0] as string;
      const unknown = validateConfig({ [top]: Symbol('probe') }).problems.filter((p) =>
        p.message.startsWith('unknown'),
      );
      expect(unknown, option).toEqual([]);
    }
  });

  it('lists every data attribute DESIGN.md names', () => {
    for (const attribute of [
      'data-locale',
      'data-fallback-locale',
      'data-region',
      'data-theme',
      'data-platform-name',
      'data-platform-hotline',
      'data-contact-path',
      'data-official-domains',
      'data-config',
    ]) {
      expect(hasRow(attribute), attribute).toBe(true);
    }
  });
});
