import type { ThemeConfig, ThemeMode } from '@refundguard/core';
import { DARK, LAYOUT_TOKENS, LIGHT, PRESETS } from './tokens.js';

/** What the guard hands over: a mode, or a full theme. Anything else is read as `'auto'`. */
export type ThemeInput = ThemeMode | ThemeConfig | undefined;

/** Options that change the theme but are not part of it. */
export interface ThemeOptions {
  /** Larger type and spacing; the page's root font size is followed either way. */
  largeText?: boolean;
}

// A token name or value that could close the declaration block is dropped, so config text never becomes CSS structure.
const SAFE_NAME = /^[a-z][a-z0-9-]*$/i;
const UNSAFE_VALUE = /[;{}\\<>]/;

const overrides = (tokens: unknown) =>
  Object.entries(tokens && typeof tokens === 'object' ? tokens : {})
    .filter(([name, value]) => SAFE_NAME.test(name) && typeof value === 'string' && !UNSAFE_VALUE.test(value))
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
    (options.largeText ? ':host{--rg-font-size:max(1.25rem, 20px);--rg-space:1.25em}' : '') +
    `:host{${overrides(config.tokens)}}`
  );
}
