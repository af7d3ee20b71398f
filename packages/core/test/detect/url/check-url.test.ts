import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../../src/detect/url/index.js';

const officialDomains = ['taobao.com', 'tmall.com', 'jd.com', 'alipay.com', 'pinduoduo.com'];
const check = (url: string, locale?: string) => checkUrl(url, { officialDomains, locale });

describe('checkUrl: the platform itself', () => {
  it.each([
    'https://taobao.com/',
    'https://buyer.taobao.com/refund?id=7',
    'http://TAOBAO.COM./x',
    'https://ｔｍａｌｌ.com/',
    'https://user@jd.com/',
  ])('%s is official and calm', (url) => {
    const result = check(url);
    expect(result).toMatchObject({ verdict: 'official', level: 'none' });
    expect(result.imitates).toBeUndefined();
  });

  it('treats a relative link on the platform page as on-platform', () => {
    expect(checkUrl('/after-sales/42', { officialDomains, base: 'https://h5.m.taobao.com/x' }).verdict).toBe(
      'official',
    );
    expect(checkUrl('../help', { base: 'https://shop.example.org/a/b' })).toMatchObject({
      verdict: 'official',
      host: 'shop.example.org',
    });
  });

  it('still reads an absolute link when the base is broken', () => {
    expect(checkUrl('https://m.taobao.com/x', { officialDomains, base: 'not a base' }).verdict).toBe('official');
    expect(checkUrl('/x', { officialDomains, base: 'not a base' }).verdict).toBe('invalid');
  });

  it('accepts official domains written with a scheme, www or a wildcard', () => {
    for (const domain of ['https://www.taobao.com/', '*.taobao.com', ' Taobao.com ']) {
      expect(checkUrl('https://m.taobao.com/x', { officialDomains: [domain] }).verdict).toBe('official');
    }
  });
});

describe('checkUrl: lookalikes name the site they imitate', () => {
  const cases: [technique: string, url: string, imitates: string, reason: string][] = [
    ['Cyrillic letters (punycode on the wire)', 'https://tаоbао.com/pay', 'taobao.com', 'homoglyph'],
    ['a raw punycode host', 'https://xn--lipay-3ve.com/', 'alipay.com', 'homoglyph'],
    ['Greek omicron', 'https://pinduοduo.com/', 'pinduoduo.com', 'homoglyph'],
    ['digit one for l', 'https://tma11.com/', 'tmall.com', 'homoglyph'],
    ['digit zero for o', 'https://ta0ba0.com/', 'taobao.com', 'homoglyph'],
    ['rn for m', 'https://trnall.net/', 'tmall.com', 'homoglyph'],
    ['accented letters', 'https://tàobáo.com/', 'taobao.com', 'homoglyph'],
    ['a dropped letter', 'https://taoba.cn/', 'taobao.com', 'typo'],
    ['a doubled letter', 'https://alipayy.com/', 'alipay.com', 'typo'],
    ['a swapped pair counts as one edit', 'https://aliapy.com/', 'alipay.com', 'typo'],
    ['a replaced letter', 'https://taobeo.com/', 'taobao.com', 'typo'],
    ['two edits on a long name', 'https://pindouduoo.com/', 'pinduoduo.com', 'typo'],
    ['a hyphen inside the name', 'https://ali-pay.com/', 'alipay.com', 'typo'],
    ['brand with a lure word', 'https://taobao-claims.com/', 'taobao.com', 'brand-keyword'],
    ['lure word with brand', 'https://kefualipay.net/', 'alipay.com', 'brand-keyword'],
    ['brand with numbers', 'https://jd-888.cn/', 'jd.com', 'brand-keyword'],
    ['lure words glued to a short brand', 'https://jdrefund.top/', 'jd.com', 'brand-keyword'],
    ['misspelt brand with a lure word', 'https://taobo-kefu.cn/', 'taobao.com', 'brand-keyword'],
    ['another top-level domain', 'https://tmall.shop/', 'tmall.com', 'tld-swap'],
    ['a country suffix', 'https://jd.com.hk/', 'jd.com', 'tld-swap'],
    ['official domain as a subdomain', 'https://jd.com.order-check.xyz/', 'jd.com', 'subdomain-trick'],
    ['brand as a subdomain label', 'https://alipay.secure-pay.cn/', 'alipay.com', 'subdomain-trick'],
    ['official domain in the userinfo', 'https://taobao.com@claims.example/', 'taobao.com', 'userinfo-trick'],
    ['brand and password in the userinfo', 'https://tmall:refund@203.0.113.9/', 'tmall.com', 'userinfo-trick'],
  ];
  it.each(cases)('%s: %s', (_technique, url, imitates, reason) => {
    const result = check(url);
    expect(result).toMatchObject({ verdict: 'lookalike', level: 'high', imitates });
    expect(result.reasons.map((r) => r.id)).toContain(reason);
    expect(result.reasons.every((r) => r.explanation.length > 0)).toBe(true);
  });

  it('also guards the distinctive name in front of an official domain', () => {
    const options = { officialDomains: ['weixin.qq.com'] };
    expect(checkUrl('https://weixin-pay.help/', options)).toMatchObject({
      verdict: 'lookalike',
      imitates: 'weixin.qq.com',
    });
    expect(checkUrl('https://weixim.com/', options)).toMatchObject({ verdict: 'lookalike', imitates: 'weixin.qq.com' });
    expect(checkUrl('https://mail.qq.com/', options).verdict).toBe('off-platform');
  });

  it('does no fuzzy matching on short names', () => {
    for (const url of ['https://jf.com/', 'https://dj.com/', 'https://lg.com/', 'https://id.com/']) {
      expect(check(url).verdict).toBe('off-platform');
    }
  });

  it('leaves real sites that merely resemble a brand alone', () => {
    for (const url of [
      'https://amazonaws.com/',
      'https://jdpower.com/',
      'https://alibaba.com/',
      'https://tao.example/',
      'https://hktvmall.com/',
      'https://shopify.com/',
      'https://jd.example.org/',
    ]) {
      expect(check(url).verdict, url).toBe('off-platform');
    }
  });
});

describe('checkUrl: other sites', () => {
  it('calls an unrelated site off-platform, low', () => {
    expect(check('https://example.org/refund')).toMatchObject({
      verdict: 'off-platform',
      level: 'low',
      host: 'example.org',
    });
  });

  it.each([
    ['http://198.51.100.7/refund', 'ip-host'],
    ['http://0xC0A80001/x', 'ip-host'],
    ['http://[2001:db8::1]/x', 'ip-host'],
    ['https://bit.ly/3abc', 'shortener'],
    ['https://t.cn/A6x', 'shortener'],
    ['https://wa.me/6591234567', 'chat-app'],
    ['https://someone@example.org/', 'userinfo-trick'],
  ])('%s is a medium caution (%s)', (url, reason) => {
    const result = check(url);
    expect(result).toMatchObject({ verdict: 'off-platform', level: 'medium' });
    expect(result.reasons.map((r) => r.id)).toContain(reason);
  });

  it('reads a bare host pasted in a message', () => {
    expect(check('taobao-refund.shop/a').verdict).toBe('lookalike');
    expect(check('www.example.org').verdict).toBe('off-platform');
  });

  it('never throws and calls garbage invalid', () => {
    for (const junk of ['', '   ', 'not a link', 'http://', '::::', 'mailto:help@example.org']) {
      expect(check(junk)).toMatchObject({ verdict: 'invalid', host: null });
    }
    expect(checkUrl(undefined as unknown as string)).toMatchObject({ verdict: 'invalid' });
    expect(check('javascript:alert(1)')).toMatchObject({ verdict: 'invalid', level: 'medium' });
    expect(checkUrl('https://taobao.com/', null as unknown as undefined).verdict).toBe('off-platform');
  });

  it('takes official domains as a comma-separated string too', () => {
    const options = { officialDomains: 'taobao.com, tmall.com' as unknown as string[] };
    expect(checkUrl('https://m.tmall.com/', options).verdict).toBe('official');
    expect(checkUrl('https://tmall-kefu.com/', options).verdict).toBe('lookalike');
  });
});

describe('checkUrl: explanations follow the locale', () => {
  const url = 'https://taobao.shop/';
  it.each([
    ['zh-CN', '后缀'],
    ['zh-Hans-SG', '后缀'],
    ['zh', '后缀'],
    ['zh-TW', '後綴'],
    ['zh-HK', '後綴'],
    ['zh-Hant', '後綴'],
    ['en-GB', 'different ending'],
    [undefined, 'different ending'],
  ])('%s', (locale, words) => {
    const explanation = check(url, locale).reasons[0]?.explanation;
    expect(explanation).toContain(words);
    expect(explanation).toContain('taobao.com');
  });
});

describe('checkUrl: properties', () => {
  const levels = ['none', 'low', 'medium', 'high'];
  it('never throws and always answers with a known level and verdict', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        fc.string(),
        (url, base) => {
          const result = checkUrl(url, { officialDomains, base: base || undefined });
          expect(levels).toContain(result.level);
          expect(['official', 'off-platform', 'lookalike', 'invalid']).toContain(result.verdict);
          expect(result.verdict === 'lookalike').toBe(result.level === 'high' && typeof result.imitates === 'string');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('checkUrl: links that open an app or a call leave the platform in one tap', () => {
  it.each([
    ['weixin://dl/chat?kefu', 'WeChat', '微信'],
    ['alipays://platformapi/startapp?appId=1', 'Alipay', '支付宝'],
    ['mqqwpa://im/chat?chat_type=wpa&uin=12345', 'QQ', 'QQ'],
    ['tg://resolve?domain=refund_desk', 'Telegram', 'Telegram'],
    ['whatsapp://send?phone=6591234567', 'WhatsApp', 'WhatsApp'],
    ['line://ti/p/@refund', 'LINE', 'LINE'],
    ['intent://scan/#Intent;scheme=zxing;end', 'another app', '其他应用'],
  ])('%s', (url, english, chinese) => {
    expect(checkUrl(url)).toMatchObject({ level: 'medium', verdict: 'off-platform', host: null });
    expect(checkUrl(url).reasons[0]?.explanation).toBe(`opens ${english}, outside the platform`);
    expect(checkUrl(url, { locale: 'zh-CN' }).reasons[0]?.explanation).toBe(`会打开平台外的${chinese}`);
  });

  it.each(['tel:+8613800000000', 'sms:10086', 'SMS:+65 9123 4567'])('%s', (url) => {
    expect(checkUrl(url)).toMatchObject({ level: 'medium', verdict: 'off-platform', reasons: [{ id: 'phone-link' }] });
  });

  it('still calls a web address on the platform official, and mailto invalid', () => {
    expect(checkUrl('https://m.taobao.com/x', { officialDomains: ['taobao.com'] }).verdict).toBe('official');
    expect(checkUrl('mailto:shop@example.com').verdict).toBe('invalid');
  });
});
