export { type NormalizedText, normalize } from './normalize.js';
export { bareDomain, type DetectorOptions, readDetectorOptions } from './options.js';
export {
  type ConversationScanner,
  createConversationScanner,
  createTurnScorer,
  scanConversation,
  type TurnScore,
  type TurnScorer,
  type TurnVerdict,
} from './scan-conversation.js';
export { scanText } from './scan-text.js';
export * from './sensitive/index.js';
export * from './types.js';
export * from './url/index.js';
