// A web component of the page, with its own link in an open shadow root, then the guard on #chat.
const shadow = document.getElementById('shadow-host').attachShadow({ mode: 'open' });
const link = document.createElement('a');
link.id = 'shadow-link';
link.href = 'https://example-mall.com.refund-desk.cn/shadow';
link.textContent = 'Refund form';
shadow.append(link);
window.RefundGuard.guardLinks(document.getElementById('chat'));
