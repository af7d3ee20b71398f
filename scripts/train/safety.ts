// Safety sentences: the words a platform, a bank or the police put at the end of a message, and that a
// scammer can paste after a script to make it look harmless. Written for this project (same licence as
// the repository). Two disjoint sets: TRAINING sentences are appended to training scams as augmentation
// (and taught alone as benign); CHECK sentences are never trained on and judge the result
// (`pnpm eval`, and the model test).

/** Appended to scams during training, and taught alone as benign text. */
export const TRAINING_SAFETY: readonly string[] = [
  '温馨提示：平台客服不会向您索要验证码。',
  '请注意防范电信诈骗。',
  '如有疑问请拨打官方客服热线核实。',
  '谨防冒充客服诈骗，保护好个人信息。',
  '任何要求转账的都是诈骗！',
  '反诈专线96110，接到请放心接听。',
  '本短信不会要求您点击任何链接。',
  '提高警惕，不给骗子可乘之机。',
  '【反诈提醒】陌生来电请多留个心眼。',
  '切勿向陌生人透露银行卡信息。',
  '溫馨提示：本公司絕不會要求您提供密碼。',
  '請提防詐騙，如有懷疑請致電165查詢。',
  '小心假冒客服，保障自身財產安全。',
  '防騙提醒：切勿將驗證碼告訴任何人。',
  '如有可疑，請即致電18222防騙易熱線。',
  '凡是叫你轉帳的都是詐騙。',
  'Reminder: we will never ask for your password.',
  'Stay alert to scams.',
  'Never share your one-time code with anyone.',
  'If in doubt, call the number on the back of your card.',
  'Protect yourself from fraud.',
  '(This is an automated anti-fraud notice.)',
  'We never ask you to move money to a safe account.',
  'Report suspicious messages to 7726.',
  'Think before you click.',
  'Scams are on the rise — stay vigilant!',
  'Do not disclose personal details to unknown callers.',
  'Official staff will not contact you on WhatsApp.',
];

/** Never trained on: each is appended to every training scam, and tried alone and inside warnings. */
export const CHECK_SAFETY: readonly string[] = [
  '本平台不会向您索要验证码，谨防诈骗。',
  '警惕冒充客服退款诈骗。',
  '（全国反诈专线96110）',
  '请勿轻信陌生来电，注意保护资金安全。',
  '官方不会通过电话要求您转账。',
  '防范诈骗，人人有责。',
  '如遇可疑情况，请立即报警。',
  '本平台從不索取驗證碼，慎防詐騙。',
  '（防詐騙專線165）',
  '請勿向任何人透露銀行帳戶資料。',
  '提防假冒客服，切勿點擊不明連結。',
  '如有疑問，請致電官方熱線查證。',
  'Beware of scams.',
  '(anti-scam line 96110)',
  'We will never ask for your verification code.',
  'Never share your PIN or password with anyone.',
  'If you suspect fraud, contact your bank directly.',
  'Be careful of phishing links.',
  'Genuine staff never ask you to pay a fee for a refund.',
  'Stay safe online and report scams to the police.',
];

/**
 * Own warnings and news, written for this project: the check sentences appended to these must stay
 * below `medium`, as must the sentences alone.
 */
export const CHECK_WARNINGS: readonly string[] = [
  '警方提醒：近期有骗子冒充电商客服，以退款、理赔为由让事主下载会议软件共享屏幕，再骗取验证码转走存款。',
  '本报讯 市民王女士接到自称快递客服的电话，称包裹丢失可三倍理赔，对方让她扫码填写银行卡信息，结果被骗两万元。',
  '【反诈课堂】骗子常说“您的会员将自动扣费”，要求您在借贷软件上操作“关闭”，其实是在贷款转给他们。',
  '有冇人收過呢類短訊？話我包裹遺失要賠償，叫我加佢Line再俾卡號，我覺得係呃人。',
  '警方呼籲：凡自稱客服要求你開通共享螢幕或提供驗證碼，一律是詐騙。',
  'Police warn that scammers posing as marketplace support are telling buyers a refund failed and asking them to read out the code texted to them.',
  'PSA from our community group: a neighbour got a call from "Amazon" saying she was owed a refund and they asked her to install AnyDesk. Hang up on these.',
  'My mum just got a text claiming her parcel was lost and she could claim compensation by sending her card number. Is this a scam? I told her not to reply.',
];
