// refundguard-chat.js, for chat pages: everything refundguard.js does plus the chat, link and
// input guards and the detectors. Loaded after refundguard.js, it takes that guard's place.
import { chatGuards } from '../chat/chat-guards.js';
import { startFromCurrentScript } from './start-script-tag.js';

export type { RefundGuardGlobal } from './start-script-tag.js';

startFromCurrentScript([chatGuards()]);
