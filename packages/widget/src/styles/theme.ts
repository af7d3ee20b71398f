import type { ThemeConfig, ThemeMode } from '@refundguard/core';
import { LAYOUT_TOKENS, type Palette, PRESETS } from './tokens.js';

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

const block = (tokens: Palette, extra = '') =>
  `:host{${Object.entries(tokens)
    .filter(([name, value]) => SAFE_NAME.test(name) && typeof value === 'string' && !UNSAFE_VALUE.test(value))
    .map(([name, value]) => `--rg-${name}:${value};`)
    .join('')}${extra}}`;

/**
 * The CSS that sets every `--rg-*` variable for a theme (Sentry feedback's createMainStyles idea:
 * the theme becomes variables, the component styles only read them). Never throws.
 */
export function themeCss(theme: ThemeInput, options: ThemeOptions = {}): string {
  const config: ThemeConfig = typeof theme === 'object' && theme !== null ? theme : { mode: theme };
  const mode = config.mode === 'light' || config.mode === 'dark' ? config.mode : 'auto';
  const preset = (typeof config.preset === 'string' && PRESETS[config.preset]) || PRESETS.default;
  if (!preset) return '';
  const dark = block(preset.dark, 'color-scheme:dark');
  return [
    block(
      { ...LAYOUT_TOKENS, ...(mode === 'dark' ? preset.dark : preset.light) },
      `color-scheme:${mode === 'dark' ? 'dark' : 'light'}`,
    ),
    mode === 'auto' ? `@media (prefers-color-scheme:dark){${dark}}` : '',
    '@media (prefers-contrast:more){:host{--rg-border:var(--rg-text);--rg-muted:var(--rg-text)}}',
    options.largeText ? block({ 'font-size': 'max(1.25rem, 20px)', space: '1.25em' }) : '',
    config.tokens && typeof config.tokens === 'object' ? block(config.tokens) : '',
  ].join('');
}
