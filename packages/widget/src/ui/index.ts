export { Caution, type CautionProps } from './Caution.js';
export { HelpLines, type HelpLinesProps } from './HelpLines.js';
export { Items, type ItemsProps } from './Items.js';
export { RealRefund, type RealRefundProps } from './RealRefund.js';
export { Reminder, type ReminderProps, type ReminderVariant } from './Reminder.js';
export { RiskDialog, type RiskDialogProps, type RiskKind } from './RiskDialog.js';
export { SelfCheck, type SelfCheckProps } from './SelfCheck.js';
export {
  SELF_CHECK_QUESTIONS,
  type SelfCheckQuestion,
  type SelfCheckVerdict,
  selfCheckVerdict,
} from './self-check-questions.js';
export type { ReminderTranslate, Translate } from './translate.js';
