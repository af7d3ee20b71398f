import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getContent, getHelpLines, REGION_HELP_LINES, resolveLocale, resolveRegion } from '../../src/index.js';

/** The table in shared/seed/FACTS.md, transcribed; checked against the file itself wherever it is present. */
const FACTS_TABLE: Record<string, { antiScam: string; police: string }> = {
  CN: { antiScam: '96110', police: '110' },
  HK: { antiScam: '18222', police: '999' },
  TW: { antiScam: '165', police: '110' },
  SG: { antiScam: '1799', police: '999' },
};
const FACTS_FILE = new URL('../../../../../shared/seed/FACTS.md', import.meta.url);
const REGION_NAMES: Record<string, string> = {
  'Mainland China': 'CN',
  'Hong Kong': 'HK',
  Taiwan: 'TW',
  Singapore: 'SG',
};

describe('regional help lines', () => {
  it('match the FACTS.md table exactly, and nothing else is listed', () => {
    const fromData = Object.fromEntries(
      Object.entries(REGION_HELP_LINES).map(([region, lines]) => [
        region,
        {
          antiScam: lines.find((l) => l.kind === 'anti-scam')?.number,
          police: lines.find((l) => l.kind === 'police')?.number,
        },
      ]),
    );
    expect(fromData).toEqual(FACTS_TABLE);
  });

  it('were transcribed from FACTS.md without a typo', () => {
    // shared/ sits beside the repository in development and CI; its FACTS.md is the source of these numbers.
    expect(existsSync(FACTS_FILE), `expected the facts file at ${FACTS_FILE.pathname}`).toBe(true);
    const rows = readFileSync(FACTS_FILE, 'utf8')
      .split('\n')
      .map((line) => line.match(/^\| ([A-Za-z ]+) \| (\d+) .*\| (\d+) \|$/))
      .filter((m): m is RegExpMatchArray => m !== null);
    const parsed = Object.fromEntries(
      rows.map(([, name, antiScam, police]) => [REGION_NAMES[name as string], { antiScam, police }]),
    );
    expect(parsed).toEqual(FACTS_TABLE);
  });

  it('takes the region from config first, then from the locale subtag, and guesses nothing else', () => {
    expect(resolveRegion({ region: 'hk' }, 'zh-Hant-TW')).toBe('HK');
    expect(resolveRegion({}, 'zh-Hant-TW')).toBe('TW');
    expect(resolveRegion({}, 'en-SG')).toBe('SG');
    expect(resolveRegion(undefined, resolveLocale({ documentLang: 'zh-HK' }))).toBe('HK');
    expect(resolveRegion({}, 'zh-Hant')).toBeUndefined();
    expect(resolveRegion({}, 'zh-Hans')).toBeUndefined();
    expect(resolveRegion({ region: 'China' }, 'en')).toBeUndefined();
  });

  it('lists the anti-scam line before the police, with tap-to-call links', () => {
    const lines = getHelpLines('SG', 'en');
    expect(lines.map((l) => [l.kind, l.number, l.href])).toEqual([
      ['anti-scam', '1799', 'tel:1799'],
      ['police', '999', 'tel:999'],
    ]);
    expect(lines[0]?.label).toBe('Anti-scam hotline');
  });

  it('tells buyers in mainland China to answer when 96110 calls', () => {
    const [antiScam] = getHelpLines('CN', 'zh-Hans');
    expect(antiScam?.note).toContain('96110');
  });

  it('adds the platform hotline and the merchant lines after the region’s own', () => {
    const lines = getHelpLines('TW', 'zh-Hant', {
      platform: { name: '蝦皮', hotline: '02-1234 5678' },
      helpLines: [{ label: '商店客服', number: '0800-000-123' }],
    });
    expect(lines.map((l) => l.number)).toEqual(['165', '110', '02-1234 5678', '0800-000-123']);
    expect(lines[2]).toMatchObject({ label: '蝦皮客服專線', href: 'tel:0212345678', kind: 'platform' });
    expect(lines[3]).toMatchObject({ label: '商店客服', kind: 'merchant' });
  });

  it('shows only configured lines and the local-police advice for a region without known lines', () => {
    const config = {
      region: 'BR',
      platform: { hotline: '0800 123' },
      helpLines: [{ label: 'Loja', number: '11 5555' }],
    };
    const content = getContent('pt-BR', 'after-sales', config);
    expect(content.help.lines.map((l) => l.kind)).toEqual(['platform', 'merchant']);
    expect(content.help.fallback).toBe('Contact your local police.');
    expect(getContent('en', 'chat').help).toMatchObject({ lines: [], fallback: 'Contact your local police.' });
  });

  it('gives no police fallback text where real lines are known', () => {
    expect(getContent('zh-HK', 'chat').help.fallback).toBeUndefined();
  });
});
