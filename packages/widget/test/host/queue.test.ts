import { describe, expect, it } from 'vitest';
import { drainQueue, mergeConfig } from '../../src/host/queue.js';

function stubWith(...calls: unknown[][]) {
  const stub = Object.assign(() => {}, { q: [] as unknown[] });
  for (const call of calls) stub.q.push(call);
  return stub;
}

describe('the queue snippet', () => {
  it('merges every init in order and keeps the other calls in order', () => {
    const stub = stubWith(
      ['init', { locale: 'zh-CN', platform: { name: 'Shop' } }],
      ['track', 'refund_requested'],
      ['init', { platform: { hotline: '123' } }],
      ['show', 'chat'],
    );
    const { config, calls } = drainQueue(stub);
    expect(config).toEqual({ locale: 'zh-CN', platform: { name: 'Shop', hotline: '123' } });
    expect(calls).toEqual([
      ['track', 'refund_requested'],
      ['show', 'chat'],
    ]);
  });

  it('reads the arguments objects the snippet really pushes', () => {
    const stub = Object.assign(
      function (this: unknown, ..._args: unknown[]) {
        stub.q = stub.q || [];
        // biome-ignore lint/complexity/noArguments: this is exactly what the documented snippet stores.
        stub.q.push(arguments);
      },
      { q: undefined as unknown as IArguments[] | undefined },
    );
    stub('init', { region: 'HK' });
    stub('track', 'parcel_issue');
    expect(drainQueue(stub)).toEqual({ config: { region: 'HK' }, calls: [['track', 'parcel_issue']] });
  });

  it('treats a missing or foreign global as an empty queue', () => {
    expect(drainQueue(undefined)).toEqual({ config: {}, calls: [] });
    expect(drainQueue({ q: 'nope' })).toEqual({ config: {}, calls: [] });
  });

  it('keeps entries that are not argument lists as calls of their own, so the calls after them survive', () => {
    const odd = Symbol('odd');
    const stub = stubWith(['track', 'order_placed']);
    stub.q.push(odd, null);
    stub.q.push(['show', 'after-sales']);
    expect(drainQueue(stub).calls).toEqual([['track', 'order_placed'], [], [null], ['show', 'after-sales']]);
  });

  it('lets the later config win and ignores a non-object', () => {
    expect(mergeConfig({ locale: 'en', region: 'SG' }, { locale: 'zh-Hant' })).toEqual({
      locale: 'zh-Hant',
      region: 'SG',
    });
    expect(mergeConfig({ locale: 'en' }, null as never)).toEqual({ locale: 'en' });
  });
});
