// Patterns run on folded text (lower case, ASCII digits), so English needs no case variants;
// Chinese words list Simplified and Traditional characters side by side ([验驗][证證]).

/** 18-character resident ID: digit first, X allowed last. */
export const ID_NUMBER = /(?<![0-9a-z])[1-9]\d{16}[\dx](?![0-9a-z])/g;

/** Words naming an identity document number. */
export const ID_WORDS = /身[份分][证證]|[证證]件|id card|id no|identity/;

/**
 * 13–19 digits, single spaces or dashes between groups. Unless a card is named just before, only
 * numbers that start like a card scheme (2–6) count, which keeps phone numbers with 86 out.
 */
export const CARD_NUMBER = /(?<![0-9])\d(?:[ -]?\d){12,18}(?![0-9])/g;

/** Words that make a long number an order or parcel number rather than a card. */
export const ORDER_WORDS =
  /[订訂][单單]|[单單][号號]|[运運][单單]|物流|快[递遞]|[编編][号號]|流水|order|tracking|parcel|invoice|ref/g;

/** Words that say the number is a card after all. */
export const CARD_WORDS = /卡|[账賬帳][号號户戶]|card|account|acct/g;

/** 4–8 digits standing alone: the shape of a one-time code. */
export const CODE_DIGITS = /(?<![0-9])\d{4,8}(?![0-9])/g;

/** What a one-time code is called, in the messages that carry it and in requests for it. */
export const CODE_WORDS =
  /(?:[验驗][证證]|校[验驗]|[动動][态態]|短信|簡訊|[认認][证證]|[确確][认認]|安全)[码碼]|(?:[动動][态態]|一次性)密[码碼]|yzm|otp|passcode|verification|code/;

/** "Codes" that are not one-time codes; removed before looking for a code word. */
export const NOT_CODE_WORDS =
  /(zip|postal|post|promo|coupon|discount|voucher|gift|referral|invite|area|country|qr|bar|dress|error|status|swift|sort|branch|product|item|tracking)\s*code|[邮郵][编編]|郵遞區號|[邀优優][请請惠][码碼]/g;

/** Units that make a number an amount, a date or a duration, not a code. */
export const NOT_CODE_AFTER = /^\s*([年月日号號元块塊分秒天岁歲%人件次个個]|小[时時]|am|pm|ml|kg|mb|gb)/;

/** Words that make the digits after them the tail of a card or phone number, not a code. */
export const NOT_CODE_BEFORE =
  /(尾[号號]|末四位|[后後]四位|ending in|ends in|ending with|last 4 digits|last four digits)\s*[:：]?\s*$/;

/** A password stated in Chinese: the value may follow the word directly. */
export const PASSWORD_ZH = /(?:密[码碼]|口令)\s*[是为為:：=]?\s*([!-~]{4,32})/g;

/** A password stated in English; "is" only counts when the value has a digit. */
export const PASSWORD_EN = /(?<![a-z])(?:password|passwd|pwd|pin)\s*(:|=|is|was)\s*(\S{4,32})/g;

/** A chat app named next to a handle or number: the buyer is being moved off the platform. */
export const CONTACT =
  /([微薇威v]信|(?<![a-z])(?:vx|wx|weixin|wechat|qq|whatsapp|telegram|line|tg)|扣扣|[电電][报報]|[飞飛][机機])\s*([号號][码碼]?|[账賬帳][号號]|id)?\s*([是为為:：=@]|is\s)?\s*(\+?\d[\d -]{3,16}\d|@?[a-z][\w.-]{4,29})/g;

/** Names that are ordinary words too, and so only count with a connector ("line:", "飞机号"). */
export const WEAK_CONTACT_NAMES = /^(line|tg|[飞飛][机機])$/;
