import type { RefundGuardConfig } from '../config/types.js';
import { en } from './catalogs/en.js';
import type { MessageKey, ScenarioContent, ScenarioId, TopicId, TrapId } from './types.js';

const TRAPS: TrapId[] = ['identity', 'information', 'benefit', 'credit'];
const TOPICS: TopicId[] = ['refund', 'membership', 'lost-parcel', 'compensation', 'credit-limit'];

/**
 * The text for one scenario in one locale, with the platform's facts filled in.
 */
export function getContent(locale: string, scenario: ScenarioId, config: RefundGuardConfig = {}): ScenarioContent {
  const platform = config.platform?.name ?? en['platform.fallbackName'];
  const t = (key: MessageKey) => en[key].replaceAll('{platform}', platform);
  return {
    locale,
    dir: 'ltr',
    scenario,
    revision: '0',
    title: t(`scenario.${scenario}.title`),
    short: t(`scenario.${scenario}.short`),
    long: [t(`scenario.${scenario}.long`)],
    keyMessage: t('key.message'),
    slogan: { title: t('slogan.title'), parts: [t('slogan.believe'), t('slogan.click'), t('slogan.give')] },
    traps: TRAPS.map((id) => ({
      id,
      title: t(`trap.${id}.title`),
      body: t(`trap.${id}.body`),
      example: t(`trap.${id}.example`),
    })),
    rules: [t('rule.verify'), t('rule.secrets'), t('rule.links'), t('rule.onPlatform')],
    realRefund: [t('realRefund.inApp'), t('realRefund.original'), t('realRefund.noFee'), t('realRefund.noCode')],
    orderDataFact: t('fact.orderData'),
    afterLoss: {
      title: t('afterLoss.title'),
      steps: [t('afterLoss.bank'), t('afterLoss.record'), t('afterLoss.keep'), t('afterLoss.police')],
    },
    topics: Object.fromEntries(
      TOPICS.map((id) => [id, { id, title: t(`topic.${id}.title`), body: t(`topic.${id}.body`) }]),
    ) as ScenarioContent['topics'],
    platform: { name: platform, promises: config.platform?.promises ?? [] },
    help: { title: t('help.title'), lines: [], fallback: t('help.fallback') },
  };
}
