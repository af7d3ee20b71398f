import type { SignalCategory } from './types.js';

/** A signal id: its category, optionally with a sub-kind after a dot (`credentials.code`). */
export type SignalId = SignalCategory | `${SignalCategory}.${string}`;

/**
 * The anatomy of the scam, from the four traps (identity, information, benefit, credit) to the harmful
 * step the victim is talked into: signal id → its phrases. Wording that describes the scam, not samples
 * of it.
 *
 * Each value is a `|`-separated list (compact: this table ships inside the widget). Terms are written in
 * Simplified Chinese, English or regional vocabulary and go through the same `normalize` as the scanned
 * text when the matcher is compiled, so Traditional spellings, full-width forms and Chinese numerals
 * match without being listed twice. Latin terms match whole words; a trailing `*` lets a Latin term match
 * as a word prefix (`refund*` also finds "refunded"); a trailing `!` marks a harmful term that is itself a
 * request ("读给我", "which bank"), so it counts as asked wherever it stands.
 *
 * Two ids only mark the start of something to read on (see {@link SHAPED_IDS}).
 */
export const LEXICON: Readonly<Partial<Record<SignalId, string>>> = {
  // Identity trap: who the caller claims to be.
  'impersonation.service':
    "客服|售后|客户服务|工号|customer service|customer care|customer support|refund department|security team|after-sales|calling from|i'm from|agent|billing team|support desk|support team|refunds team|refund team|claims team|helpdesk|help desk|refund executive",
  'impersonation.courier': '快递|物流|顺丰|中通|邮政|郵局|courier|dhl|fedex|ups|usps|royal mail',
  'impersonation.platform': '淘宝|天猫|京东|拼多多|抖音|支付宝|微信支付|虾皮|amazon|ebay|paypal|shopee|lazada|taobao',
  // Benefit trap: the reason given for acting now.
  'pretext.refund': '退款|退钱|退还|tk|refund*|reverse the charge',
  'pretext.compensation': '赔偿|赔付|理赔|补偿|赔款|三倍|双倍|赔三|compensat*|reimburs*|payout|3x|triple',
  'pretext.membership':
    '会员|扣费|续费|开通了|百万|扣款|membership|subscription|auto-renew*|renewal|free trial|charged twice|' +
    'overcharged|will be charged',
  'pretext.mistake':
    '误开|误点|误设|误操作|设成|设定成|勾选成|解除分期|重复扣款|批发商|经销商|操作错误|操作失误|疏失|by mistake|in error|accidentally|wrongly',
  'pretext.crime': '违禁|涉嫌|洗钱|人头账户|非法|犯罪|contraband',
  'pretext.parcel':
    '丢失|破损|损坏|海关|清关|关税|扣留|地址不全|无法领取|lost|damaged|customs|redeliver*|on hold|stuck|undeliver*|missed you',
  'pretext.failure':
    '退款失败|退款异常|订单异常|异常|系统错误|资金安全|退款通道|激活|核验|failed|unable to process|could not be|flagged|reactivate',
  'pretext.account': '账户异常|异常交易|可疑交易|异常登录|交易异常|异常活动|账户存在风险|unusual',
  'pretext.quality': '质量问题|召回|不合格|翻新|假货|recall*|defect*',
  'pretext.credit-limit': '额度|信用分|信誉分|芝麻信用|credit limit|credit score',
  // Credit trap and other pressure.
  'pressure.credit': '征信|信用记录|信用纪录|不良记录|credit report|credit record|collections',
  'pressure.deadline':
    '立即|马上|尽快|今日内|小时内|分钟内|过期|逾期|否则|超时|不然|不要挂断|within 24|within 48|final notice|urgent|immediately|otherwise|or it will',
  'pressure.frozen':
    '冻结|限制|封号|注销|锁定|没收|销毁|放弃|frozen|freeze|suspend*|locked|limited|deactivat*|destroyed|returned to sender',
  // Harmful steps: what the buyer is asked to give or do.
  'credentials.code':
    '验证码|确认码|识别码|yzm|otp|verification code|security code|one-time code|code you receive!|read it out!|read it back!|读给我!|报给我!|念1下!|6位数字|6位数|6 位数字|6 位数|6个数字|短信里的数字|收到的数字|动态码|动态密码|code we sent|code we just sent|code we texted|code we just texted|code you got|code sent to|code you just got|digit code|six digits|6 digits|pin|tac',
  'credentials.card':
    '卡号|银行卡信息|开户行|预留手机号|有效期|安全码|信用卡资料|提款卡|金融卡|card number|card details|expiry date|billing information|bank details|account number|cvv|cvc|which bank!|payment info*|card info|card no|expiration date|card expiry',
  'credentials.identity':
    '身份证|身份信息|身份验证|核实身份|个人信息|出生日期|账户信息|账号信息|提供1些信息!|提供相关信息!|date of birth|full name|your identity|aadhaar|social security number|ssn|passport number|selfie',
  'credentials.screenshot': '截图|拍照传给我!|拍照上传!|screenshot|photo of',
  'credentials.password': '密码|password*|username|bank login|login details|passcode',
  'payment.transfer':
    '转账|过数|转过来|打过来|汇款|转入|转到|转给|打款给|核验账户|安全账户|监管账户|指定账户|对公账户|转数快|商户码|transfer|send money!|zelle|cash app|paynow|payme|safe account|settlement account|refundable payment|转回给|打回给|退回给我|send it back|send back the|pay it back|the difference back|western union|bitcoin|usdt|crypto',
  'payment.banking':
    'atm!|插卡!|网银|网上银行|网路银行|手机银行|网上理财|log in to your bank!|log in to your online!|banking login|your bank page',
  'payment.fee':
    '保证金|税费|processing fee|unlock fee|activation fee|押金|认证金|验证金|保管费|派送费|补缴|罚款|deposit|clearance fee|handling fee|redelivery fee|duty|postage|pay now!|confirm payment!|settle!|retainer|administration fee|admin fee|release fee|registration fee|verification fee|rescheduling charge|redelivery charge|customs fee',
  'payment.gift-card': '游戏点数|点数卡|e卡|卡密|mycard|gift card*|google play|itunes',
  'payment.qr': '二维码|收款码|扫码|扫1扫|qr',
  loan: '借呗|备用金|借款|贷款|借钱|借出|信贷|套现|cash advance|loan*|paylater|pay later|credit line|bnpl',
  'remote-control':
    '屏幕共享|共享屏幕|屏幕分享|萤幕分享|会议号|腾讯会议|远程控制|远端|向日葵|zoom|anydesk|teamviewer|quicksupport|screen shar*|share your screen!|remote access|帮你操作|帮您操作|替你操作|替您操作|远程协助|todesk|rustdesk|airdroid|ultraviewer|accessibility permission|screen mirror*',
  'off-platform.chat':
    '加微信!|加我微信!|加您微信!|微信号|vx|v信|薇信|威信|wx|qq|扣扣|企业微信|加好友!|私下交易!|line:|line客服|whatsapp|wechat|telegram|tg|加赖!|加line!|飞机号|纸飞机|电报|whats app|viber|kakaotalk',
  'off-platform.link':
    '点击链接!|点此!|戳!|链接发给!|发链接!|这个链接|click the link!|click here!|link we sent|sign in through!|go to a website!',
  'off-platform.url':
    'http://|https://|www.|.com|.net|.info|.top|.xyz|.cc|.vip|.site|.online|.shop|.help|.support|.link|' +
    '.club|.live|.app|.me|.co|.cn|.hk|.tw|.sg|.icu|.buzz|.ru|.tk',
  'off-platform.call': '致电|回电|拨打|电洽|联系客服|请联系|回拨|call|speak to|text',
  // Genuine safety wording: a platform that warns against the scam is not running it.
  'safety.never-asks':
    '不会向您|不会要求|不会以|绝不会|从不|不会通过|不会主动|唔会|never ask|will never|will not ask|will not call|' +
    "not ask for|don't need any",
  'safety.do-not-share': "勿泄露|勿告知|勿提供|勿将|勿向|不要告诉|never share|don't share|never give|never read",
  'safety.scam-warning':
    '诈骗|骗子|防骗|反诈|冒充|自称|谨防|冒用|勿理会|不要理会|挂断|如果有人|凡是|假客服|假冒|scam*|posing as|pretending|' +
    "claiming to be|hang up|phishing|don't click|fell for|" +
    'anyone who',
  'safety.helpline': '96110|165|18222|1799|12315|anti-scam|scamshield',
};

/**
 * Ids whose terms are read on from: `phone` counts only when a phone number (7+ digits) follows within a
 * few characters, so "call 021-0000-1234" is a harmful step and "call us in the app" is not; `url` terms
 * are schemes and top-level domains (`https://`, `.top`), extended to the whole link.
 */
export const SHAPED_IDS: Readonly<Record<string, 'phone' | 'url'>> = {
  'off-platform.url': 'url',
  'off-platform.call': 'phone',
};

/**
 * Wording that turns a harmful step into a request of the buyer (a link, or a number to call, asks by
 * itself; so do terms marked `!`), just before it ("请把…", "麻烦您…",
 * "you need to…") or just after it ("…告诉我", "…是多少", "… to me"). A leading `~` marks a longer word
 * that is not a request although a request word starts it (请问: "may I ask", a question about the past). A card number or a transfer merely
 * mentioned ("之前有没有转账？", "公积金可以用于贷款") is not yet the script's harmful step.
 */
export const ASKS =
  '请|~请问|麻烦|唔该|俾我|需要|提供|告诉我|给我|1下|是多少|输入|必须|下载|您把|你把|先把|您转|缴纳|支付|打开|添加|加您|加我|验证|' +
  'please|send|provide|tell me|give me|enter|confirm|verify|you must|need your|click|download|install|reply|pay|share|to me|log in|' +
  '话我知|讲俾我|发给我|发我|read me|forward|fwd|just need';

/**
 * Words that, shortly before a harmful phrase in the same clause, turn it into reassurance
 * ("无需支付任何费用", "we will never ask for your PIN").
 */
export const NEGATORS =
  "不会|不要|勿|无需|无须|不需|不用|不必|绝不|别|唔好|毋须|never|don't|do not|won't|will not|nothing|no";
