import { createTurnScorer, scanText } from '@refundguard/core';
import { afterEach, describe, expect, it } from 'vitest';
import { watchMessages } from '../../src/host/message-watcher.js';
import { fakeRiskHost } from './fake-risk-host.js';

const SCAM = '您好，我是淘宝售后客服，您的订单可以退款，请把手机收到的验证码报给我。';
const FRIENDLY = '好的，谢谢，我等快递。';
/** Lets the watcher's batched work (one frame) run. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 40));

let stop = () => {};
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

/** A watched chat whose detector calls are counted, with the text each call was given. */
function watch(html = '') {
  document.body.innerHTML = `<ul id="chat">${html}</ul>`;
  const chat = document.querySelector('#chat') as HTMLElement;
  const fake = fakeRiskHost();
  const scanned: string[] = [];
  stop = watchMessages(chat, {
    ...fake.host,
    scanText: (text) => {
      scanned.push(text);
      return scanText(text);
    },
    startConversation: () => createTurnScorer(),
  });
  const add = (text: string) => {
    const item = document.createElement('li');
    item.textContent = text;
    chat.append(item);
    return item;
  };
  return { chat, fake, scanned, add };
}

describe('watchMessages', () => {
  it('cautions a scam already on the page and one added later, once each', async () => {
    const { fake, add } = watch(`<li>${SCAM}</li>`);
    expect(fake.cautions).toHaveLength(1);
    add(FRIENDLY);
    add(SCAM);
    await nextFrame();
    expect(fake.cautions).toHaveLength(2);
    expect(fake.dialogs).toHaveLength(1);
  });

  it('reads a message added empty once it is filled in', async () => {
    const { fake, add } = watch();
    const item = add('');
    await nextFrame();
    expect(fake.cautions).toHaveLength(0);
    item.textContent = SCAM;
    await nextFrame();
    expect(fake.cautions.map((caution) => caution.anchor)).toEqual([item]);
  });

  it('rereads a message whose text changes, through a text node or a child element', async () => {
    const { fake, add } = watch();
    const item = add(FRIENDLY);
    await nextFrame();
    expect(fake.cautions).toHaveLength(0);
    (item.firstChild as Text).data = SCAM;
    await nextFrame();
    expect(fake.cautions).toHaveLength(1);
    const span = document.createElement('span');
    span.textContent = FRIENDLY;
    item.replaceChildren(span);
    await nextFrame();
    // The old caution goes with the old text.
    expect(fake.cautions[0]?.removed).toBe(true);
  });

  it('reads each message once, never the earlier ones again, however long the chat', async () => {
    const { scanned, add } = watch();
    for (let i = 0; i < 50; i++) add(`${FRIENDLY} ${i}`);
    await nextFrame();
    add(SCAM);
    await nextFrame();
    expect(scanned).toHaveLength(51);
    expect(new Set(scanned).size).toBe(51);
  });

  it('batches changes made in one frame into one read per message', async () => {
    const { scanned, add } = watch();
    const item = add('a');
    for (const text of ['b', 'c', FRIENDLY]) item.textContent = text;
    await nextFrame();
    expect(scanned).toEqual([FRIENDLY]);
  });

  it('stops reading when stopped, and takes its cautions away', async () => {
    const { fake, scanned, add } = watch(`<li>${SCAM}</li>`);
    stop();
    add(SCAM);
    await nextFrame();
    expect(scanned).toHaveLength(1);
    expect(fake.cautions.every((caution) => caution.removed)).toBe(true);
  });
});
