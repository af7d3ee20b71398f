import { getContent, type HelpLine, type ScenarioContent, type ScenarioId } from '@refundguard/core';

/** Mainland China's anti-fraud line, as FACTS.md lists it. */
export const ANTI_SCAM_LINE: HelpLine = {
  label: 'Anti-scam hotline',
  number: '96110',
  href: 'tel:96110',
  kind: 'anti-scam',
};

/** Content for a scenario with a known help line, whatever the catalog currently returns for lines. */
export function contentWithLine(scenario: ScenarioId = 'after-sales', locale = 'en'): ScenarioContent {
  const content = getContent(locale, scenario, { platform: { name: 'Example Mall' } });
  return { ...content, help: { ...content.help, lines: [ANTI_SCAM_LINE] } };
}
