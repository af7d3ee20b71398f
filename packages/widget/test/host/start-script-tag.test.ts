// The script tag's startup as a page sees it: the placeholder's reminder appears, the queued calls run after it
// in their order, a reminder its frequency cap keeps away never appears, and nothing reaches the page as an error,
// however the browser lets startup go on after the script itself has run.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startScriptTag } from '../../src/host/start-script-tag.js';
import { createRefundGuard } from '../../src/index.js';

interface Global {
  (command: string, ...args: unknown[]): unknown;
  show(scenario: string): void;
  locale: string;
  destroy(): void;
}

const FREQUENCY_KEY = 'refundguard:v1:frequency';
const global = () => window.RefundGuard as Global;

/** The page's queue snippet, with the calls the page made before the script loaded. */
function queue(...calls: unknown[][]) {
  window.RefundGuard = Object.assign(() => {}, { q: calls });
}

/** An after-sales placeholder, as a merchant places it. */
function placeholder(): HTMLElement {
  const element = document.createElement('div');
  element.dataset.refundguard = 'after-sales';
  document.body.append(element);
  return element;
}

const reminderIn = (element: Element) => element.shadowRoot?.querySelector('section') ?? null;
const toast = () => document.querySelector('[data-refundguard-own="overlay"]')?.shadowRoot?.querySelector('section');

/** Wait until `check` holds, letting the browser's tasks run meanwhile. */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

/** Every `error` event's code, in order; the script tag's own problems come last, so a code shows startup is over. */
function heardErrors(): string[] {
  const heard: string[] = [];
  window.addEventListener('refundguard:error', (event) =>
    heard.push((event as CustomEvent<{ code: string }>).detail.code),
  );
  return heard;
}

let uncaught: unknown[];
const onUncaught = (event: Event) => uncaught.push(event);

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onUncaught);
  window.addEventListener('unhandledrejection', onUncaught);
  localStorage.clear();
});

afterEach(() => {
  (window.RefundGuard as Global | undefined)?.destroy?.();
  delete window.RefundGuard;
  document.body.replaceChildren();
  window.removeEventListener('error', onUncaught);
  window.removeEventListener('unhandledrejection', onUncaught);
  vi.unstubAllGlobals();
  expect(uncaught).toEqual([]);
});

describe('script tag startup', () => {
  it('draws the placeholder reminder, then plays the queued calls in order, then says what it skipped', async () => {
    const element = placeholder();
    const drawnWhenHeard: boolean[] = [];
    const heard: string[] = [];
    queue(
      [
        'on',
        'error',
        ({ code }: { code: string }) => {
          heard.push(code);
          drawnWhenHeard.push(reminderIn(element) !== null);
        },
      ],
      ['no-such-command'],
      ['init', { locale: 'en' }],
    );
    startScriptTag(null, []);
    await until(() => heard.includes('no-current-script'));
    expect(heard).toEqual(['command:"no-such-command"', 'no-current-script']);
    expect(drawnWhenHeard).toEqual([true, true]);
    expect(reminderIn(element)?.lang).toBe('en');
  });

  it('a call right after the script ran finds the reminder drawn and the queued calls played', () => {
    const element = placeholder();
    const heard: string[] = [];
    queue(['on', 'error', ({ code }: { code: string }) => heard.push(code)], ['setLocale', 'zh-Hant'], ['bogus']);
    startScriptTag(null, []);
    expect(global().locale).toBe('zh-Hant');
    expect(reminderIn(element)).not.toBeNull();
    expect(heard).toEqual(['command:"bogus"', 'no-current-script']);
    // And the steps still to come do nothing twice.
    global().show('after-sales');
    expect(element.shadowRoot?.querySelectorAll('section')).toHaveLength(1);
  });

  it('shows the toast a queued order event asks for', async () => {
    const heard = heardErrors();
    queue(['init', { locale: 'en' }], ['track', 'order_shipped']);
    startScriptTag(null, []);
    await until(() => heard.includes('no-current-script'));
    expect(toast()).toBeTruthy();
  });

  it('never puts up, even for a moment, a toast its frequency cap keeps away', async () => {
    // An earlier page: the buyer closed the order-status toast, which keeps it quiet for a week.
    const earlier = createRefundGuard({ locale: 'en' });
    earlier.show('order-status');
    await until(() => Boolean(toast()));
    (toast()?.querySelector('button:not([aria-expanded])') as HTMLButtonElement | undefined)?.click();
    earlier.destroy();
    expect(localStorage.getItem(FREQUENCY_KEY)).toContain('dismissed');

    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) added.push(node.nodeName);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const heard = heardErrors();
    queue(['init', { locale: 'en' }], ['track', 'order_shipped']);
    startScriptTag(null, []);
    await until(() => heard.includes('no-current-script'));
    observer.disconnect();
    expect(added).toEqual([]);
    expect(toast()).toBeFalsy();
  });

  it('destroyed before startup is over, it draws nothing afterwards', async () => {
    const element = placeholder();
    queue();
    startScriptTag(null, []);
    global().destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reminderIn(element)).toBeNull();
    expect(window.RefundGuard).toBeUndefined();
  });

  it('starts where the browser has scheduler.yield()', async () => {
    vi.stubGlobal('scheduler', { yield: () => Promise.resolve() });
    const element = placeholder();
    queue();
    startScriptTag(null, []);
    await until(() => reminderIn(element) !== null);
  });

  it('starts, all at once, where neither scheduler.yield() nor MessageChannel is there', () => {
    vi.stubGlobal('scheduler', { yield: 'not a function' });
    vi.stubGlobal('MessageChannel', undefined);
    const element = placeholder();
    const heard = heardErrors();
    queue();
    startScriptTag(null, []);
    expect(reminderIn(element)).not.toBeNull();
    expect(heard).toEqual(['no-current-script']);
  });

  it('run before the body exists, it draws the reminder as the page finishes parsing, in time for its first frame', async () => {
    const body = document.body;
    body.remove();
    const heard = heardErrors();
    queue(['bogus']);
    startScriptTag(null, []);
    document.documentElement.append(body);
    const element = placeholder();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(reminderIn(element)).not.toBeNull();
    await until(() => heard.includes('no-current-script'));
    expect(heard).toEqual(['command:"bogus"', 'no-current-script']);
  });
});
