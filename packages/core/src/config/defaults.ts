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

/** The defaults {@link validateConfig} fills in. Frozen: copy before changing. */
export const DEFAULT_CONFIG: Readonly<ResolvedConfig> = Object.freeze({
  locale: 'auto',
  fallbackLocale: 'en',
  theme: 'auto',
  platform: Object.freeze({}),
  helpLines: Object.freeze([]) as unknown as ResolvedConfig['helpLines'],
  messages: Object.freeze({}),
  coolingOffSeconds: 5,
  frequency: Object.freeze({ ...DEFAULT_FREQUENCY_LIMITS }),
  largeText: false,
  eventActions: Object.freeze({}),
});

/** A fresh, mutable copy of the defaults. */
export function defaultConfig(): ResolvedConfig {
  return {
    ...DEFAULT_CONFIG,
    platform: {},
    helpLines: [],
    messages: {},
    frequency: { ...DEFAULT_CONFIG.frequency },
    eventActions: {},
  };
}
