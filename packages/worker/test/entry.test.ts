import { describe, expect, it } from 'vitest';
import { parseEntry } from '../src/entry.js';

const fields = (record: Record<string, string>) => Object.entries(record).flat();
const good = { conversation: 'c', message: 'm', role: 'agent', text: 'hello' };

describe('parseEntry', () => {
  it('reads a message with its optional locale and official domains (a JSON array or a list)', () => {
    expect(parseEntry(fields({ ...good, locale: 'en', officialDomains: '["shop.example"]' }), 100)).toEqual({
      ok: true,
      value: { ...good, locale: 'en', officialDomains: ['shop.example'] },
    });
    const listed = parseEntry(fields({ ...good, officialDomains: 'a.example, b.example' }), 100);
    expect(listed.ok && listed.value.officialDomains).toEqual(['a.example', 'b.example']);
  });

  it('accepts an empty text and names every missing field', () => {
    expect(parseEntry(fields({ ...good, text: '' }), 100).ok).toBe(true);
    expect(parseEntry(fields({ role: 'agent' }), 100)).toMatchObject({
      ok: false,
      code: 'missing-field',
      detail: 'conversation,message,text',
    });
  });

  it('turns away unknown roles, texts over the cap and unreadable domain lists', () => {
    expect(parseEntry(fields({ ...good, role: 'caller' }), 100)).toMatchObject({ ok: false, code: 'bad-role' });
    expect(parseEntry(fields({ ...good, text: 'x'.repeat(101) }), 100)).toMatchObject({ code: 'text-too-long' });
    expect(parseEntry(fields({ ...good, officialDomains: '[1]' }), 100)).toMatchObject({
      code: 'bad-official-domains',
    });
  });
});
