// Patterns run on the shared normalized text (lower case, ASCII digits, Chinese numerals as digits, invisible
// characters gone, digits spelled apart joined, full-width punctuation narrow), so English needs no case variants.
// Chinese words are spelled as that text spells them: a Traditional character the normalizer folds (it folds the
// lexicon's characters, 驗→验) only in Simplified, a test keeping the two in step; any other side by side ([运運]).

/** 18-character resident ID: digit first, X allowed last. */
export const ID_NUMBER = /(?<![0-9a-z])[1-9]\d{16}[\dx](?![0-9a-z])/g;

/** Words naming an identity document number. */
export const ID_WORDS = /身[份分]证|证件|id card|id no|identity/;

/**
 * 13–19 digits, one space, dash or dot at most between any two. Unless a card is named just before, only
 * numbers that start like a card scheme (2–6) count, which keeps phone numbers with 86 out. No digit may
 * stand right before or after, not even across one separator, so a longer number is never cut into a card.
 */
export const CARD_NUMBER = /(?<![0-9][ .-]?)\d(?:[ .-]?\d){12,18}(?![ .-]?[0-9])/g;

/** Words that make a long number an order or parcel number rather than a card. */
export const ORDER_WORDS = /订单|单号|[运運]单|物流|快递|[编編]号|流水|order|tracking|parcel|invoice|ref/g;

/** Words that say the number is a card after all. */
export const CARD_WORDS = /卡|账[号户]|card|account|acct/g;

/** 4–8 digits, one space, dash or dot at most between two: the shape of a one-time code, read out or typed. */
export const CODE_DIGITS = /(?<![0-9][ .-]?)\d(?:[ .-]?\d){3,7}(?![ .-]?[0-9])/g;

/** Code-shaped numbers that are a date (2024-05-06, 2024.5.6) or an amount (12.50). */
export const NOT_CODE_SHAPES = /^(?:(?:19|20)\d\d[ .-]\d\d?[ .-]\d\d?|\d+\.\d\d?)$/;

/** What a one-time code is called, in the messages that carry it and in requests for it. */
export const CODE_WORDS =
  /(?:验证|校验|动[态態]|短信|簡訊|认证|确认|安全)码|(?:动[态態]|1次性)密码|yzm|otp|passcode|verification|code|digits/;

/** "Codes" that are not one-time codes; removed before looking for a code word. */
export const NOT_CODE_WORDS =
  /(zip|postal|post|promo|coupon|discount|voucher|gift|referral|invite|area|country|qr|bar|dress|error|status|swift|sort|branch|product|item|tracking)\s*code|邮[编編]|郵遞區號|[邀优優][请惠]码/g;

/** Units that make a number an amount, a date or a duration, not a code. */
export const NOT_CODE_AFTER = /^\s*([年月日号元块塊分秒天岁歲%人件次个]|小时|am|pm|ml|kg|mb|gb)/;

/**
 * Words that make the digits after them the tail of a card, or a phone number such as the platform's own
 * hotline, not a code.
 */
export const NOT_CODE_BEFORE =
  /(尾号|末4位|后4位|ending in|ends in|ending with|last 4 digits|last four digits|热线|熱線|电话|电話|致电|拨打|撥打|hotline|call|phone|tel)[^0-9]{0,6}$/;

/** A password stated in Chinese: the value may follow the word directly. */
export const PASSWORD_ZH = /(?:密码|口令)\s*[是为為:=]?\s*([!-~]{4,32})/g;

/** A password stated in English; "is" only counts when the value has a digit. */
export const PASSWORD_EN = /(?<![a-z])(?:password|passwd|pwd|pin)\s*(:|=|is|was)\s*(\S{4,32})/g;

/**
 * A chat app named next to a handle or number: the buyer is being moved off the platform. Names come
 * spelled and split every way scripts write them (v信, 薇, vx, 扣扣, 企鹅, w/a and t g once joined).
 */
export const CONTACT =
  /([微薇威v]信|[薇威]|(?<![a-z])(?:vx|wx|weixin|wechat|qq|whatsapp|whats app|wa|telegram|tg|line|zalo|kakao(?:talk)?|signal|v)(?![a-z])|扣扣|企鹅|电报|[飞飛]机|[賴赖])\s*(号码?|账号|id)?\s*([是为為:=@]|is\s)?\s*(\+?\d[\d -]{3,16}\d|@?[a-z][\w.-]{4,29})/g;

/** Names that are ordinary words too, and so only count with a connector ("line:", "飞机号"). */
export const WEAK_CONTACT_NAMES = /^(line|tg|wa|v|signal|[薇威]|[飞飛]机|[賴赖])$/;
