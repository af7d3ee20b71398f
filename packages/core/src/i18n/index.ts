export { directionOf } from './direction.js';
export { availableLocales, type LocaleRequest, type ResolvedLocale, resolveLocale } from './negotiate.js';
export { createTranslator, type Translator } from './translator.js';
