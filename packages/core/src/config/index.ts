export { DEFAULT_CONFIG, type ResolvedConfig } from './defaults.js';
export { themeTokenProblem } from './theme-token.js';
export type {
  FrequencyConfig,
  HelpLineConfig,
  PlatformConfig,
  RefundGuardConfig,
  ThemeConfig,
  ThemeMode,
} from './types.js';
export { type ConfigProblem, validateConfig, validateConfigWith } from './validate.js';
