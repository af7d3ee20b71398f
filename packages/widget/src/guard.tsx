import { signal } from '@preact/signals';
import { getContent, type RefundGuardConfig, type ScenarioId } from '@refundguard/core';
import { render } from 'preact';
import { prepareShadowRoot } from './host/shadow.js';
import { Reminder } from './ui/Reminder.js';

/** Options for {@link RefundGuard.mount}. */
export interface MountOptions {
  scenario: ScenarioId;
}

/** A guard: one configuration, any number of mounted reminders. */
export interface RefundGuard {
  /** Render the scenario's reminder inside `el`'s shadow root. */
  mount(el: HTMLElement, options: MountOptions): void;
  /** Remove everything this guard added to the page. */
  destroy(): void;
}

/**
 * Create a guard for one configuration.
 * @example
 * const guard = createRefundGuard({ locale: 'auto', region: 'CN' });
 * guard.mount(document.querySelector('#rg')!, { scenario: 'after-sales' });
 */
export function createRefundGuard(config: RefundGuardConfig = {}): RefundGuard {
  const locale = signal(config.locale && config.locale !== 'auto' ? config.locale : 'en');
  const mounted = new Set<ShadowRoot>();
  return {
    mount(el, { scenario }) {
      const root = prepareShadowRoot(el, config.nonce);
      mounted.add(root);
      render(<Reminder content={getContent(locale.value, scenario, config)} />, root);
    },
    destroy() {
      for (const root of mounted) render(null, root);
      mounted.clear();
    },
  };
}
