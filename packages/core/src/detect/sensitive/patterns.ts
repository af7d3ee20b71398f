// Patterns run on folded text (lower case, ASCII digits), so Traditional and Simplified spellings
// are both listed and English needs no case variants.

/** 18-character resident ID: digit first, X allowed last. */
export const ID_NUMBER = /(?<![0-9a-z])[1-9]\d{16}[\dx](?![0-9a-z])/g;

/** 13–19 digits starting like a card scheme (2–6), single spaces or dashes between groups. */
export const CARD_NUMBER = /(?<![0-9])[2-6]\d(?:[ -]?\d){11,17}(?![0-9])/g;

/** Words that make a long number an order or parcel number rather than a card. */
export const ORDER_WORDS =
  /订单|訂單|单号|單號|运单|運單|物流|快递|快遞|编号|編號|流水|order|tracking|parcel|invoice|ref/g;

/** Words that say the number is a card after all. */
export const CARD_WORDS = /卡|账号|賬號|帳號|账户|帳戶|card|account|acct/g;

/** 4–8 digits standing alone: the shape of a one-time code. */
export const CODE_DIGITS = /(?<![0-9])\d{4,8}(?![0-9])/g;

/** What a one-time code is called, in the messages that carry it and in requests for it. */
export const CODE_WORDS =
  /验证码|驗證碼|校验码|校驗碼|动态码|動態碼|动态密码|動態密碼|一次性密码|一次性密碼|短信码|簡訊碼|认证码|認證碼|确认码|確認碼|安全码|安全碼|yzm|otp|passcode|verification|code/;

/** "Codes" that are not one-time codes; removed before looking for a code word. */
export const NOT_CODE_WORDS =
  /(zip|postal|post|promo|coupon|discount|voucher|gift|referral|invite|area|country|qr|bar|dress|error|status|swift|sort|branch|product|item|tracking)\s*code|邮编|郵編|郵遞區號|邀请码|邀請碼|优惠码|優惠碼/g;

/** Units that make a number an amount, a date or a duration, not a code. */
export const NOT_CODE_AFTER =
  /^\s*(年|月|日|号|號|元|块|塊|分|秒|小时|小時|天|岁|歲|%|人|件|次|个|個|am|pm|ml|kg|mb|gb)/;

/** Words that make the digits after them the tail of a card or phone number, not a code. */
export const NOT_CODE_BEFORE =
  /(尾号|尾號|末四位|后四位|後四位|ending in|ends in|ending with|last 4 digits|last four digits)\s*[:：]?\s*$/;

/** A password stated in Chinese: the value may follow the word directly. */
export const PASSWORD_ZH = /(?:密码|密碼|口令)\s*(?:是|为|為|:|：|=)?\s*([!-~]{4,32})/g;

/** A password stated in English; "is" only counts when the value has a digit. */
export const PASSWORD_EN = /(?<![a-z])(?:password|passwd|pwd|pin)\s*(:|=|is|was)\s*(\S{4,32})/g;

/** A chat app named next to a handle or number: the buyer is being moved off the platform. */
export const CONTACT =
  /(微信|薇信|威信|v信|(?<![a-z])(?:vx|wx|weixin|wechat|qq|whatsapp|telegram|line|tg)|扣扣|电报|電報|飞机|飛機)\s*(号码|號碼|号|號|账号|帳號|賬號|id)?\s*(是|为|為|:|：|=|@|is\s)?\s*(\+?\d[\d -]{3,16}\d|@?[a-z][\w.-]{4,29})/g;

/** Names that are ordinary words too, and so only count with a connector ("line:", "飞机号"). */
export const WEAK_CONTACT_NAMES = /^(line|tg|飞机|飛機)$/;
