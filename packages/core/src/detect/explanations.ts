/** Locales the explanations are written in. */
export type ExplanationLocale = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * A short phrase per signal id, for the buyer: what the message does, in plain words.
 * Order inside each entry: Simplified Chinese | Traditional Chinese | English.
 */
export const EXPLANATIONS: Readonly<Record<string, string>> = {
  'impersonation.service': '自称客服或工作人员|自稱客服或工作人員|claims to be customer service',
  'impersonation.courier': '自称快递或物流|自稱快遞或物流|claims to be a courier',
  'impersonation.platform': '提到购物或支付平台|提到購物或支付平台|names a shopping or payment platform',
  'pretext.refund': '说要给你退款|說要給你退款|talks about a refund',
  'pretext.compensation': '说要给你赔偿|說要給你賠償|offers compensation',
  'pretext.membership': '说你开通了会员或会扣费|說你開通了會員或會扣款|says a membership or charge was set up',
  'pretext.mistake': '说有东西被误开通或设置错误|說有東西被誤開通或設定錯誤|says something was set up by mistake',
  'pretext.crime': '说你涉嫌违法或包裹有违禁品|說你涉嫌違法或包裹有違禁品|says you or your parcel are under suspicion',
  'pretext.parcel': '说包裹丢失、损坏或被扣|說包裹遺失、損壞或被扣|says a parcel is lost, damaged or held',
  'pretext.failure': '说订单或账户出错要核实|說訂單或帳戶出錯要核實|says something failed and needs verifying',
  'pretext.quality': '说商品有质量问题或召回|說商品有品質問題或召回|mentions a product fault or recall',
  'pretext.credit-limit': '提到额度或信用分|提到額度或信用分|talks about a credit limit or score',
  'pressure.credit': '威胁影响征信|威脅影響信用紀錄|threatens your credit record',
  'pressure.deadline': '催你马上办|催你馬上辦|rushes you with a deadline',
  'pressure.frozen': '说账户会被冻结或注销|說帳戶會被凍結或註銷|says an account will be frozen or closed',
  'credentials.code': '索要验证码|索取驗證碼|asks for a verification code',
  'credentials.card': '索要银行卡或证件信息|索取銀行卡或證件資料|asks for card or ID details',
  'credentials.identity': '索要身份或个人信息|索取身分或個人資料|asks for your identity details',
  'credentials.screenshot': '要你截图或拍照发过去|要你截圖或拍照傳過去|asks for a screenshot or photo',
  'credentials.password': '索要密码|索取密碼|asks for a password',
  'payment.transfer': '要你转账或操作网银|要你轉帳或操作網銀|asks you to transfer money',
  'payment.banking': '要你去ATM或打开网银操作|要你去ATM或開網銀操作|asks you to use an ATM or online banking',
  'payment.fee': '要你先付保证金或费用|要你先付保證金或費用|asks for a deposit or fee',
  'payment.gift-card': '要你买礼品卡或点数|要你買禮品卡或點數|asks for gift cards',
  'payment.qr': '要你扫二维码|要你掃QR碼|asks you to scan a QR code',
  loan: '要你借款或开通贷款|要你借款或開通貸款|asks you to take a loan',
  'remote-control': '要你共享屏幕或远程控制|要你分享螢幕或遠端控制|asks you to share your screen',
  'off-platform.chat': '要你换到微信、QQ等私聊|要你改用LINE、微信等私聊|moves you to another chat app',
  'off-platform.link': '要你点链接|要你點連結|asks you to click a link',
  'off-platform.url': '含有站外链接|含有站外連結|contains a link to another site',
  'off-platform.call': '要你拨打陌生号码|要你撥打陌生號碼|asks you to call a number',
  'safety.never-asks': '说明官方不会索要|說明官方不會索取|says staff never ask for this',
  'safety.do-not-share': '提醒不要泄露|提醒不要透露|warns not to share it',
  'safety.scam-warning': '是防骗提醒|是防詐提醒|warns about scams',
  'safety.helpline': '提到反诈热线|提到反詐專線|mentions an anti-scam line',
  'safety.reassurance': '说明无需这样做|說明無需這樣做|says you don’t need to do this',
};

const ORDER: readonly ExplanationLocale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** zh-Hant/zh-TW/zh-HK/zh-MO → zh-Hant, any other zh → zh-Hans, anything else → en. */
export function explanationLocale(locale: string | undefined): ExplanationLocale {
  const tag = (locale ?? '').toLowerCase();
  if (tag !== 'zh' && !tag.startsWith('zh-') && !tag.startsWith('zh_')) return 'en';
  return /^zh[-_](hant|tw|hk|mo)\b/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}

/** The buyer-facing phrase for a signal id in one locale (the id itself if the table lacks it). */
export function explain(id: string, locale: ExplanationLocale): string {
  const entry = EXPLANATIONS[id];
  return entry?.split('|')[ORDER.indexOf(locale)] ?? id;
}
