import { afterEach, describe, expect, it } from 'vitest';
import { readAttributeConfig } from '../../src/host/attributes.js';

afterEach(() => {
  document.body.replaceChildren();
});

function scriptWith(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.body.append(script);
  return script;
}

describe('script tag attributes', () => {
  it('maps every simple data attribute onto the config', () => {
    const script = scriptWith({
      'data-locale': 'zh-HK',
      'data-fallback-locale': 'zh-Hant',
      'data-region': 'HK',
      'data-theme': 'dark',
      'data-platform-name': 'Example Mall',
      'data-platform-hotline': '800 123',
      'data-contact-path': 'Me → Orders → Contact seller',
      'data-official-domains': 'example.com, cdn.example.com ,',
    });
    expect(readAttributeConfig(script)).toEqual({
      config: {
        locale: 'zh-HK',
        fallbackLocale: 'zh-Hant',
        region: 'HK',
        theme: 'dark',
        platform: {
          name: 'Example Mall',
          hotline: '800 123',
          contactPath: 'Me → Orders → Contact seller',
          officialDomains: ['example.com', 'cdn.example.com'],
        },
      },
      problems: [],
    });
  });

  it('reads a JSON config block and lets attributes override it', () => {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = 'rg-config';
    block.textContent = JSON.stringify({ locale: 'en', coolingOffSeconds: 8, platform: { name: 'Old' } });
    document.body.append(block);
    const script = scriptWith({ 'data-config': 'rg-config', 'data-platform-name': 'New' });
    expect(readAttributeConfig(script).config).toEqual({
      locale: 'en',
      coolingOffSeconds: 8,
      platform: { name: 'New' },
    });
  });

  it('names the problem when the JSON block is missing or broken', () => {
    expect(readAttributeConfig(scriptWith({ 'data-config': 'nowhere' })).problems[0]).toMatch(
      /no element with that id/,
    );
    const block = document.createElement('script');
    block.id = 'bad';
    block.type = 'application/json';
    block.textContent = '{ locale: en }';
    document.body.append(block);
    expect(readAttributeConfig(scriptWith({ 'data-config': 'bad' })).problems[0]).toMatch(/not valid JSON/);
  });

  it('reads only the JSON script with the id, never page content imitating it', () => {
    const review = document.createElement('div');
    review.id = 'rg-config';
    review.textContent = '{"platform":{"hotline":"400 000 0000"}}';
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = 'rg-config';
    block.textContent = '{"platform":{"hotline":"95188"}}';
    document.body.append(review, block);
    const { config, problems } = readAttributeConfig(scriptWith({ 'data-config': 'rg-config' }));
    expect(config.platform?.hotline).toBe('95188');
    expect(problems[0]).toMatch(/other elements use this id/);
  });

  it('refuses a config id that names no JSON script, or several', () => {
    const review = document.createElement('div');
    review.id = 'rg-config';
    review.textContent = '{"platform":{"hotline":"400 000 0000"}}';
    document.body.append(review);
    const read = () => readAttributeConfig(scriptWith({ 'data-config': 'rg-config' }));
    expect(read().config).toEqual({});
    expect(read().problems[0]).toMatch(/must name one <script type="application\/json">/);
    for (const hotline of ['95188', '400 000 0000']) {
      const block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'rg-config';
      block.textContent = JSON.stringify({ platform: { hotline } });
      document.body.append(block);
    }
    expect(read().config).toEqual({});
    expect(read().problems[0]).toMatch(/must name one/);
  });

  it('takes the CSP nonce from the script tag itself', () => {
    const script = scriptWith({});
    script.nonce = 'abc123';
    expect(readAttributeConfig(script).config.nonce).toBe('abc123');
  });
});
