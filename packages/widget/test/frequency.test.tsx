// docs/config.md, "How reminders are counted", line by line: the guard as a page uses it, a fake
// viewport and a fake clock, and one storage shared by the page loads of a test as localStorage is.
import { createMemoryStorage, type KeyValueStorage } from '@refundguard/core';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefundGuard, type RefundGuard } from '../src/index.js';
import { installFakeViewport } from './support/viewport.js';

const MONDAY = new Date('2026-11-30T10:00:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let viewport: ReturnType<typeof installFakeViewport>;
const open: RefundGuard[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(MONDAY);
  viewport = installFakeViewport();
});

afterEach(() => {
  closePage();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Leave the page: the guard goes and the page's elements with it. */
function closePage() {
  for (const guard of open.splice(0)) guard.destroy();
  document.body.replaceChildren();
}

/** A fresh page load with an after-sales placeholder (unless `placeholder` is false). */
function loadPage(
  storage: KeyValueStorage,
  { config = {}, placeholder = true, variant }: { config?: object; placeholder?: boolean; variant?: 'banner' } = {},
) {
  closePage();
  const guard = createRefundGuard({ locale: 'en', ...config }, { storage });
  open.push(guard);
  const element = document.createElement('div');
  element.dataset.refundguard = 'after-sales';
  if (variant) element.dataset.variant = variant;
  if (placeholder) {
    document.body.append(element);
    act(() => {
      guard.mount(element);
    });
  }
  return { guard, element };
}

const sectionIn = (element: Element) => element.shadowRoot?.querySelector('section') as HTMLElement;
/** What the buyer sees in the placeholder: the full card or the compact banner. */
const form = (element: Element) => (sectionIn(element).classList.contains('rg-banner') ? 'banner' : 'card');
const toast = () => document.querySelector('[data-refundguard-own="overlay"]')?.shadowRoot?.querySelector('section');

/** The after-sales impressions stored so far. */
function impressions(storage: KeyValueStorage): number {
  const entries = JSON.parse(storage.getItem('refundguard:v1:frequency') ?? '{}') as Record<string, { n: number }>;
  return Object.entries(entries)
    .filter(([key]) => key.startsWith('after-sales@'))
    .reduce((sum, [, entry]) => sum + entry.n, 0);
}

/** On `day` (counted from Monday) the placeholder shows the banner and `show()` brings no toast. */
function expectQuietOn(storage: KeyValueStorage, day: number) {
  vi.setSystemTime(MONDAY.getTime() + day * DAY);
  expect(form(loadPage(storage).element), `day ${day}`).toBe('banner');
  const { guard } = loadPage(storage, { placeholder: false });
  act(() => guard.show('after-sales'));
  expect(toast(), `day ${day}`).toBeFalsy();
}

/** The buyer closes the reminder (its one button that is not the "Learn more" toggle). */
function dismiss(section: Element) {
  act(() => {
    (section.querySelector('button:not([aria-expanded])') as HTMLButtonElement).click();
  });
}

/** The buyer looks at `section` (all of it in view) for `ms`. */
function look(section: Element, ms = 1000) {
  viewport.scrollTo(section, 1);
  vi.advanceTimersByTime(ms);
}

describe('1. an impression is a card or toast at least half in view for one second', () => {
  it('does not count a card below the fold, less than half in view, or in view for less than a second', () => {
    const storage = createMemoryStorage();
    const { element } = loadPage(storage);
    const card = sectionIn(element);
    vi.advanceTimersByTime(10_000);
    expect(impressions(storage)).toBe(0);

    viewport.scrollTo(card, 0.4);
    vi.advanceTimersByTime(5_000);
    expect(impressions(storage)).toBe(0);

    viewport.scrollTo(card, 0.6);
    vi.advanceTimersByTime(900);
    viewport.scrollTo(card, 0);
    vi.advanceTimersByTime(5_000);
    expect(impressions(storage)).toBe(0);

    // Scrolled into view later, for a full second: counted.
    viewport.scrollTo(card, 0.5);
    vi.advanceTimersByTime(999);
    expect(impressions(storage)).toBe(0);
    vi.advanceTimersByTime(1);
    expect(impressions(storage)).toBe(1);
  });

  it('does not count a card closed before its second was up', () => {
    const storage = createMemoryStorage();
    // No quiet days, so that the next page load shows what the count alone allows.
    const config = { frequency: { quietDaysAfterDismiss: 0 } };
    const { element } = loadPage(storage, { config });
    const card = sectionIn(element);
    viewport.scrollTo(card, 1);
    vi.advanceTimersByTime(500);
    dismiss(card);
    vi.advanceTimersByTime(5_000);
    expect(impressions(storage)).toBe(0);
    expect(form(loadPage(storage, { config }).element)).toBe('card');
  });

  it('counts a toast the buyer saw', () => {
    const storage = createMemoryStorage();
    const { guard } = loadPage(storage, { placeholder: false });
    act(() => guard.show('after-sales'));
    look(toast() as Element);
    expect(impressions(storage)).toBe(1);
  });
});

describe('2. a page view counts at most one impression per scenario and wording', () => {
  it('counts once however often the card is drawn, and a card counted stays a card on a route change', () => {
    const storage = createMemoryStorage();
    // With no spacing at all, only the page-view rule keeps these from counting twice.
    const { guard, element } = loadPage(storage, { config: { frequency: { minDaysBetween: 0 } } });
    look(sectionIn(element));
    expect(impressions(storage)).toBe(1);

    // A single-page app leaves the route and comes back: a new placeholder, same page view.
    element.remove();
    const again = document.createElement('div');
    again.dataset.refundguard = 'after-sales';
    document.body.append(again);
    act(() => {
      guard.mount(again);
    });
    expect(form(again)).toBe('card');
    look(sectionIn(again), 5_000);
    expect(impressions(storage)).toBe(1);
  });
});

describe('3. the banner is never counted', () => {
  it('does not count the banner shown on quick reloads: 1, 1, 1, 1, not 1, 2, 3, 4', () => {
    const storage = createMemoryStorage();
    look(sectionIn(loadPage(storage).element));
    expect(impressions(storage)).toBe(1);
    for (let reload = 0; reload < 3; reload++) {
      vi.advanceTimersByTime(5_000);
      const { element } = loadPage(storage);
      expect(form(element)).toBe('banner');
      look(sectionIn(element), 10_000);
      expect(impressions(storage)).toBe(1);
    }
  });

  it('always shows a banner asked for with data-variant="banner", and it leaves the card its count', () => {
    const storage = createMemoryStorage();
    for (let day = 0; day < 5; day++) {
      const { element } = loadPage(storage, { variant: 'banner' });
      expect(form(element)).toBe('banner');
      look(sectionIn(element), 10_000);
      vi.advanceTimersByTime(DAY);
    }
    expect(impressions(storage)).toBe(0);
    expect(form(loadPage(storage).element)).toBe('card');
  });
});

describe('4. after an impression the card comes back minDaysBetween days later', () => {
  it('shows the banner and no toast until then, and the card again after two days', () => {
    const storage = createMemoryStorage();
    look(sectionIn(loadPage(storage).element));
    for (let reload = 0; reload < 3; reload++) {
      vi.advanceTimersByTime(5_000);
      look(sectionIn(loadPage(storage).element));
    }

    vi.setSystemTime(MONDAY.getTime() + DAY - HOUR);
    expect(form(loadPage(storage).element)).toBe('banner');
    const { guard } = loadPage(storage, { placeholder: false });
    act(() => guard.show('after-sales'));
    expect(toast()).toBeFalsy();

    vi.setSystemTime(MONDAY.getTime() + 2 * DAY);
    const { element } = loadPage(storage);
    expect(form(element)).toBe('card');
    look(sectionIn(element));
    expect(impressions(storage)).toBe(2);
  });

  it('follows the configured spacing, counted from the impression', () => {
    const storage = createMemoryStorage();
    const config = { frequency: { minDaysBetween: 2 } };
    look(sectionIn(loadPage(storage, { config }).element));
    const seenAt = Date.now();
    vi.setSystemTime(seenAt + 2 * DAY - 1);
    expect(form(loadPage(storage, { config }).element)).toBe('banner');
    vi.setSystemTime(seenAt + 2 * DAY);
    expect(form(loadPage(storage, { config }).element)).toBe('card');
  });
});

describe('5. after maxImpressions impressions the banner stays until the wording changes', () => {
  it('shows the card on days 0, 2 and 4, then the banner; new wording starts a fresh count', () => {
    const storage = createMemoryStorage();
    for (const day of [0, 2, 4]) {
      vi.setSystemTime(MONDAY.getTime() + day * DAY);
      const { element } = loadPage(storage);
      expect(form(element), `day ${day}`).toBe('card');
      look(sectionIn(element));
    }
    expect(impressions(storage)).toBe(3);
    for (const day of [6, 30]) expectQuietOn(storage, day);
    const reworded = { platform: { name: 'Example Mall' } };
    expect(form(loadPage(storage, { config: reworded }).element)).toBe('card');
  });
});

describe('6. a dismissed reminder stays quiet for quietDaysAfterDismiss days', () => {
  it('shows the banner and no toast for a week, then the card', () => {
    const storage = createMemoryStorage();
    const card = sectionIn(loadPage(storage).element);
    look(card);
    dismiss(card);
    for (const day of [2, 6]) expectQuietOn(storage, day);
    vi.setSystemTime(MONDAY.getTime() + 8 * DAY);
    expect(form(loadPage(storage).element)).toBe('card');
  });
});

describe('7. a reminder shown even when capped counts, but never sooner than minDaysBetween', () => {
  it('shows the refund toast within the spacing without counting it, and counts it two days later', () => {
    const storage = createMemoryStorage();
    look(sectionIn(loadPage(storage).element));

    vi.advanceTimersByTime(HOUR);
    const { guard } = loadPage(storage, { placeholder: false });
    act(() => {
      guard.track('refund_requested');
    });
    look(toast() as Element);
    expect(impressions(storage)).toBe(1);

    vi.setSystemTime(MONDAY.getTime() + 2 * DAY);
    const later = loadPage(storage, { placeholder: false }).guard;
    act(() => {
      later.track('refund_requested');
    });
    look(toast() as Element);
    expect(impressions(storage)).toBe(2);
  });
});

describe('8. when storage fails nothing breaks, counts last the page view, and the guard says so once', () => {
  const failing: KeyValueStorage = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };

  it('keeps counting in memory and reports one storage error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const codes: string[] = [];
    const { guard, element } = loadPage(failing);
    guard.on('error', (problem) => codes.push(problem.code));
    look(sectionIn(element));
    // The impression is remembered for the rest of this page view: no toast for the same reminder.
    element.remove();
    act(() => guard.show('after-sales'));
    expect(toast()).toBeFalsy();

    expect(warn.mock.calls.filter(([message]) => String(message).includes('localStorage'))).toHaveLength(1);
    // The first read happened while mounting, before this listener; later failures are not repeated.
    expect(codes).toEqual([]);
  });

  it('emits the storage error to a listener that was there first', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const guard = createRefundGuard({ locale: 'en' }, { storage: failing });
    open.push(guard);
    const codes: string[] = [];
    guard.on('error', (problem) => codes.push(problem.code));
    const element = document.createElement('div');
    document.body.append(element);
    expect(() =>
      act(() => {
        guard.mount(element, { scenario: 'after-sales' });
      }),
    ).not.toThrow();
    look(sectionIn(element));
    expect(codes).toEqual(['storage']);
  });
});
