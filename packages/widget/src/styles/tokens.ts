/**
 * Theme tokens. Each becomes a CSS variable `--rg-<name>` on the widget's `:host`;
 * docs/theming.md documents them. Colours come in a light and a dark palette per preset.
 */
export type Palette = Record<string, string>;

/** A preset: palettes laid over the default ones. */
export interface Preset {
  light: Palette;
  dark: Palette;
}

/** Tokens that do not depend on the colour scheme. */
export const LAYOUT_TOKENS: Palette = {
  radius: '12px',
  space: '1em',
  'font-size': 'max(1rem, 16px)',
  z: '2147483000',
  'toast-inset': 'auto 0.75rem 0.75rem',
  shadow: '0 4px 16px rgb(0 0 0 / 0.25)',
};

const LIGHT: Palette = {
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#47505c',
  border: '#b8c2ce',
  calm: '#1f5fa8',
  'calm-bg': '#eef4fb',
  danger: '#a8201a',
  'danger-bg': '#fdf0ee',
  'on-accent': '#ffffff',
  focus: '#1a56db',
};

const DARK: Palette = {
  bg: '#1c2026',
  text: '#eef1f5',
  muted: '#bcc4cf',
  border: '#56606d',
  calm: '#9cc2f7',
  'calm-bg': '#1f2a3a',
  danger: '#ffb4ab',
  'danger-bg': '#3a1e1c',
  'on-accent': '#10151c',
  focus: '#9cc2f7',
};

/** Built-in presets, by name. Unknown names fall back to `default`. */
export const PRESETS: Record<string, Preset> = {
  default: { light: LIGHT, dark: DARK },
  warm: {
    light: { ...LIGHT, bg: '#fffaf2', border: '#d9b98c', calm: '#7a4306', 'calm-bg': '#fff1dc', focus: '#7a4306' },
    dark: { ...DARK, bg: '#241e17', border: '#6b5a44', calm: '#f3c27c', 'calm-bg': '#33291c', focus: '#f3c27c' },
  },
  contrast: {
    light: { ...LIGHT, text: '#000000', muted: '#000000', border: '#000000', calm: '#00398a', danger: '#8a0000' },
    dark: {
      ...DARK,
      bg: '#000000',
      text: '#ffffff',
      muted: '#ffffff',
      border: '#ffffff',
      calm: '#b8d6ff',
      'danger-bg': '#2a0000',
    },
  },
};
