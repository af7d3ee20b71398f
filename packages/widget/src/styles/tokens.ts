/**
 * Theme tokens as CSS declarations of `--rg-*` variables (docs/theming.md lists them). Kept as text because the
 * cascade does the merging: a preset's palette is written after the default one and only names what it changes.
 */

/** Tokens that do not depend on the colour scheme. */
export const LAYOUT_TOKENS =
  '--rg-radius:12px;--rg-space:1em;--rg-font-size:medium;--rg-z:2147483000;' +
  '--rg-toast-inset:auto 12px 12px;--rg-shadow:0 4px 16px rgb(0 0 0 / 0.25);';

/** The default light palette. */
export const LIGHT =
  '--rg-bg:#ffffff;--rg-text:#1b1f24;--rg-muted:#47505c;--rg-border:#b8c2ce;--rg-calm:#1f5fa8;--rg-calm-bg:#eef4fb;' +
  '--rg-danger:#a8201a;--rg-danger-bg:#fdf0ee;--rg-on-accent:#ffffff;--rg-focus:#1a56db;';

/** The default dark palette. */
export const DARK =
  '--rg-bg:#1c2026;--rg-text:#eef1f5;--rg-muted:#bcc4cf;--rg-border:#56606d;--rg-calm:#9cc2f7;--rg-calm-bg:#1f2a3a;' +
  '--rg-danger:#ffb4ab;--rg-danger-bg:#3a1e1c;--rg-on-accent:#10151c;--rg-focus:#9cc2f7;';

/** A preset: what it changes in the light and in the dark palette. */
export interface Preset {
  light: string;
  dark: string;
}

/** Built-in presets, by name. Unknown names fall back to `default`. */
export const PRESETS: Record<string, Preset> = {
  default: { light: '', dark: '' },
  warm: {
    light: '--rg-bg:#fffaf2;--rg-border:#d9b98c;--rg-calm:#7a4306;--rg-calm-bg:#fff1dc;--rg-focus:#7a4306;',
    dark: '--rg-bg:#241e17;--rg-border:#6b5a44;--rg-calm:#f3c27c;--rg-calm-bg:#33291c;--rg-focus:#f3c27c;',
  },
  contrast: {
    light: '--rg-text:#000000;--rg-muted:#000000;--rg-border:#000000;--rg-calm:#00398a;--rg-danger:#8a0000;',
    dark: '--rg-bg:#000000;--rg-text:#ffffff;--rg-muted:#ffffff;--rg-border:#ffffff;--rg-calm:#b8d6ff;--rg-danger-bg:#2a0000;',
  },
};
