// The chat's own code would render messages; here the test drives them. RefundGuard watches the list.
window.RefundGuard.watchMessages(document.getElementById('messages'));
