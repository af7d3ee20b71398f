export type { SensitiveKind } from './explanations.js';
export {
  findSensitiveData,
  findSensitiveIn,
  type SensitiveMatch,
  type SensitiveOptions,
} from './find-sensitive-data.js';
