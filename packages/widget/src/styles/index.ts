export { addStyles, applyTheme, installStyles } from './apply-theme.js';
export { firmStyles, guardStyles, mainStyles } from './main-styles.js';
export { type ThemeInput, type ThemeOptions, themeCss } from './theme.js';
export { DARK, LAYOUT_TOKENS, LIGHT, PRESETS, type Preset } from './tokens.js';
