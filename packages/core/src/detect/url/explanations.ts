import type { ExplanationLocale } from '../explanations.js';

/** Why a link got its verdict. `{d}` stands for the imitated official domain. */
export type UrlReasonId =
  | 'official'
  | 'off-platform'
  | 'homoglyph'
  | 'typo'
  | 'brand-keyword'
  | 'tld-swap'
  | 'subdomain-trick'
  | 'userinfo-trick'
  | 'ip-host'
  | 'shortener'
  | 'chat-app'
  | 'app-link'
  | 'phone-link'
  | 'invalid';

/**
 * Why a link got its verdict, as a verb phrase that completes "This link …" (这个链接… / 這個連結…), like every
 * detector's explanation.
 */
export const URL_EXPLANATIONS: Record<ExplanationLocale, Record<UrlReasonId, string>> = {
  en: {
    official: "goes to the platform's own site",
    'off-platform': 'leaves the platform',
    homoglyph: 'uses look-alike letters to imitate {d}',
    typo: 'is misspelt on purpose to pass for {d}',
    'brand-keyword': 'is not {d}: it adds words to the name',
    'tld-swap': 'is not {d}: same name, different ending',
    'subdomain-trick': 'is not {d}: the real site comes after it',
    'userinfo-trick': 'hides where it goes behind the part before "@"',
    'ip-host': 'goes to a bare number, not a site name',
    shortener: 'is a short link that hides where it goes',
    'chat-app': 'moves the chat to another app',
    'app-link': 'opens {d}, outside the platform',
    'phone-link': 'calls or texts a number outside the platform',
    invalid: 'is not a web address',
  },
  'zh-Hans': {
    official: '通往平台自己的网站',
    'off-platform': '会离开平台',
    homoglyph: '用相似字母冒充 {d}',
    typo: '故意拼错，冒充 {d}',
    'brand-keyword': '不是 {d}，只是在名字上加了字',
    'tld-swap': '不是 {d}，只是同名不同后缀',
    'subdomain-trick': '不是 {d}，真正的网站在后面',
    'userinfo-trick': '用“@”前面的文字掩盖真正去向',
    'ip-host': '只是一串数字，不是网站名',
    shortener: '是短链接，看不出去向',
    'chat-app': '把聊天转到别的软件',
    'app-link': '会打开平台外的{d}',
    'phone-link': '会打电话或发短信到平台外的号码',
    invalid: '不是网址',
  },
  'zh-Hant': {
    official: '通往平台自己的網站',
    'off-platform': '會離開平台',
    homoglyph: '用相似字母冒充 {d}',
    typo: '故意拼錯，冒充 {d}',
    'brand-keyword': '不是 {d}，只是在名字上加了字',
    'tld-swap': '不是 {d}，只是同名不同後綴',
    'subdomain-trick': '不是 {d}，真正的網站在後面',
    'userinfo-trick': '用「@」前面的文字掩蓋真正去向',
    'ip-host': '只是一串數字，不是網站名',
    shortener: '是短網址，看不出去向',
    'chat-app': '把聊天轉到別的軟體',
    'app-link': '會打開平台外的{d}',
    'phone-link': '會打電話或傳簡訊到平台外的號碼',
    invalid: '不是網址',
  },
};
