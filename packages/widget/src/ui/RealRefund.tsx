import type { ScenarioContent } from '@refundguard/core';
import type { Translate } from './translate.js';

/** Props of {@link RealRefund}. */
export interface RealRefundProps {
  content: ScenarioContent;
  t: Translate;
}

/** What a real refund looks like (with the platform's own promises), then the platform's official channel. */
export function RealRefund({ content, t }: RealRefundProps) {
  const { platform } = content;
  return (
    <>
      <h3>{t('realRefund.title')}</h3>
      <ul>
        {[...content.realRefund, ...platform.promises].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="rg-key">{platform.contact ?? t('platform.contactGeneric', { platform: platform.name })}</p>
    </>
  );
}
