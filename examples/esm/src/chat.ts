// The page's own chat: the buyer's messages, and a made-up fake customer-service script that
// arrives one message at a time when the buyer taps "Simulate the next incoming message".
const incoming = [
  'Hi, this is Example Mall customer service. The courier has lost your kettle.',
  'You will receive triple compensation. Please install a screen sharing app so I can guide you.',
  'Now read me your card number and the verification code we just sent you.',
];

/** Wires the chat form and the simulate button; the guard watches the same elements from main.ts. */
export function startChat(log: HTMLElement, form: HTMLFormElement, input: HTMLInputElement, next: HTMLElement): void {
  const add = (text: string, className: string) => {
    const item = document.createElement('li');
    item.className = className;
    item.textContent = text;
    log.append(item);
  };
  let received = 0;
  next.addEventListener('click', () => {
    const text = incoming[received++];
    if (text) add(text, 'from-seller');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    add(input.value, 'me');
    input.value = '';
  });
}
