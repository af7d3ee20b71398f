export { type NormalizedText, normalize } from './normalize.js';
export { scanConversation } from './scan-conversation.js';
export { scanText } from './scan-text.js';
export * from './sensitive/index.js';
export * from './types.js';
export * from './url/index.js';
