import type { ExplanationLocale } from '../explanations.js';

/** Why a link got its verdict. `{d}` stands for the imitated official domain. */
export type UrlReasonId =
  | 'official'
  | 'off-platform'
  | 'homoglyph'
  | 'punycode'
  | 'typo'
  | 'brand-keyword'
  | 'tld-swap'
  | 'subdomain-trick'
  | 'userinfo-trick'
  | 'userinfo'
  | 'ip-host'
  | 'shortener'
  | 'chat-app'
  | 'invalid';

export const URL_EXPLANATIONS: Record<ExplanationLocale, Record<UrlReasonId, string>> = {
  en: {
    official: "This is the platform's own site.",
    'off-platform': 'This link leaves the platform.',
    homoglyph: 'Look-alike letters make this address pass for {d}.',
    punycode: 'The address hides foreign letters that look like Latin ones.',
    typo: 'This address is misspelled on purpose to pass for {d}.',
    'brand-keyword': 'A made-up site adds words to the name {d}.',
    'tld-swap': 'Same name as {d}, but a different site.',
    'subdomain-trick': '{d} is only the start of this address; the real site comes after it.',
    'userinfo-trick': 'The text before "@" shows {d}, but the link goes to another site.',
    userinfo: 'The text before "@" hides where this link really goes.',
    'ip-host': 'A bare number instead of a site name: no real shop sends links like this.',
    shortener: 'A short link hides where it really goes.',
    'chat-app': 'This link moves the conversation to a chat app, away from the platform.',
    invalid: 'This is not a web address.',
  },
  'zh-Hans': {
    official: '这是平台自己的网站。',
    'off-platform': '这个链接会离开平台。',
    homoglyph: '用形状相近的字母冒充 {d}。',
    punycode: '网址里藏着外形像英文字母的外文字符。',
    typo: '故意把 {d} 拼错一点来冒充它。',
    'brand-keyword': '在 {d} 的名字上加词，伪造的网站。',
    'tld-swap': '名字和 {d} 一样，却是另一个网站。',
    'subdomain-trick': '{d} 只是网址开头，真正的网站在后面。',
    'userinfo-trick': '“@”前面写着 {d}，链接其实去往别的网站。',
    userinfo: '“@”前面的文字掩盖了链接真正的去向。',
    'ip-host': '网址只有一串数字，正规商家不会发这种链接。',
    shortener: '短链接看不出真正去哪里。',
    'chat-app': '这个链接把聊天转到平台外的软件。',
    invalid: '这不是一个网址。',
  },
  'zh-Hant': {
    official: '這是平台自己的網站。',
    'off-platform': '這個連結會離開平台。',
    homoglyph: '用形狀相近的字母冒充 {d}。',
    punycode: '網址裡藏著外形像英文字母的外文字元。',
    typo: '故意把 {d} 拼錯一點來冒充它。',
    'brand-keyword': '在 {d} 的名字上加字，偽造的網站。',
    'tld-swap': '名字和 {d} 一樣，卻是另一個網站。',
    'subdomain-trick': '{d} 只是網址開頭，真正的網站在後面。',
    'userinfo-trick': '「@」前面寫著 {d}，連結其實前往別的網站。',
    userinfo: '「@」前面的文字掩蓋了連結真正的去向。',
    'ip-host': '網址只有一串數字，正規商家不會傳這種連結。',
    shortener: '短網址看不出真正去哪裡。',
    'chat-app': '這個連結把對話轉到平台外的軟體。',
    invalid: '這不是一個網址。',
  },
};
