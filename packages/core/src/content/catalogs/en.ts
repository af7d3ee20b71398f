/**
 * English strings of the reminders (everything `getContent`, the reminder card and its self-check use). With
 * {@link enGuards} they define the catalog shape: every other locale must provide each key.
 * `{platform}`, `{contactPath}`, `{seconds}`, `{n}`, `{total}`, `{label}`, `{number}`, `{subject}`
 * and `{what}` are filled in at render time. `{platform}` never starts a sentence, so "this
 * platform" reads naturally when no name is configured.
 */
export const en = {
  'platform.fallbackName': 'this platform',

  'key.message': 'Real refunds never happen outside {platform}.',
  'key.detail': 'To refund you, {platform} never asks you to send money, share a code or switch apps.',

  'slogan.title': "Don't believe. Don't click. Don't give.",
  'slogan.believe': "Don't believe fake staff who call.",
  'slogan.click': "Don't click links or scan codes.",
  'slogan.give': "Don't give codes, cards or money.",

  'scenario.order-confirmation.title': 'This order is refunded only inside {platform}.',
  'scenario.order-confirmation.short': 'A call offers a refund for this order? Hang up and check in the app.',
  'scenario.order-confirmation.long':
    'Scammers may know what you bought and what you paid. That does not make them staff.',
  'scenario.order-status.title': 'Parcel claims happen only inside {platform}.',
  'scenario.order-status.short':
    'Lost or damaged parcels are handled on this page. No one needs your card or a code to pay you.',
  'scenario.order-status.long': 'Offered money for a lost parcel? Open your order here and see for yourself.',
  'scenario.after-sales.title': 'Real refunds happen only inside {platform}.',
  'scenario.after-sales.short':
    'A real refund needs no fee and no code. Anyone who asks for money or a code is a scammer.',
  'scenario.after-sales.long': 'Getting a refund never needs a deposit, a higher credit limit or screen sharing.',
  'scenario.chat.title': 'Real staff settle refunds inside {platform}.',
  'scenario.chat.short': 'Real staff never ask you to switch apps, open an outside link or send a code.',
  'scenario.chat.long': 'Asked to chat elsewhere, or to pay so you can be paid? Stop now.',

  'trap.identity.title': 'Fake staff',
  'trap.identity.body': 'They claim to be customer service, the shop, the courier or the payment app.',
  'trap.identity.example': '"Hello, this is customer service, about your order."',
  'trap.information.title': 'They know your order',
  'trap.information.body': 'They read out what you bought, the price and the date.',
  'trap.information.example': '"You bought shoes on the 3rd for 299, right?"',
  'trap.benefit.title': 'They offer money',
  'trap.benefit.body': 'A refund or "triple compensation" gets you to do as they say.',
  'trap.benefit.example': '"The item was faulty, so we will pay you three times the price."',
  'trap.credit.title': 'They threaten you',
  'trap.credit.body': 'If you hesitate, they say your credit record will suffer or the charges will go on.',
  'trap.credit.example': '"Cancel this membership today or your credit score will drop."',

  'rule.verify': 'Refund, compensation or membership talk? Check with the platform or shop yourself.',
  'rule.secrets': 'Never share card numbers, verification codes, logins or passwords.',
  'rule.links': "Don't open strangers' links or scan payment QR codes.",
  'rule.onPlatform': 'Do nothing outside the platform: returns and refunds happen inside it.',

  'realRefund.title': 'A real refund',
  'realRefund.inApp': 'Shows up inside the app.',
  'realRefund.original': 'Goes back the way you paid.',
  'realRefund.noFee': 'Never costs a fee or a deposit.',
  'realRefund.noCode': 'Never needs a code, password or card number.',

  'fact.orderData': 'Knowing your order proves nothing: order details pass through many hands and can leak.',

  'afterLoss.title': 'Already paid or shared a code?',
  'afterLoss.bank': 'Call your bank now to freeze the card or stop the payment.',
  'afterLoss.record': "Write down the caller's number, e-mail and account details.",
  'afterLoss.keep': 'Keep every receipt, message and screenshot.',
  'afterLoss.police': 'Report it to the police at once.',

  'topic.refund.title': 'Refunds are never paid outside the app',
  'topic.refund.body': '"Your refund failed, do this instead" is a scam.',
  'topic.membership.title': 'No one needs to cancel a membership for you',
  'topic.membership.body':
    'A membership "opened by mistake" that "keeps charging you" is a common lie. Check in the app.',
  'topic.lost-parcel.title': 'Lost parcel? Claim only here',
  'topic.lost-parcel.body': 'No courier or shop needs your card or a code to pay for a lost parcel.',
  'topic.compensation.title': 'Compensation never needs your card',
  'topic.compensation.body': '"Triple compensation" is bait. Real compensation shows in your order.',
  'topic.credit-limit.title': 'No one needs to raise your credit limit to pay you',
  'topic.credit-limit.body': 'Asked to borrow or raise a limit to get a refund? Always a scam.',

  'platform.contact': 'Contact {platform} yourself: {contactPath}',
  'platform.contactGeneric': 'Contact {platform} yourself, inside the app.',
  'platform.promisesTitle': 'Promises from {platform}',

  'help.title': 'Need help? Call',
  'help.antiScam': 'Anti-scam hotline',
  'help.police': 'Police',
  'help.platform': 'Official hotline of {platform}',
  'help.fallback': 'Contact your local police.',
  'help.call': 'Call {label}: {number}',
  'help.note.CN': 'If 96110 calls you, answer: it is a police scam warning.',

  'ui.learnMore': 'Learn more',
  'ui.showLess': 'Show less',
  'ui.close': 'Close',
  'ui.trapsTitle': 'Four traps',
  'ui.rulesTitle': 'Four rules',
  'ui.selfCheck': 'Self-check: is it really customer service?',

  'selfcheck.title': 'Someone says they are customer service?',
  'selfcheck.intro': 'Answer a few questions. It takes under a minute.',
  'selfcheck.progress': 'Question {n} of {total}',
  'selfcheck.yes': 'Yes',
  'selfcheck.no': 'No',
  'selfcheck.restart': 'Start again',
  'selfcheck.q.knowsOrder': 'Did they know details of your order?',
  'selfcheck.q.offersMoney': 'Did they offer a refund, compensation or to cancel a membership?',
  'selfcheck.q.threatens': 'Did they say your credit record or account would suffer?',
  'selfcheck.q.asksCode': 'Did they ask for a card number, a code or a password?',
  'selfcheck.q.asksMoney': 'Did they ask you to send money, pay a deposit or take a loan?',
  'selfcheck.q.asksApp': 'Did they ask you to share your screen, install an app, scan a code or open a link?',
  'selfcheck.verdict.scam': 'This is a scam. Hang up now.',
  'selfcheck.verdict.scamBody': 'Pay nothing, share nothing.',
  'selfcheck.verdict.caution': 'Be careful: scams start like this.',
  'selfcheck.verdict.cautionBody': "Don't follow their steps. Open the app yourself and check your order.",
  'selfcheck.verdict.clear': 'No sign of a scam so far.',
  'selfcheck.verdict.clearBody': 'Still, keep refunds inside the app, and stop if they ask for money or a code.',
  'selfcheck.next.title': 'What to do now',
  'selfcheck.next.dontPay': "Don't pay and don't share any code.",
  'selfcheck.next.contactPlatform': 'Contact the platform from inside the app.',
  'selfcheck.next.callHelp': 'Not sure? Call an anti-scam hotline.',
} as const;

/**
 * English strings of the chat guards' caution and risk dialog. Kept apart from {@link en}
 * so refundguard.js, which shows reminders only, does not carry them; refundguard-chat.js adds them.
 */
export const enGuards = {
  'ui.dismiss': 'Got it',

  'caution.title': 'Careful',
  'caution.seen': 'This {subject} {what}.',
  'caution.subject.message': 'message',
  'caution.subject.link': 'link',
  'caution.checkInApp': 'Check in the app yourself first.',

  'dialog.title.message': 'This looks like a scam',
  'dialog.title.link': 'This link is not part of {platform}',
  'dialog.title.input': 'Stop before you send this',
  'dialog.intro': 'Real customer service never asks for this.',
  'dialog.stop': "I'll stop",
  'dialog.continue': 'Continue anyway',
  'dialog.continueIn': 'Continue anyway ({seconds})',
  'dialog.waitAnnounce': '"Continue anyway" will work in {seconds} seconds.',
  'dialog.readyAnnounce': '"Continue anyway" works now.',
} as const;

/**
 * Tells the chat guards' keys by name, for a page that carries only the reminders' strings: there an override
 * of one is a valid key that nothing shows, not a typo.
 */
export const GUARD_KEY = /^(ui\.dismiss$|caution\.|dialog\.)/;

/** Every message key a reminder uses. */
export type ReminderKey = keyof typeof en;

/** Every message key the chat guards add. */
export type GuardKey = keyof typeof enGuards;

/** Every message key RefundGuard uses. */
export type MessageKey = ReminderKey | GuardKey;
