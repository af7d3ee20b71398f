export { directionOf } from './direction.js';
export { availableLocales, type LocaleRequest, type ResolvedLocale, resolveLocale } from './negotiate.js';
export {
  createReminderTranslator,
  createTranslator,
  type ReminderTranslator,
  type Translator,
} from './translator.js';
