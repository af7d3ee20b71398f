/** Locales the explanations are written in. */
export type ExplanationLocale = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * A short phrase for the buyer, in plain words, per signal id or, when one phrase serves a whole
 * category, per category. Order inside each entry: Simplified Chinese | Traditional Chinese | English.
 */
export const EXPLANATIONS: Readonly<Record<string, string>> = {
  impersonation: '自称客服或平台|自稱客服或平台|claims to be staff',
  pretext: '拿退款或赔偿当理由|拿退款或賠償當理由|uses a refund as bait',
  pressure: '催你快办|催你快辦|rushes you',
  'pressure.credit': '拿征信威胁你|拿信用紀錄威脅你|threatens your credit',
  credentials: '索要个人信息|索取個人資料|asks for personal details',
  'credentials.code': '索要验证码|索取驗證碼|asks for a verification code',
  'credentials.card': '索要银行卡号|索取卡號|asks for card details',
  'credentials.password': '索要密码|索取密碼|asks for a password',
  payment: '要你付钱或转账|要你付錢或轉帳|asks you to pay or transfer',
  'payment.gift-card': '要你买礼品卡|要你買禮品卡|asks for gift cards',
  loan: '要你借钱|要你借錢|asks you to borrow',
  'remote-control': '要你共享屏幕|要你分享螢幕|asks to see your screen',
  'off-platform': '引你离开平台|引你離開平台|takes you off the platform',
  'off-platform.call': '要你打陌生号码|要你打陌生號碼|asks you to call a number',
  safety: '含防骗提醒|含防詐提醒|has a safety warning',
  'model.script':
    '读起来像假冒客服的退款骗局话术|讀起來像假冒客服的退款騙局話術|reads like a fake customer-service refund script',
};

const ORDER: readonly ExplanationLocale[] = ['zh-Hans', 'zh-Hant', 'en'];

/**
 * One locale's phrase of an entry written "Simplified | Traditional | English", as every detector's table is, or
 * written once when it is the same in all three (a brand name).
 */
export const inLocale = (entry: string, locale: ExplanationLocale): string =>
  entry.split('|')[ORDER.indexOf(locale)] ?? entry;

/**
 * The catalog negotiation of i18n/ in miniature (that one needs Intl.Locale and the catalogs, too heavy for
 * a scan-only build): Cantonese and zh-Hant/TW/HK/MO → zh-Hant, any other zh → zh-Hans, else en.
 * A test keeps the two in agreement.
 */
export function explanationLocale(locale: unknown): ExplanationLocale {
  // Only a string is a tag: anything else (even an object whose toString throws) means English.
  const tag = typeof locale === 'string' ? locale.trim().toLowerCase() : '';
  return !/^(zh|yue)([-_]|$)/.test(tag) ? 'en' : /^(yue|zh[-_](hant|tw|hk|mo)\b)/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Explanations already looked up, by locale and signal id: the ids are the detectors' own fixed set, and a long
 * text repeats a few of them many times.
 */
const explained = new Map<string, string>();

/** The buyer-facing phrase for a signal in one locale: by id, else by category, else the id itself. */
export function explain(id: string, category: string, locale: ExplanationLocale): string {
  const key = `${locale} ${id}`;
  let sentence = explained.get(key);
  if (sentence === undefined) {
    const entry = EXPLANATIONS[id] ?? EXPLANATIONS[category];
    sentence = entry ? inLocale(entry, locale) : id;
    explained.set(key, sentence);
  }
  return sentence;
}
