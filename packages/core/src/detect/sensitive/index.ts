export type { SensitiveKind } from './explanations.js';
export { findSensitiveData, type SensitiveMatch, type SensitiveOptions } from './find-sensitive-data.js';
