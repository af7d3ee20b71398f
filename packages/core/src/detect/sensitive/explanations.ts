import type { ExplanationLocale } from '../explanations.js';

/** What kind of secret a buyer is about to give away. */
export type SensitiveKind = 'bank-card' | 'id-number' | 'sms-code' | 'password' | 'contact';

export const SENSITIVE_EXPLANATIONS: Record<ExplanationLocale, Record<SensitiveKind, string>> = {
  en: {
    'bank-card': 'a bank card number',
    'id-number': 'an ID card number',
    'sms-code': 'a verification code',
    password: 'a password',
    contact: 'a contact on another chat app',
  },
  'zh-Hans': {
    'bank-card': '银行卡号',
    'id-number': '身份证号码',
    'sms-code': '短信验证码',
    password: '密码',
    contact: '平台外聊天软件的联系方式',
  },
  'zh-Hant': {
    'bank-card': '銀行卡號',
    'id-number': '身分證號碼',
    'sms-code': '簡訊驗證碼',
    password: '密碼',
    contact: '平台外聊天軟體的聯絡方式',
  },
};
