// refundguard.js, for every shop page: reminders, placeholders, <refund-guard>, the queue and track().
// No detector is bundled; the chat-only methods say that refundguard-chat.js provides them.
import { startFromCurrentScript } from './start-script-tag.js';

export type { RefundGuardGlobal } from './start-script-tag.js';

startFromCurrentScript([]);
