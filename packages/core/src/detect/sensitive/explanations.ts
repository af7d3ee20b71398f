/** What kind of secret a buyer is about to give away. */
export type SensitiveKind = 'bank-card' | 'id-number' | 'sms-code' | 'password' | 'contact';

/**
 * What a message holds, as a verb phrase that completes "This message …" (and 这个消息… / 這個訊息…), like
 * every detector's explanation: Simplified | Traditional | English.
 */
export const SENSITIVE_EXPLANATIONS: Readonly<Record<SensitiveKind, string>> = {
  'bank-card': '含有银行卡号|含有銀行卡號|contains a bank card number',
  'id-number': '含有身份证号码|含有身分證號碼|contains an ID card number',
  'sms-code': '含有短信验证码|含有簡訊驗證碼|contains a verification code',
  password: '含有密码|含有密碼|contains a password',
  contact: '给出平台外聊天软件的联系方式|給出平台外聊天軟體的聯絡方式|gives a contact on another chat app',
};
