import { afterEach, describe, expect, it } from 'vitest';
import { watchPlaceholders } from '../../src/host/placeholders.js';

/** A mount that records what is mounted right now. */
function recorder() {
  const live = new Set<HTMLElement>();
  const mount = (element: HTMLElement) => {
    live.add(element);
    return () => live.delete(element);
  };
  return { live, mount };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchPlaceholders', () => {
  it('mounts placeholders present at start and added later, and unmounts removed ones', async () => {
    document.body.innerHTML = '<main><div data-refundguard="order-status"></div></main>';
    const { live, mount } = recorder();
    const stop = watchPlaceholders(document, mount);
    expect(live.size).toBe(1);

    const route = document.createElement('section');
    route.innerHTML = '<div data-refundguard="after-sales"></div><p><span data-refundguard="chat"></span></p>';
    document.body.append(route);
    await flush();
    expect(live.size).toBe(3);

    route.remove();
    await flush();
    expect(live.size).toBe(1);
    stop();
    expect(live.size).toBe(0);
  });

  it('mounts each placeholder once however often the page changes around it', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const app = document.getElementById('app') as HTMLElement;
    let mounts = 0;
    const stop = watchPlaceholders(document, () => {
      mounts += 1;
      return () => {};
    });
    for (let route = 0; route < 10; route += 1) {
      app.replaceChildren();
      const placeholder = document.createElement('div');
      placeholder.dataset.refundguard = 'order-status';
      app.append(placeholder, document.createElement('p'));
      await flush();
    }
    expect(mounts).toBe(10);
    stop();
  });

  it('stops reacting after it is stopped', async () => {
    const { live, mount } = recorder();
    const stop = watchPlaceholders(document, mount);
    stop();
    const late = document.createElement('div');
    late.dataset.refundguard = 'chat';
    document.body.append(late);
    await flush();
    expect(live.size).toBe(0);
  });
});
