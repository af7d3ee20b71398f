// Chat page: RefundGuard watches incoming messages, guards links in them, and checks what the buyer sends.
const log = document.getElementById('chat-log');
const form = document.getElementById('chat-form');
const input = document.getElementById('chat-input');

// A made-up fake customer-service script, one message per click, for trying the widget out.
const lookalike = `http://examp1e-shop.localhost:${location.port}/shop/order-confirmation.html`;
const script = [
  '您好，我是商城售后客服，您买的跑步鞋这批有质量问题，我们给您三倍赔偿。',
  ['理赔请先登记：', lookalike],
  '一会儿您会收到一条验证码短信，把验证码报给我，赔偿马上到账。',
];
let next = 0;

function addMessage(parts, mine = false) {
  const item = document.createElement('li');
  if (mine) item.className = 'me';
  for (const part of [].concat(parts)) {
    if (part.startsWith('http')) {
      const link = document.createElement('a');
      link.href = part;
      link.textContent = part;
      item.append(link);
    } else {
      item.append(part);
    }
  }
  log.append(item);
}

document.getElementById('next-message').addEventListener('click', () => {
  if (next < script.length) addMessage(script[next++]);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!input.value.trim()) return;
  addMessage(input.value, true);
  input.value = '';
});

RefundGuard('watchMessages', log);
RefundGuard('guardLinks', log);
RefundGuard('guardInput', input);
