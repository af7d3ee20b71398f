import type { RefundGuardConfig } from '../config/types.js';
import { parseTag } from '../i18n/tags.js';
import { createReminderTranslator, type ReminderTranslator } from '../i18n/translator.js';
import type { HelpLine, ReminderKey } from './types.js';

/** A region's own line, as its public sources list it. */
export interface RegionHelpLine {
  kind: 'anti-scam' | 'police';
  number: string;
  /** Extra advice shown with the line. */
  note?: ReminderKey;
}

/**
 * Help lines by ISO 3166 region, exactly as shared/seed/FACTS.md lists them.
 * Safety-critical: never add a number here without a checked public source; a
 * region missing from this table shows the merchant's lines and "contact your local police".
 */
export const REGION_HELP_LINES: Readonly<Record<string, readonly RegionHelpLine[]>> = {
  CN: [
    { kind: 'anti-scam', number: '96110', note: 'help.note.CN' },
    { kind: 'police', number: '110' },
  ],
  HK: [
    { kind: 'anti-scam', number: '18222' },
    { kind: 'police', number: '999' },
  ],
  TW: [
    { kind: 'anti-scam', number: '165' },
    { kind: 'police', number: '110' },
  ],
  SG: [
    { kind: 'anti-scam', number: '1799' },
    { kind: 'police', number: '999' },
  ],
};

const REGION_CODE = /^([A-Z]{2}|\d{3})$/;

/**
 * The buyer's region: `config.region` when it is a valid code, else the region
 * subtag of the locale (`zh-Hant-TW` → `TW`, or the `region` of {@link resolveLocale}'s result).
 * Nothing else is guessed, so a buyer is never shown another country's numbers.
 */
export function resolveRegion(
  config: RefundGuardConfig | undefined,
  locale?: string | { region?: string | undefined },
): string | undefined {
  const configured = typeof config?.region === 'string' ? config.region.trim().toUpperCase() : '';
  if (REGION_CODE.test(configured)) return configured;
  const region = typeof locale === 'string' ? parseTag(locale)?.region : locale?.region;
  return region && REGION_CODE.test(region) ? region : undefined;
}

/** Whether RefundGuard knows the region's own anti-scam and police lines. */
export function hasRegionHelpLines(region: string | undefined): boolean {
  return Boolean(region && REGION_HELP_LINES[region.toUpperCase()]);
}

/** `tel:` URI of a number as people write it (`400-800 8888` → `tel:4008008888`). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/**
 * Numbers to call, in order: the region's anti-scam line and police, the
 * platform's official hotline, then the merchant's own lines. Unknown regions
 * get only the configured lines.
 */
export function getHelpLines(
  region: string | undefined,
  locale: string,
  config: RefundGuardConfig = {},
  t: ReminderTranslator = createReminderTranslator(locale, config),
): HelpLine[] {
  const lines: HelpLine[] = [];
  const add = (label: string, number: unknown, kind: HelpLine['kind'], note?: string) => {
    if (typeof number !== 'string' || !/\d/.test(number)) return;
    const line: HelpLine = { label: label.trim() || number, number: number.trim(), href: telHref(number), kind };
    if (note) line.note = note;
    lines.push(line);
  };
  for (const line of REGION_HELP_LINES[region?.toUpperCase() ?? ''] ?? []) {
    add(t(line.kind === 'police' ? 'help.police' : 'help.antiScam'), line.number, line.kind, line.note && t(line.note));
  }
  add(t('help.platform'), config.platform?.hotline, 'platform');
  for (const line of Array.isArray(config.helpLines) ? config.helpLines : []) {
    add(typeof line?.label === 'string' ? line.label : '', line?.number, 'merchant');
  }
  return lines;
}
