import type { GuardKey, MessageKey, ReminderKey } from './catalogs/en.js';

export type { GuardKey, MessageKey, ReminderKey };

/** The pages RefundGuard speaks on. */
export type ScenarioId = 'order-confirmation' | 'order-status' | 'after-sales' | 'chat';

/** Every scenario, in the order a purchase goes through them. */
export const SCENARIOS: readonly ScenarioId[] = ['order-confirmation', 'order-status', 'after-sales', 'chat'];

/** The four traps of a fake customer-service script. */
export type TrapId = 'identity' | 'information' | 'benefit' | 'credit';

/** Every trap, in the order a script springs them. */
export const TRAPS: readonly TrapId[] = ['identity', 'information', 'benefit', 'credit'];

/** Pretexts with a warning of their own, chosen by the host's events (`parcel_issue` → `lost-parcel`). */
export type TopicId = 'refund' | 'membership' | 'lost-parcel' | 'compensation' | 'credit-limit';

/** Every topic. */
export const TOPICS: readonly TopicId[] = ['refund', 'membership', 'lost-parcel', 'compensation', 'credit-limit'];

/** A complete catalog: every key, one string each. A missing key fails the type check. */
export type Catalog = Record<MessageKey, string>;

/** The part of a catalog reminders use: what every shop page's script carries. */
export type ReminderCatalog = Record<ReminderKey, string>;

/** The part of a catalog only the chat guards use (caution, risk dialog). */
export type GuardCatalog = Record<GuardKey, string>;

/** Text direction of a locale. */
export type TextDirection = 'ltr' | 'rtl';

/** One number the buyer can call. */
export interface HelpLine {
  /** Localized label, e.g. "Anti-fraud hotline". */
  label: string;
  /** The number as dialled, e.g. `96110`. */
  number: string;
  /** `tel:` URI for tap-to-call. */
  href: string;
  /** Where the line comes from. */
  kind: 'anti-scam' | 'police' | 'platform' | 'merchant';
  /** Advice that goes with the line, e.g. "If 96110 calls you, answer". */
  note?: string;
}

/** One of the four traps, explained. */
export interface TrapContent {
  id: TrapId;
  title: string;
  body: string;
  /** What the caller typically says, as a short quote. */
  example: string;
}

/** A warning for one pretext. */
export interface TopicContent {
  id: TopicId;
  title: string;
  body: string;
}

/** Everything the widget needs to show one scenario, in one locale, for one configuration. */
export interface ScenarioContent {
  /** The catalog locale actually used (`zh-Hans`, `zh-Hant`, `en`, or a merchant-added one). */
  locale: string;
  dir: TextDirection;
  scenario: ScenarioId;
  /** Short hash of every string below; changes whenever the wording does. */
  revision: string;
  /** Banner form. */
  title: string;
  short: string;
  /** "Learn more" form, one paragraph per entry. */
  long: string[];
  /** "Real refunds never happen outside {platform}." */
  keyMessage: string;
  slogan: { title: string; parts: string[] };
  traps: TrapContent[];
  rules: string[];
  /** Heading for {@link ScenarioContent.realRefund}. */
  realRefundTitle: string;
  /** What a real refund looks like. */
  realRefund: string[];
  /** Why knowing the order proves nothing. */
  orderDataFact: string;
  afterLoss: { title: string; steps: string[] };
  topics: Record<TopicId, TopicContent>;
  platform: {
    /** The configured name, or "this platform" in the locale's words. */
    name: string;
    /** How to reach the platform yourself: the configured contact path, or a generic "from inside the app". */
    contact?: string;
    /** Heading for {@link ScenarioContent.platform.promises}. */
    promisesTitle: string;
    /** Statements the platform vouches for, as configured (shown as given, in the merchant's words). */
    promises: string[];
    /** Domains the platform owns, as configured. */
    officialDomains: string[];
  };
  help: {
    /** The region whose lines are shown (config, else the locale's subtag), if any. */
    region?: string;
    title: string;
    lines: HelpLine[];
    /** Shown when no line is known for the region: "contact your local police". */
    fallback?: string;
  };
}
