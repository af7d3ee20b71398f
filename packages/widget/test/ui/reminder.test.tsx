import { describe, expect, it } from 'vitest';
import { createRefundGuard } from '../../src/index.js';

describe('reminder', () => {
  it('renders the scenario reminder inside the shadow root of the host element', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const guard = createRefundGuard({ locale: 'en' });
    guard.mount(host, { scenario: 'after-sales' });
    const region = host.shadowRoot?.querySelector('section');
    expect(region?.textContent).toContain('Real refunds never happen outside');
    guard.destroy();
    host.remove();
  });
});
