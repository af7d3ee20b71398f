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
  | 'invalid';

export const URL_EXPLANATIONS: Record<ExplanationLocale, Record<UrlReasonId, string>> = {
  en: {
    official: "The platform's own site.",
    'off-platform': 'Leaves the platform.',
    homoglyph: 'Look-alike letters imitate {d}.',
    typo: 'Misspelt on purpose to pass for {d}.',
    'brand-keyword': 'Not {d}: extra words on its name.',
    'tld-swap': 'Not {d}: same name, different ending.',
    'subdomain-trick': 'Not {d}: the real site comes after it.',
    'userinfo-trick': 'The part before "@" is not where this link goes.',
    'ip-host': 'A bare number, not a site name.',
    shortener: 'A short link hides where it goes.',
    'chat-app': 'Moves the chat to another app.',
    invalid: 'Not a web address.',
  },
  'zh-Hans': {
    official: '平台自己的网站。',
    'off-platform': '会离开平台。',
    homoglyph: '用相似字母冒充 {d}。',
    typo: '故意拼错，冒充 {d}。',
    'brand-keyword': '不是 {d}：名字上加了字。',
    'tld-swap': '不是 {d}：同名不同后缀。',
    'subdomain-trick': '不是 {d}：真正的网站在后面。',
    'userinfo-trick': '“@”前面的文字不是真正去向。',
    'ip-host': '只有一串数字，不是网站名。',
    shortener: '短链接看不出去向。',
    'chat-app': '把聊天转到别的软件。',
    invalid: '不是网址。',
  },
  'zh-Hant': {
    official: '平台自己的網站。',
    'off-platform': '會離開平台。',
    homoglyph: '用相似字母冒充 {d}。',
    typo: '故意拼錯，冒充 {d}。',
    'brand-keyword': '不是 {d}：名字上加了字。',
    'tld-swap': '不是 {d}：同名不同後綴。',
    'subdomain-trick': '不是 {d}：真正的網站在後面。',
    'userinfo-trick': '「@」前面的文字不是真正去向。',
    'ip-host': '只有一串數字，不是網站名。',
    shortener: '短網址看不出去向。',
    'chat-app': '把聊天轉到別的軟體。',
    invalid: '不是網址。',
  },
};
