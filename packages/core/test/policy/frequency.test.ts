import { describe, expect, it } from 'vitest';
import { createFrequencyPolicy, createMemoryStorage, createSafeStorage } from '../../src/index.js';

const DAY = 86_400_000;

describe('frequency policy', () => {
  it('shows a reminder up to the cap, one day apart, then stays quiet', () => {
    const policy = createFrequencyPolicy(createMemoryStorage(), { maxImpressions: 2, minDaysBetween: 1 });
    expect(policy.allows('after-sales', 'r1', 0)).toBe(true);
    policy.recordShown('after-sales', 'r1', 0);
    expect(policy.allows('after-sales', 'r1', DAY / 2)).toBe(false);
    expect(policy.allows('after-sales', 'r1', DAY)).toBe(true);
    policy.recordShown('after-sales', 'r1', DAY);
    expect(policy.allows('after-sales', 'r1', 10 * DAY)).toBe(false);
  });

  it('never shows a reminder capped at zero impressions', () => {
    expect(createFrequencyPolicy(createMemoryStorage(), { maxImpressions: 0 }).allows('chat', 'r', 0)).toBe(false);
  });

  it('starts a fresh count when the wording changes', () => {
    const policy = createFrequencyPolicy(createMemoryStorage(), { maxImpressions: 1 });
    policy.recordShown('chat', 'old', 0);
    expect(policy.allows('chat', 'old', 5 * DAY)).toBe(false);
    expect(policy.allows('chat', 'new', 5 * DAY)).toBe(true);
  });

  it('keeps a dismissed reminder quiet for the quiet period only', () => {
    const policy = createFrequencyPolicy(createMemoryStorage(), { quietDaysAfterDismiss: 7 });
    policy.recordDismissed('order-status', 'r', 0);
    expect(policy.allows('order-status', 'r', 6 * DAY)).toBe(false);
    expect(policy.allows('order-status', 'r', 8 * DAY)).toBe(true);
  });

  it('reads corrupt stored data as "never shown"', () => {
    const storage = createMemoryStorage();
    storage.setItem('refundguard:v1:frequency', '{not json');
    expect(createFrequencyPolicy(storage).allows('chat', 'r')).toBe(true);
    storage.setItem('refundguard:v1:frequency', JSON.stringify({ 'chat@r': { n: 'many' } }));
    expect(createFrequencyPolicy(storage).allows('chat', 'r')).toBe(true);
  });
});

describe('safe storage', () => {
  const throwing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => {
      throw new Error('SecurityError');
    },
  };

  it('never throws and keeps values in memory when the backend throws on every call', () => {
    const storage = createSafeStorage(() => throwing);
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(storage.getItem('k')).toBe('v');
    const policy = createFrequencyPolicy(storage, { maxImpressions: 1 });
    policy.recordShown('chat', 'r', 0);
    expect(policy.allows('chat', 'r', 3 * DAY)).toBe(false);
  });

  it('survives a backend getter that throws (storage disabled)', () => {
    const storage = createSafeStorage(() => {
      throw new Error('Access denied');
    });
    expect(storage.getItem('missing')).toBeNull();
    storage.setItem('a', '1');
    expect(storage.getItem('a')).toBe('1');
  });

  it('reads what an earlier page load stored', () => {
    const backend = createMemoryStorage();
    backend.setItem('k', 'from before');
    expect(createSafeStorage(() => backend).getItem('k')).toBe('from before');
  });
});
