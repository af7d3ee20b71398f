import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEEN_AFTER_MS, whenSeen } from '../../src/host/seen-in-viewport.js';
import { installFakeViewport } from '../support/viewport.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenSeen', () => {
  it('waits for half of the element to stay in view for a full second, starting over when it leaves', () => {
    const viewport = installFakeViewport();
    const element = document.createElement('section');
    const seen = vi.fn();
    whenSeen(element, seen);

    viewport.scrollTo(element, 0.49);
    vi.advanceTimersByTime(10 * SEEN_AFTER_MS);
    viewport.scrollTo(element, 0.5);
    vi.advanceTimersByTime(SEEN_AFTER_MS - 1);
    viewport.scrollTo(element, 0.2);
    vi.advanceTimersByTime(SEEN_AFTER_MS);
    expect(seen).not.toHaveBeenCalled();

    viewport.scrollTo(element, 0.8);
    vi.advanceTimersByTime(SEEN_AFTER_MS);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(viewport.watching(element)).toBe(0);

    viewport.scrollTo(element, 1);
    vi.advanceTimersByTime(10 * SEEN_AFTER_MS);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('never calls back once stopped, even for an entry the browser had already queued', () => {
    const viewport = installFakeViewport();
    const element = document.createElement('section');
    const seen = vi.fn();
    const stop = whenSeen(element, seen);
    viewport.scrollTo(element, 1);
    stop();
    vi.advanceTimersByTime(10 * SEEN_AFTER_MS);
    viewport.deliverQueued(element, 1);
    vi.advanceTimersByTime(10 * SEEN_AFTER_MS);
    expect(seen).not.toHaveBeenCalled();
    expect(viewport.watching(element)).toBe(0);
  });

  it('counts the element as in view where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const seen = vi.fn();
    whenSeen(document.createElement('section'), seen);
    vi.advanceTimersByTime(SEEN_AFTER_MS - 1);
    expect(seen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
