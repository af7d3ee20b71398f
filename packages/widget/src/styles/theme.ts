import { type ThemeConfig, type ThemeMode, themeTokenProblem } from '@refundguard/core';
import { DARK, LAYOUT_TOKENS, LIGHT, PRESETS } from './tokens.js';

/** What the guard hands over: a mode, or a full theme. Anything else is read as `'auto'`. */
export type ThemeInput = ThemeMode | ThemeConfig | undefined;

/** Options that change the theme but are not part of it. */
export interface ThemeOptions {
  /** Everything a quarter larger, on top of the buyer's own text size and zoom. */
  largeText?: boolean;
}

// Config reaches here validated, but setTheme callers and future paths might not: the same check
// again keeps a token from ever becoming CSS structure or naming a resource to fetch.
const overrides = (tokens: unknown) =>
  Object.entries(tokens && typeof tokens === 'object' ? tokens : {})
    .filter(([name, value]) => !themeTokenProblem(name, value))
    .map(([name, value]) => `--rg-${name}:${value};`)
    .join('');

/**
 * The CSS that sets every `--rg-*` variable for a theme (Sentry feedback's createMainStyles idea:
 * the theme becomes variables, the component styles only read them). Never throws.
 */
export function themeCss(theme: ThemeInput, options: ThemeOptions = {}): string {
  const config: ThemeConfig = theme && typeof theme === 'object' ? theme : { mode: theme as ThemeMode };
  const mode = config.mode === 'light' || config.mode === 'dark' ? config.mode : 'auto';
  const name = String(config.preset);
  const preset = (Object.hasOwn(PRESETS, name) && PRESETS[name]) || { light: '', dark: '' };
  const dark = `${DARK + preset.dark}color-scheme:dark`;
  return (
    `:host{${LAYOUT_TOKENS}${mode === 'dark' ? dark : `${LIGHT + preset.light}color-scheme:light`}}` +
    (mode === 'auto' ? `@media (prefers-color-scheme:dark){:host{${dark}}}` : '') +
    '@media (prefers-contrast:more){:host{--rg-border:var(--rg-text);--rg-muted:var(--rg-text)}}' +
    (options.largeText ? ':host>*{font-size:1.25em}' : '') +
    `:host{${overrides(config.tokens)}}`
  );
}
