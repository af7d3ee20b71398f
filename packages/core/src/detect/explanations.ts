/** Locales the explanations are written in. */
export type ExplanationLocale = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * A short phrase for the buyer, in plain words, per signal id or, when one phrase serves a whole
 * category, per category. Order inside each entry: Simplified Chinese | Traditional Chinese | English.
 */
export const EXPLANATIONS: Readonly<Record<string, string>> = {
  impersonation: '自称客服、快递或平台|自稱客服、快遞或平台|claims to be customer service, a courier or a shop',
  pretext: '拿退款、赔偿或扣费当理由|拿退款、賠償或扣款當理由|uses a refund, compensation or charge as the reason',
  pressure: '催你马上办|催你馬上辦|rushes you',
  'pressure.credit': '威胁影响征信|威脅影響信用紀錄|threatens your credit record',
  'pressure.frozen': '说账户会被冻结|說帳戶會被凍結|says an account will be frozen',
  'credentials.code': '索要验证码|索取驗證碼|asks for a verification code',
  'credentials.card': '索要银行卡信息|索取銀行卡資料|asks for card details',
  'credentials.identity': '索要身份信息|索取身分資料|asks for your identity details',
  'credentials.screenshot': '要你截图或拍照发过去|要你截圖或拍照傳過去|asks for a screenshot or photo',
  'credentials.password': '索要密码|索取密碼|asks for a password',
  'payment.transfer': '要你转账|要你轉帳|asks you to transfer money',
  'payment.banking': '要你去ATM或网银操作|要你去ATM或網銀操作|asks you to use an ATM or online banking',
  'payment.fee': '要你先付保证金或费用|要你先付保證金或費用|asks for a deposit or fee',
  'payment.gift-card': '要你买礼品卡或点数|要你買禮品卡或點數|asks for gift cards',
  'payment.qr': '要你扫二维码|要你掃QR碼|asks you to scan a QR code',
  loan: '要你借款或贷款|要你借款或貸款|asks you to take a loan',
  'remote-control': '要你共享屏幕|要你分享螢幕|asks you to share your screen',
  'off-platform': '要你点站外链接|要你點站外連結|sends you to a link outside the platform',
  'off-platform.chat': '要你改用微信、QQ等私聊|要你改用LINE、微信等私聊|moves you to another chat app',
  'off-platform.call': '要你拨打陌生号码|要你撥打陌生號碼|asks you to call a number',
  safety: '含有防骗提醒|含有防詐提醒|contains a safety warning',
};

const ORDER: readonly ExplanationLocale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** zh-Hant/zh-TW/zh-HK/zh-MO → zh-Hant, any other zh → zh-Hans, anything else → en. */
export function explanationLocale(locale: string | undefined): ExplanationLocale {
  const tag = (locale ?? '').toLowerCase();
  if (tag !== 'zh' && !tag.startsWith('zh-') && !tag.startsWith('zh_')) return 'en';
  return /^zh[-_](hant|tw|hk|mo)\b/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}

/** The buyer-facing phrase for a signal in one locale: by id, else by category, else the id itself. */
export function explain(id: string, category: string, locale: ExplanationLocale): string {
  const entry = EXPLANATIONS[id] ?? EXPLANATIONS[category];
  return entry?.split('|')[ORDER.indexOf(locale)] ?? id;
}
