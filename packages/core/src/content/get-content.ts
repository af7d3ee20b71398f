import type { RefundGuardConfig } from '../config/types.js';
import { availableLocales, type ResolvedLocale, resolveLocale } from '../i18n/negotiate.js';
import { createReminderTranslator } from '../i18n/translator.js';
import { getHelpLines, hasRegionHelpLines, resolveRegion } from './help-lines.js';
import { contentRevision } from './revision.js';
import { type ScenarioContent, type ScenarioId, TOPICS, type TopicContent, type TopicId, TRAPS } from './types.js';

const RULES = ['rule.verify', 'rule.secrets', 'rule.links', 'rule.onPlatform'] as const;
const REAL_REFUND = ['realRefund.inApp', 'realRefund.original', 'realRefund.noFee', 'realRefund.noCode'] as const;
const AFTER_LOSS = ['afterLoss.bank', 'afterLoss.record', 'afterLoss.keep', 'afterLoss.police'] as const;
const SLOGAN = ['slogan.believe', 'slogan.click', 'slogan.give'] as const;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];

/**
 * Everything the widget shows for one scenario, in one locale, for one configuration.
 *
 * `locale` is a BCP 47 tag (`zh-HK`, `en-SG`, `'auto'`…) or the result of
 * {@link resolveLocale}; its region subtag picks the help lines unless
 * `config.region` is set. Platform facts come from `config.platform` and read
 * naturally when absent ("this platform"). `revision` changes whenever any of the text does.
 */
export function getContent(
  locale: string | ResolvedLocale,
  scenario: ScenarioId,
  config: RefundGuardConfig = {},
): ScenarioContent {
  const requested = typeof locale === 'string' ? locale : locale?.locale;
  const resolved = resolveLocale({
    requested,
    fallbackLocale: config.fallbackLocale,
    available: availableLocales(config),
  });
  const t = createReminderTranslator(resolved.locale, config);
  const region = resolveRegion(config, locale);
  const platform = config.platform ?? {};
  const contactPath = typeof platform.contactPath === 'string' ? platform.contactPath.trim() : '';

  const help: ScenarioContent['help'] = {
    title: t('help.title'),
    lines: getHelpLines(region, resolved.locale, config, t),
  };
  if (region) help.region = region;
  if (!hasRegionHelpLines(region)) help.fallback = t('help.fallback');

  const content: Omit<ScenarioContent, 'revision'> = {
    locale: resolved.locale,
    dir: resolved.dir,
    scenario,
    title: t(`scenario.${scenario}.title`),
    short: t(`scenario.${scenario}.short`),
    long: [t(`scenario.${scenario}.long`), t('key.detail')],
    keyMessage: t('key.message'),
    slogan: { title: t('slogan.title'), parts: SLOGAN.map((key) => t(key)) },
    traps: TRAPS.map((id) => ({
      id,
      title: t(`trap.${id}.title`),
      body: t(`trap.${id}.body`),
      example: t(`trap.${id}.example`),
    })),
    rules: RULES.map((key) => t(key)),
    realRefundTitle: t('realRefund.title'),
    realRefund: REAL_REFUND.map((key) => t(key)),
    orderDataFact: t('fact.orderData'),
    afterLoss: { title: t('afterLoss.title'), steps: AFTER_LOSS.map((key) => t(key)) },
    topics: Object.fromEntries(
      TOPICS.map((id): [TopicId, TopicContent] => [
        id,
        { id, title: t(`topic.${id}.title`), body: t(`topic.${id}.body`) },
      ]),
    ) as Record<TopicId, TopicContent>,
    platform: {
      name: (typeof platform.name === 'string' && platform.name.trim()) || t('platform.fallbackName'),
      contact: contactPath ? t('platform.contact', { contactPath }) : t('platform.contactGeneric'),
      promisesTitle: t('platform.promisesTitle'),
      promises: strings(platform.promises),
      officialDomains: strings(platform.officialDomains),
    },
    help,
  };
  return { ...content, revision: contentRevision(content) };
}
