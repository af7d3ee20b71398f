import type { ScenarioContent } from '@refundguard/core';
import { Items } from './Items.js';
import type { ReminderTranslate } from './translate.js';

/** Props of {@link RealRefund}. */
export interface RealRefundProps {
  content: ScenarioContent;
  t: ReminderTranslate;
}

/** What a real refund looks like (with the platform's own promises), then the platform's official channel. */
export function RealRefund({ content, t }: RealRefundProps) {
  const { platform } = content;
  return (
    <>
      <h3>{t('realRefund.title')}</h3>
      <Items lines={[...content.realRefund, ...platform.promises]} />
      <p class="rg-key">{platform.contact ?? t('platform.contactGeneric', { platform: platform.name })}</p>
    </>
  );
}
