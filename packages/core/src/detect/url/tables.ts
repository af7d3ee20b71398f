/**
 * Words that scam sites glue to a brand to sound official (taobao-refund, kefu-jd, secure-alipay), as the
 * alternatives of a regular expression. Pinyin and English, since fake customer-service pages use both.
 */
export const LURE_WORDS =
  'refunds?|tuikuan|tk|kefu|services?|support|help|care|cs|vip|secure|security|safe|verify|login|' +
  'signin|account|pay|payment|claims?|compensation|peifu|peichang|lipei|orders?|member|card|bank|cash|' +
  'gift|bonus|reward|prize|lucky|fanxian|fuli|hongbao|coupon|promo|check|update|notice|info|auth|kf|' +
  'fuwu|guanfang|anquan|zhanghu|huiyuan|shouhou|dingdan|tuihuo|kuaidi|wuliu|zhongxin|jifen|returns?|' +
  'delivery|parcel|express|track|customer|hotline|desk|portal|cashback|rebate|points|my|go|get|new|top|' +
  'best|hot|real|true|wap|h5|official|online|center|centre|app|web|www|shop|store|mall|hk|tw|cn';

/** Link shorteners: the real destination is hidden until the buyer has already clicked. */
export const SHORTENERS: readonly string[] = (
  'bit.ly t.co tinyurl.com goo.gl ow.ly is.gd v.gd buff.ly rebrand.ly cutt.ly shorturl.at rb.gy ' +
  'tiny.cc s.id t.cn url.cn dwz.cn suo.im reurl.cc pse.is lihi.cc lihi1.com ppt.cc'
).split(' ');

/** Links that open a chat app: "add me there" is how the scam leaves the platform. */
export const CHAT_APP_HOSTS: readonly string[] = 'wa.me t.me line.me lin.ee qm.qq.com u.wechat.com'.split(' ');

/** Second-level labels under a country code that are part of the public suffix (taobao.com.cn, bbc.co.uk). */
export const SECOND_LEVEL = /^(com|net|org|gov|edu|co|ac|ne|or|go|gob|mil)$/;

/**
 * Link schemes that open another app or a phone call straight from a chat: one tap and the conversation has
 * left the platform. Scheme (without ":") → the app's name as buyers know it, "Simplified | Traditional | English"
 * where Chinese readers know it by another name; `tel` and `sms` are a number.
 */
export const APP_SCHEMES: Readonly<Record<string, string>> = {
  weixin: '微信|微信|WeChat',
  wechat: '微信|微信|WeChat',
  wxwork: '企业微信|企業微信|WeCom',
  alipays: '支付宝|支付寶|Alipay',
  alipay: '支付宝|支付寶|Alipay',
  mqqwpa: 'QQ',
  mqq: 'QQ',
  mqqapi: 'QQ',
  tg: 'Telegram',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  line: 'LINE',
  viber: 'Viber',
  zalo: 'Zalo',
  kakaotalk: 'KakaoTalk',
  skype: 'Skype',
  zoommtg: 'Zoom',
  tencentmeeting: '腾讯会议|騰訊會議|Tencent Meeting',
  wemeet: '腾讯会议|騰訊會議|Tencent Meeting',
  intent: '其他应用|其他應用程式|another app',
  market: '应用商店|應用程式商店|an app store',
  tel: '',
  sms: '',
  smsto: '',
};
