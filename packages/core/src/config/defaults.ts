import { DEFAULT_FREQUENCY_LIMITS } from '../policy/frequency.js';
import type { FrequencyConfig, RefundGuardConfig, ThemeConfig, ThemeMode } from './types.js';

/** A configuration after {@link validateConfig}: every option with a default has its value. */
export interface ResolvedConfig extends RefundGuardConfig {
  locale: string;
  fallbackLocale: string;
  theme: ThemeMode | ThemeConfig;
  platform: NonNullable<RefundGuardConfig['platform']>;
  helpLines: NonNullable<RefundGuardConfig['helpLines']>;
  messages: Record<string, Record<string, string>>;
  coolingOffSeconds: number;
  frequency: Required<FrequencyConfig>;
  largeText: boolean;
  eventActions: NonNullable<RefundGuardConfig['eventActions']>;
}

/** A fresh, mutable copy of the defaults. */
export function defaultConfig(): ResolvedConfig {
  return {
    locale: 'auto',
    fallbackLocale: 'en',
    theme: 'auto',
    platform: {},
    helpLines: [],
    messages: {},
    coolingOffSeconds: 5,
    frequency: { ...DEFAULT_FREQUENCY_LIMITS },
    largeText: false,
    eventActions: {},
  };
}

const frozen = (config: ResolvedConfig): Readonly<ResolvedConfig> => {
  for (const value of Object.values(config)) Object.freeze(value);
  return Object.freeze(config);
};

// Built from defaultConfig so the two cannot drift, and pure so a bundle that only validates leaves it out.
/** The defaults {@link validateConfig} fills in. Frozen: copy before changing. */
export const DEFAULT_CONFIG: Readonly<ResolvedConfig> = /* @__PURE__ */ frozen(defaultConfig());
