import type { UrlCheck } from '@refundguard/core';
import { afterEach, describe, expect, it } from 'vitest';
import { guardLinks } from '../../src/host/link-guard.js';
import { fakeRiskHost } from './fake-risk-host.js';

/** A URL check with fixed answers by host name, so these tests are about the guard, not the detector. */
function checkUrl(href: string): UrlCheck {
  const host = new URL(href).hostname;
  if (host === 'shop.example') return { level: 'none', verdict: 'official', host, reasons: [] };
  if (host === 'sh0p-example-refund.cn')
    return {
      level: 'high',
      verdict: 'lookalike',
      host,
      imitates: 'shop.example',
      reasons: [{ id: 'homoglyph', explanation: 'imitates shop.example' }],
    };
  return {
    level: 'low',
    verdict: 'off-platform',
    host,
    reasons: [{ id: 'off-platform', explanation: 'leaves the shop' }],
  };
}

let listening = new AbortController();

function setUp() {
  document.body.innerHTML = `
    <div id="chat">
      <a id="official" href="https://shop.example/orders">orders</a>
      <a id="lookalike" href="https://sh0p-example-refund.cn/pay">refund</a>
      <a id="outside" href="https://news.example.org/">news</a>
    </div>`;
  const fake = fakeRiskHost();
  const navigations: string[] = [];
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest('a');
      if (link && !event.defaultPrevented) {
        navigations.push(link.id);
        event.preventDefault(); // happy-dom would otherwise try to navigate
      }
    },
    { signal: listening.signal },
  );
  const stop = guardLinks(document.getElementById('chat') as Element, { ...fake.host, checkUrl });
  const click = (id: string) => (document.getElementById(id) as HTMLAnchorElement).click();
  return { ...fake, navigations, stop, click };
}

afterEach(() => {
  listening.abort();
  listening = new AbortController();
  document.body.replaceChildren();
});

describe('guardLinks', () => {
  it('lets official links through untouched', () => {
    const { click, navigations, dialogs, cautions } = setUp();
    click('official');
    expect(navigations).toEqual(['official']);
    expect(dialogs).toHaveLength(0);
    expect(cautions).toHaveLength(0);
  });

  it('holds a lookalike link until the buyer chooses to continue', () => {
    const { click, navigations, dialogs, reported } = setUp();
    click('lookalike');
    expect(navigations).toEqual([]);
    expect(dialogs[0]).toMatchObject({ source: 'link', level: 'high', imitates: 'shop.example' });
    expect(reported[0]?.signals).toEqual([{ id: 'homoglyph', category: 'lookalike' }]);
    dialogs[0]?.onContinue?.();
    expect(navigations).toEqual(['lookalike']);
  });

  it('cautions on the first click of an outside link and lets the second through', () => {
    const { click, navigations, cautions } = setUp();
    click('outside');
    expect(navigations).toEqual([]);
    expect(cautions[0]?.anchor.id).toBe('outside');
    click('outside');
    expect(navigations).toEqual(['outside']);
  });

  it('removes its cautions and stops intercepting when unsubscribed', () => {
    const { click, navigations, cautions, stop } = setUp();
    click('outside');
    stop();
    expect(cautions[0]?.removed).toBe(true);
    click('lookalike');
    expect(navigations).toEqual(['lookalike']);
  });
});
