import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('counts nothing shown before minDaysBetween has passed, so quick views do not use up the cap', () => {
    const policy = createFrequencyPolicy(createMemoryStorage(), { maxImpressions: 3, minDaysBetween: 1 });
    policy.recordShown('after-sales', 'r', 0);
    // Three more views within seconds (a prominent reminder, a second tab): none is counted.
    for (const at of [1_000, 2_000, 3_000]) policy.recordShown('after-sales', 'r', at);
    expect(policy.allows('after-sales', 'r', DAY - 1)).toBe(false);
    // Two days later the card may show again, and counts its second and then third impression.
    expect(policy.allows('after-sales', 'r', 2 * DAY)).toBe(true);
    policy.recordShown('after-sales', 'r', 2 * DAY);
    expect(policy.allows('after-sales', 'r', 4 * DAY)).toBe(true);
    policy.recordShown('after-sales', 'r', 4 * DAY);
    expect(policy.allows('after-sales', 'r', 30 * DAY)).toBe(false);
  });

  it('measures the spacing from the last counted impression, not from the views in between', () => {
    const policy = createFrequencyPolicy(createMemoryStorage(), { minDaysBetween: 2 });
    policy.recordShown('order-status', 'r', 0);
    policy.recordShown('order-status', 'r', 1.5 * DAY);
    expect(policy.allows('order-status', 'r', 2 * DAY)).toBe(true);
  });

  it('counts every impression when minDaysBetween is 0, up to the cap', () => {
    const policy = createFrequencyPolicy(createMemoryStorage(), { maxImpressions: 2, minDaysBetween: 0 });
    policy.recordShown('chat', 'r', 0);
    expect(policy.allows('chat', 'r', 1)).toBe(true);
    policy.recordShown('chat', 'r', 1);
    expect(policy.allows('chat', 'r', 2)).toBe(false);
  });

  describe('on the real clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('reads the time from Date.now() when none is given', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
      const storage = createMemoryStorage();
      const policy = createFrequencyPolicy(storage, { minDaysBetween: 1 });
      policy.recordShown('after-sales', 'r');
      vi.setSystemTime(new Date('2026-11-30T10:00:05Z'));
      policy.recordShown('after-sales', 'r');
      expect(policy.allows('after-sales', 'r')).toBe(false);
      expect(JSON.parse(storage.getItem('refundguard:v1:frequency') ?? '{}')['after-sales@r']).toEqual({
        n: 1,
        at: Date.parse('2026-11-30T10:00:00Z'),
      });
      vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
      expect(policy.allows('after-sales', 'r')).toBe(true);
    });
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
    for (const foreign of ['null', '[1,2]', '"text"', '42', JSON.stringify({ 'chat@r': null })]) {
      storage.setItem('refundguard:v1:frequency', foreign);
      const policy = createFrequencyPolicy(storage, { maxImpressions: 1 });
      expect(policy.allows('chat', 'r', 0), foreign).toBe(true);
      policy.recordShown('chat', 'r', 0);
      expect(policy.allows('chat', 'r', 5 * DAY), foreign).toBe(false);
    }
  });

  it("keeps other scenarios' counts when it writes one", () => {
    const storage = createMemoryStorage();
    const policy = createFrequencyPolicy(storage, { maxImpressions: 1 });
    policy.recordShown('chat', 'r', 0);
    policy.recordShown('after-sales', 'r', 0);
    policy.recordDismissed('order-status', 'r', 0);
    expect(Object.keys(JSON.parse(storage.getItem('refundguard:v1:frequency') ?? '{}')).sort()).toEqual([
      'after-sales@r',
      'chat@r',
      'order-status@r',
    ]);
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

  it('says once that counts will not outlive the page when the backend throws, and keeps them meanwhile', () => {
    const onFailure = vi.fn();
    const storage = createSafeStorage(() => throwing, onFailure);
    const policy = createFrequencyPolicy(storage, { maxImpressions: 1 });
    expect(() => {
      policy.allows('chat', 'r', 0);
      policy.recordShown('chat', 'r', 0);
      policy.recordDismissed('chat', 'r', 0);
    }).not.toThrow();
    expect(policy.allows('chat', 'r', 30 * DAY)).toBe(false);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('says so too when there is no backend at all, and when only writing fails (storage full)', () => {
    const missing = vi.fn();
    createSafeStorage(() => null, missing).getItem('k');
    expect(missing).toHaveBeenCalledTimes(1);

    const full = vi.fn();
    const backend = createMemoryStorage();
    const storage = createSafeStorage(
      () => ({
        ...backend,
        getItem: (key: string) => backend.getItem(key),
        setItem: () => {
          throw new DOMException('quota', 'QuotaExceededError');
        },
      }),
      full,
    );
    expect(storage.getItem('k')).toBeNull();
    expect(full).not.toHaveBeenCalled();
    storage.setItem('k', 'v');
    expect(full).toHaveBeenCalledTimes(1);
    expect(storage.getItem('k')).toBe('v');
  });

  it('stays silent while the backend works', () => {
    const onFailure = vi.fn();
    const backend = createMemoryStorage();
    const storage = createSafeStorage(() => backend, onFailure);
    storage.setItem('k', 'v');
    storage.removeItem('k');
    expect(backend.getItem('k')).toBeNull();
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('reads what an earlier page load stored', () => {
    const backend = createMemoryStorage();
    backend.setItem('k', 'from before');
    expect(createSafeStorage(() => backend).getItem('k')).toBe('from before');
  });
});
