// Training messages written for this project, in many voices, for the cases the shared corpus has few
// of: buyers quoting a scam to a real agent, genuine agents checking the last four digits of a card,
// off-platform moves spelled in odd ways, code requests in plain words. Licence: the repository's own
// (see LICENSE); no sentence comes from any other source.

export interface ExtraMessage {
  readonly text: string;
  readonly label: 'scam' | 'benign';
  readonly lang: 'zh-Hans' | 'zh-Hant' | 'en';
}

const scam = (lang: ExtraMessage['lang'], text: string): ExtraMessage => ({ text, label: 'scam', lang });
const benign = (lang: ExtraMessage['lang'], text: string): ExtraMessage => ({ text, label: 'benign', lang });

export const EXTRA_MESSAGES: readonly ExtraMessage[] = [
  // A buyer quoting a scam to the real agent, in the platform's own chat.
  benign(
    'zh-Hans',
    '买家：你好，我刚收到一条短信说我的订单退款失败，要我加一个QQ把验证码发过去，这是你们发的吗？\n客服：不是的，我们不会让您加任何外部账号，也不会索要验证码，请直接删除。',
  ),
  benign(
    'zh-Hans',
    '我想问下，有人打电话说是你们店的客服，说我买的面霜有质量问题要赔我三倍，让我下载一个会议软件，这个是真的吗？',
  ),
  benign('zh-Hant', '客服你好，我收到一則訊息說要我加賴領退款，還要我把網銀驗證碼給他，請問這是你們的官方帳號嗎？'),
  benign('zh-Hant', '你好呀，有人WhatsApp我話係你哋客服，叫我俾個6位數字佢先可以退款，我未俾，想問下係咪你哋？'),
  benign(
    'en',
    'Hi support, someone messaged me on Telegram saying they are from your refunds team and asked me to read them the six digit code you just texted me. I did not send it. Is my account ok?',
  ),
  benign(
    'en',
    'Customer: I got a call from a guy saying my order was charged twice and he needed my card number to reverse it. Was that you?\nAgent: No, that was not us. We never call to ask for card numbers. Please do not share anything with him.',
  ),
  // Genuine agents checking the last four digits, inside the platform.
  benign(
    'zh-Hans',
    '客服：为了核实是哪张卡付的款，麻烦您在这个对话里告诉我付款卡号的后四位就可以，完整卡号和验证码请不要发。',
  ),
  benign('zh-Hant', '客服：為確認退款原路退回，請提供付款信用卡末四碼即可，切勿提供完整卡號或驗證碼。'),
  benign(
    'en',
    'Agent: To find the right payment, could you tell me just the last four digits of the card you paid with? Please do not send the full number.',
  ),
  benign(
    'en',
    'Thanks for waiting. I can see two cards on your account; which one ends in the four digits you used for this order? Your refund will go back to that card in 3-5 working days.',
  ),
  // Ordinary platform notices and chats.
  benign('zh-Hans', '您的退款申请已通过，款项将在1-3个工作日内原路退回，可在订单详情里查看进度。'),
  benign('zh-Hant', '您好，您退回的商品倉庫已簽收，退款已處理，請留意原付款方式的入帳。'),
  benign(
    'en',
    'Your return has been received at our warehouse. The refund is on its way to your original payment method.',
  ),
  benign('zh-Hans', '亲，链接里那件外套还有M码，今天下单明天就能发货哦。'),
  benign('en', 'hey can you grab milk on the way home, we are out again'),
  // Off-platform moves spelled other ways.
  scam(
    'zh-Hant',
    '您好，這邊是蝦皮客服，您的訂單因系統錯誤被重複扣款，請加賴 id：shop-refund88，專員會協助您辦理退費。',
  ),
  scam('zh-Hans', '亲，您的快递丢件了可以理赔，这边不方便操作，麻烦+v：lp2024kf，我们理赔专员一对一给您处理。'),
  scam(
    'en',
    'Hello from the refunds desk. Your claim is approved but needs manual processing. Please contact our specialist on W/A +44 7700 900123 to release the funds.',
  ),
  scam(
    'en',
    'Your parcel compensation of $85 is ready. To receive it, message our agent on Te1egram @claims_helpdesk and follow the steps.',
  ),
  scam(
    'zh-Hans',
    '您好，我是抖店售后，您买的东西有质量问题，给您退款加赔偿，您先下载一个“飞书”，我发会议号给您，打开屏幕共享我教您操作。',
  ),
  // Code requests in plain words.
  scam(
    'en',
    'Okay, I have sent the refund. You should get a text with six numbers now. Just read me the six digits so I can confirm it went through.',
  ),
  scam('zh-Hant', '唔該你話我知個6位數字，收到之後退款就會即刻入返你戶口。'),
  scam('zh-Hans', '您手机马上会收到一串数字，您念一下给我，我这边确认一下退款就到账了。'),
  scam('zh-Hant', '您好，系統剛發了一組號碼到您的手機，麻煩您唸給我聽，我幫您取消這筆自動扣款。'),
  // Paraphrased membership and compensation stories.
  scam(
    'zh-Hans',
    '您好，之前您开通的那个直播带货会员是实习生误操作开的，每个月会扣您八百块，不取消的话会影响您的信用，我教您在支付宝上关掉。',
  ),
  scam(
    'en',
    'Hi, this is the billing team. Our trainee signed you up for a premium seller plan by mistake and you will be charged $299 a month unless we cancel it today. I just need to verify your bank login to stop it.',
  ),
  scam(
    'zh-Hant',
    '您好，我們是物流理賠中心，您的包裹在運送途中損毀，公司決定賠償您三倍貨款，請掃描下方QR code填寫您的銀行帳戶資料。',
  ),
  // Short, blunt scripts: one or two lines that carry the whole request.
  scam(
    'en',
    'Support desk here. A premium plan was added to your account in error; install TeamViewer and I will remove it.',
  ),
  scam('en', 'Hi, billing team. You were charged twice. Send me your card number and expiry so I can reverse it.'),
  scam('en', 'Amazon refunds: read me the code we just texted you and the money goes back today.'),
  scam('en', 'Your refund is stuck. Download AnyDesk and give me the nine digits on screen.'),
  scam('en', 'Seller support: confirm your online banking password here so the payout can be released.'),
  scam('en', 'This is the courier. Pay the $1.99 redelivery fee at the link I sent or the parcel goes back.'),
  scam(
    'en',
    'Customer service: your account will be frozen tonight unless you move your balance to the safe account I give you.',
  ),
  scam('zh-Hans', '客服这边，您的会员是误开的，马上要扣费，您下载个向日葵我帮您关掉。'),
  scam('zh-Hans', '我是售后，退款要验证一下，把短信里的六位数发我。'),
  scam('zh-Hans', '物流理赔，您把银行卡号和预留手机号发我，赔款马上打给您。'),
  scam('zh-Hans', '亲，退款卡住了，您加一下我们专员的QQ处理。'),
  scam('zh-Hans', '京东客服，您的白条额度异常，需要先转一笔钱到验证账户解冻。'),
  scam('zh-Hant', '客服通知：您的訂單被誤設成分期，請到ATM操作解除。'),
  scam('zh-Hant', '我是蝦皮客服，請把剛收到的簡訊驗證碼唸給我，幫您辦退款。'),
  scam('zh-Hant', '你好，我係客服，你張卡要重新驗證，唔該將卡號同到期日發俾我。'),
  scam('zh-Hant', '退款要先繳保證金，請轉帳到這個帳戶，退款時一併退還。'),
  scam('zh-Hant', '物流客服：包裹遺失可理賠，請加LINE專員領取賠償。'),
  // Short genuine agent lines, so brevity alone is not evidence.
  benign('en', 'Support here. Your refund was approved and will show on your card in 3-5 days.'),
  benign('en', 'Hi, billing team. The duplicate charge was a pending hold and has already dropped off.'),
  benign('en', 'Courier here, I am outside with your parcel, can you come down?'),
  benign('zh-Hans', '客服这边，您的退款已经原路退回了，请注意查收。'),
  benign('zh-Hans', '亲，快递已经发出了，单号在订单详情里可以看到。'),
  benign('zh-Hant', '客服通知：您的退貨已收到，退款會在三個工作天內退回原付款方式。'),
  benign('zh-Hant', '你好，我係客服，你嘅訂單已經出咗貨，可以喺app追蹤。'),
  // Cantonese, as Hong Kong buyers and callers write it: scripts asking for cards and codes, and the genuine
  // lines and warnings beside them.
  scam(
    'zh-Hant',
    '你好，我係網購平台嘅客服，你張單退款失敗咗，唔該你將張信用卡嘅卡號同埋到期日發俾我，我幫你重新處理。',
  ),
  scam('zh-Hant', '我係速遞公司客服，你個包裹唔見咗，可以賠三倍俾你，麻煩你俾個銀行戶口號碼同埋手機收到嘅驗證碼我。'),
  scam('zh-Hant', '喂，我係商場售後，你之前開咗個會員，每個月會扣錢，要取消嘅話你而家去網銀轉一筆錢過嚟驗證吓。'),
  scam('zh-Hant', '客服呢邊，你部手機啱啱收到個六位數字，唔該讀俾我聽，退款即刻入返你戶口。'),
  scam('zh-Hant', '我係平台客服，你嘅賬戶有異常，唔該你下載呢個app，開畫面分享，我教你點樣操作。'),
  scam('zh-Hant', '你好，退款要先驗證你張卡，唔該你send張卡正面同背面嘅相俾我。'),
  scam('zh-Hant', '我係淘寶客服，你買嘅嘢有質量問題，我哋賠錢俾你，你加我WhatsApp，我send條link俾你填資料。'),
  scam('zh-Hant', '唔該你將張卡嘅卡號、CVV同埋驗證碼打俾我，我哋先可以退錢俾你。'),
  benign('zh-Hant', '客服你好，頭先有人打俾我話係你哋客服，叫我俾張卡嘅卡號同驗證碼佢，我冇俾，想問係咪真㗎？'),
  benign('zh-Hant', '你好，我係客服，你嘅退款已經批咗，三至五個工作天會退返去你原本付款嘅卡，唔使提供任何資料。'),
  benign('zh-Hant', '提提大家：有騙徒扮客服打電話嚟，話退款要你俾卡號同驗證碼，千祈唔好俾。'),
  benign('zh-Hant', '我係客服，你張單已經寄出，可以喺app入面睇追蹤號碼。'),
  benign('zh-Hant', '阿媽收到個電話話佢包裹唔見咗要賠錢，叫佢俾銀行戶口號碼，好彩我即刻叫佢收線。'),
  benign('zh-Hant', '客服：為咗核對付款，你話我知張卡最尾四個數字就得，唔好俾全個卡號或者驗證碼。'),
  // Warnings and stories that retell the script.
  benign(
    'zh-Hans',
    '我妈昨天差点被骗，对方自称是快递客服，说包裹丢了要赔她钱，让她开屏幕共享，还好我及时回家把电话挂了。大家跟家里老人说一下。',
  ),
  benign(
    'zh-Hant',
    '分享一下：騙徒會扮成網購平台客服，話你訂單出錯會每月扣款，要你去ATM或網銀「取消」，其實係轉錢俾佢。大家小心。',
  ),
  benign(
    'en',
    'Local news: a 67-year-old man lost $12,000 after a caller claiming to be from an online store convinced him a refund had been overpaid and asked him to send the difference back with gift cards.',
  ),
];
