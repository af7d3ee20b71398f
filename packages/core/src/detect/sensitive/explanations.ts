import type { ExplanationLocale } from '../explanations.js';

/** What kind of secret a buyer is about to give away. */
export type SensitiveKind = 'bank-card' | 'id-number' | 'sms-code' | 'password' | 'contact';

/**
 * What a message holds, as a verb phrase that completes "This message …" (and 这个消息… / 這個訊息…), like
 * every detector's explanation.
 */
export const SENSITIVE_EXPLANATIONS: Record<ExplanationLocale, Record<SensitiveKind, string>> = {
  en: {
    'bank-card': 'contains a bank card number',
    'id-number': 'contains an ID card number',
    'sms-code': 'contains a verification code',
    password: 'contains a password',
    contact: 'gives a contact on another chat app',
  },
  'zh-Hans': {
    'bank-card': '含有银行卡号',
    'id-number': '含有身份证号码',
    'sms-code': '含有短信验证码',
    password: '含有密码',
    contact: '给出平台外聊天软件的联系方式',
  },
  'zh-Hant': {
    'bank-card': '含有銀行卡號',
    'id-number': '含有身分證號碼',
    'sms-code': '含有簡訊驗證碼',
    password: '含有密碼',
    contact: '給出平台外聊天軟體的聯絡方式',
  },
};
