import type { RefundGuardConfig, ScenarioId } from '@refundguard/core';
import { createRefundGuard } from '../guard.js';

const script = document.currentScript as HTMLScriptElement | null;

function configFromAttributes(el: HTMLElement | null): RefundGuardConfig {
  const data = el?.dataset ?? {};
  const config: RefundGuardConfig = {};
  if (data.locale) config.locale = data.locale;
  if (data.region) config.region = data.region;
  if (data.platformName) config.platform = { name: data.platformName };
  return config;
}

const guard = createRefundGuard(configFromAttributes(script));
for (const el of document.querySelectorAll<HTMLElement>('[data-refundguard]')) {
  guard.mount(el, { scenario: el.dataset.refundguard as ScenarioId });
}
