export type {
  FrequencyConfig,
  HelpLineConfig,
  PlatformConfig,
  RefundGuardConfig,
  ThemeConfig,
  ThemeMode,
} from './types.js';
