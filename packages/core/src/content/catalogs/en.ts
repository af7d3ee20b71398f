/**
 * English catalog. Its keys define the catalog shape: every other locale must
 * provide each of them. `{platform}`, `{contactPath}`, `{seconds}`, `{n}`,
 * `{total}`, `{label}` and `{number}` are filled in at render time.
 */
export const en = {
  'platform.fallbackName': 'this platform',

  'key.message': 'Real refunds never happen outside {platform}.',
  'key.detail':
    '{platform} will never ask you to transfer money, read out a verification code, or move to another app to get a refund.',

  'slogan.title': "Don't believe. Don't click. Don't give.",
  'slogan.believe': "Don't believe a caller who says they are customer service.",
  'slogan.click': "Don't click links or scan codes they send.",
  'slogan.give': "Don't give card numbers, codes or money.",

  'scenario.order-confirmation.title': 'Your order is placed. Watch out for fake customer service.',
  'scenario.order-confirmation.short':
    'If someone calls about this order and offers a refund or compensation, hang up and check in the app yourself.',
  'scenario.order-confirmation.long':
    'Scammers often know exactly what you bought, when, and for how much. That does not make them real staff.',
  'scenario.order-status.title': 'A call about your parcel? Check it here first.',
  'scenario.order-status.short':
    'Lost or damaged parcels are handled on this page. No one needs your card details or a code to compensate you.',
  'scenario.order-status.long':
    'If a courier or "customer service" offers a payout for a lost parcel, open your order here and look for yourself.',
  'scenario.after-sales.title': 'Refunds only happen here, inside {platform}.',
  'scenario.after-sales.short':
    'A real refund goes back to how you paid, with no fee and no code. Anyone who asks for money or a code is a scammer.',
  'scenario.after-sales.long':
    'You never need to pay a deposit, raise a credit limit or share your screen to receive a refund.',
  'scenario.chat.title': 'Keep the conversation here.',
  'scenario.chat.short':
    'Real staff never ask you to add them on another app, open a link outside {platform}, or send a code.',
  'scenario.chat.long': 'If a message asks you to move elsewhere or to pay to get paid, stop and report it.',

  'trap.identity.title': 'They pretend to be staff',
  'trap.identity.body': 'The caller says they are from customer service, the shop, the courier or the payment app.',
  'trap.identity.example': '"Hello, I am calling from customer service about your recent order."',
  'trap.information.title': 'They know your order',
  'trap.information.body': 'They read out your product, price and order time to win your trust.',
  'trap.information.example': '"You bought a pair of shoes on the 3rd for 299, correct?"',
  'trap.benefit.title': 'They promise you money',
  'trap.benefit.body': 'A refund, triple compensation or a payout for a lost parcel gets you to follow their steps.',
  'trap.benefit.example': '"The product had a quality problem, so we will pay you three times the price."',
  'trap.credit.title': 'They threaten your credit',
  'trap.credit.body': 'If you hesitate, they say your credit record will be damaged or you will keep being charged.',
  'trap.credit.example': '"If you do not cancel this membership today, it will hurt your credit score."',

  'rule.verify':
    'Do not believe talk of refunds, compensation or cancelling a membership. Contact the platform or the shop yourself to check.',
  'rule.secrets': 'Never share bank card numbers, verification codes, account logins or payment passwords.',
  'rule.links': 'Do not open links from strangers and do not scan payment QR codes.',
  'rule.onPlatform': 'Never do anything outside the platform: returns and refunds only happen inside it.',

  'realRefund.title': 'What a real refund looks like',
  'realRefund.inApp': 'You start it, or see it, inside the app.',
  'realRefund.original': 'The money goes back to the way you paid.',
  'realRefund.noFee': 'You never pay a fee or a deposit.',
  'realRefund.noCode': 'No one asks for a code, a password or your card number.',

  'fact.orderData': 'Knowing your order proves nothing. Order details pass through many hands and can leak.',

  'afterLoss.title': 'If you have already paid or shared a code',
  'afterLoss.bank': 'Call your bank at once to freeze the card or stop the payment.',
  'afterLoss.record': "Write down the caller's number, account name and any e-mail address.",
  'afterLoss.keep': 'Keep every transfer receipt, message and screenshot.',
  'afterLoss.police': 'Report it to the police straight away.',

  'topic.refund.title': 'Refunds are never paid outside the app',
  'topic.refund.body': 'If a caller says your refund failed and asks you to do anything else, it is a scam.',
  'topic.membership.title': 'No one needs to cancel a membership for you',
  'topic.membership.body':
    'A call about a membership "opened by mistake" that will "keep charging you" is a classic scam. Check your subscriptions in the app.',
  'topic.lost-parcel.title': 'Lost parcel? Claim it here only',
  'topic.lost-parcel.body':
    'Couriers and shops never pay out for a lost parcel by asking for your card number or a code.',
  'topic.compensation.title': 'Compensation never needs your card details',
  'topic.compensation.body':
    'Promises of double or triple compensation are bait. Real compensation shows up in your order.',
  'topic.credit-limit.title': 'No one needs to raise your credit limit to pay you',
  'topic.credit-limit.body':
    'Being asked to open a loan, raise a limit or borrow money to receive a refund is always a scam.',

  'platform.contact': 'Contact {platform} yourself: {contactPath}',
  'platform.contactGeneric': 'Contact {platform} yourself, from inside the app.',

  'help.title': 'Need help? Call',
  'help.antiScam': 'Anti-scam hotline',
  'help.police': 'Police',
  'help.platform': '{platform} hotline',
  'help.fallback': 'Contact your local police.',
  'help.call': 'Call {label}: {number}',

  'ui.regionLabel': 'Scam warning',
  'ui.learnMore': 'Learn more',
  'ui.showLess': 'Show less',
  'ui.dismiss': 'Dismiss',
  'ui.close': 'Close',
  'ui.trapsTitle': 'The four traps',
  'ui.rulesTitle': 'Four rules',

  'caution.title': 'Careful',
  'caution.seen': 'This {subject} {what}.',
  'caution.subject.message': 'message',
  'caution.subject.link': 'link',
  'caution.checkInApp': 'Check in the app yourself before you do anything.',

  'dialog.title.message': 'This looks like a scam',
  'dialog.title.link': 'This link is not {platform}',
  'dialog.title.input': 'Stop before you send this',
  'dialog.intro': 'Real customer service never asks for this.',
  'dialog.stop': "I'll stop",
  'dialog.continue': 'Continue anyway',
  'dialog.continueIn': 'Continue anyway ({seconds})',
  'dialog.waitAnnounce': '"Continue anyway" will be available in {seconds} seconds.',
  'dialog.readyAnnounce': '"Continue anyway" is now available.',

  'selfcheck.title': 'Someone says they are customer service?',
  'selfcheck.intro': 'Answer a few questions. It takes less than a minute.',
  'selfcheck.start': 'Start the check',
  'selfcheck.progress': 'Question {n} of {total}',
  'selfcheck.yes': 'Yes',
  'selfcheck.no': 'No',
  'selfcheck.restart': 'Start again',
  'selfcheck.q.knowsOrder': 'Did they know details of your order?',
  'selfcheck.q.offersMoney': 'Did they offer a refund, compensation, or to cancel a membership?',
  'selfcheck.q.threatens': 'Did they warn that your credit record or account would be harmed?',
  'selfcheck.q.asksCode': 'Did they ask for a card number, a verification code or a password?',
  'selfcheck.q.asksMoney': 'Did they ask you to transfer money, pay a deposit or take out a loan?',
  'selfcheck.q.asksApp': 'Did they ask you to share your screen, install an app, scan a code or open a link?',
  'selfcheck.verdict.scam': 'This is a scam. Hang up now.',
  'selfcheck.verdict.scamBody': 'Real customer service never asks for this. Do not pay and do not share anything.',
  'selfcheck.verdict.caution': 'Be careful: this is how scams begin.',
  'selfcheck.verdict.cautionBody': 'Do not follow their steps. Open the app yourself and check your order there.',
  'selfcheck.verdict.clear': 'Nothing here points to a scam yet.',
  'selfcheck.verdict.clearBody': 'Still, handle every refund inside the app, and stop if they ask for money or a code.',
  'selfcheck.next.title': 'What to do now',
  'selfcheck.next.dontPay': 'Do not pay anything and do not share any code.',
  'selfcheck.next.contactPlatform': 'Contact the platform from inside the app.',
  'selfcheck.next.callHelp': 'Call an anti-scam hotline if you are unsure.',
} as const;

/** Every message key RefundGuard uses. */
export type MessageKey = keyof typeof en;
