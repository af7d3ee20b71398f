export { applyTheme, installStyles } from './apply-theme.js';
export { mainStyles } from './main-styles.js';
export { type ThemeInput, type ThemeOptions, themeCss } from './theme.js';
export { LAYOUT_TOKENS, type Palette, PRESETS, type Preset } from './tokens.js';
