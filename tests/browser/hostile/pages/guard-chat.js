// The page's own wiring: guard the links and watch the messages of #chat.
const chat = document.getElementById('chat');
window.RefundGuard.guardLinks(chat);
window.RefundGuard.watchMessages(chat);
