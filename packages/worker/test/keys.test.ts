import { describe, expect, it } from 'vitest';
import { hashTag, keysFor } from '../src/keys.js';

describe('keys', () => {
  it('puts the bookkeeping beside its stream and each context in its conversation slot', () => {
    const keys = keysFor('refundguard:messages', 'g', 'refundguard:verdicts', 'rg');
    expect(hashTag(keys.unrecorded)).toBe('refundguard:messages');
    expect(hashTag(keys.seen('m-1'))).toBe('refundguard:verdicts');
    expect(hashTag(keys.context('c-42'))).toBe('c-42');
  });

  it('honours a hash tag already in the stream name', () => {
    expect(hashTag('{chat}:in')).toBe('chat');
    expect(hashTag(keysFor('{chat}:in', 'g', '{chat}:out', 'rg').unrecorded)).toBe('chat');
    expect(hashTag('no{}tag')).toBe('no{}tag');
  });
});
