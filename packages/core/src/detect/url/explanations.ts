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
 * detector's explanation. Written as the other detectors' phrases are: Simplified | Traditional | English.
 */
export const URL_EXPLANATIONS: Readonly<Record<UrlReasonId, string>> = {
  official: "通往平台自己的网站|通往平台自己的網站|goes to the platform's own site",
  'off-platform': '会离开平台|會離開平台|leaves the platform',
  homoglyph: '用相似字母冒充 {d}|用相似字母冒充 {d}|uses look-alike letters to imitate {d}',
  typo: '故意拼错，冒充 {d}|故意拼錯，冒充 {d}|is misspelt on purpose to pass for {d}',
  'brand-keyword': '不是 {d}，只是在名字上加了字|不是 {d}，只是在名字上加了字|is not {d}: it adds words to the name',
  'tld-swap': '不是 {d}，只是同名不同后缀|不是 {d}，只是同名不同後綴|is not {d}: same name, different ending',
  'subdomain-trick': '不是 {d}，真正的网站在后面|不是 {d}，真正的網站在後面|is not {d}: the real site comes after it',
  'userinfo-trick':
    '用“@”前面的文字掩盖真正去向|用「@」前面的文字掩蓋真正去向|hides where it goes behind the part before "@"',
  'ip-host': '只是一串数字，不是网站名|只是一串數字，不是網站名|goes to a bare number, not a site name',
  shortener: '是短链接，看不出去向|是短網址，看不出去向|is a short link that hides where it goes',
  'chat-app': '把聊天转到别的软件|把聊天轉到別的軟體|moves the chat to another app',
  'app-link': '会打开平台外的{d}|會打開平台外的{d}|opens {d}, outside the platform',
  'phone-link':
    '会打电话或发短信到平台外的号码|會打電話或傳簡訊到平台外的號碼|calls or texts a number outside the platform',
  invalid: '不是网址|不是網址|is not a web address',
};
