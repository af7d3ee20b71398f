import { describe } from './checks.js';

/** Token names: letters, digits and dashes, without the `--rg-` prefix. */
export const TOKEN_NAME = /^[a-z][a-z\d-]*$/;
// Tokens named like colours must hold one; the widget's palette names are bg, text, muted, border, calm, danger, focus…
const COLOR_TOKEN = /(^|-)(bg|text|muted|border|calm|danger|accent|focus|colou?r|fg)($|-)/;
// A colour: hex, a colour function whose arguments hold no parenthesis, or a name. None of these
// can name a resource (that takes url(), image-set() or a string), so no token can make the page fetch.
const COLOR =
  /^(#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\w\s.,%/+-]*\)|[a-z]+)$/i;
// Any other token (a size, an inset, a shadow): no quotes, colons, escapes or structure, and only these functions.
const VALUE = /^[\w\s.,%/#*+()-]{1,200}$/;
const FUNCTION_NAME = /([\w-]*)\(/g;
const ALLOWED_FUNCTION = /^(calc|min|max|clamp|rgba?|hsla?|hwb|lab|lch|oklab|oklch|)$/i;

type CssGlobal = { CSS?: { supports?: (property: string, value: string) => boolean } };

/** Where the browser's own parser is at hand, a colour must also be one it knows. */
const browserKnowsColor = (value: string) => {
  const supports = (globalThis as CssGlobal).CSS?.supports;
  return typeof supports !== 'function' || supports('color', value);
};

const isValue = (value: string) =>
  VALUE.test(value) && [...value.matchAll(FUNCTION_NAME)].every((match) => ALLOWED_FUNCTION.test(match[1] ?? ''));

/**
 * Why a theme token cannot become CSS, or `undefined` when it can. Colour tokens (`bg`, `text`,
 * `calm`, `accent`…) take hex, `rgb()`/`rgba()`/`hsl()`/`hsla()`/`hwb()`/`lab()`/`lch()`/`oklab()`/`oklch()`
 * or a colour name; other tokens take numbers, units, keywords and `calc()`/`min()`/`max()`/`clamp()`.
 * `url()`, `image-set()`, strings and escapes are refused everywhere. Never throws.
 * @example
 * themeTokenProblem('bg', 'rgb(0 0 0) url(https://example.com/x)'); // 'expected a CSS color, got "rgb(0 0 0) url(https://exa…"'
 */
export function themeTokenProblem(name: string, value: unknown): string | undefined {
  if (!TOKEN_NAME.test(name)) return 'expected a token name such as "accent" (without the --rg- prefix)';
  const trimmed = typeof value === 'string' ? value.trim() : '';
  const color = COLOR_TOKEN.test(name);
  if (color ? COLOR.test(trimmed) && browserKnowsColor(trimmed) : isValue(trimmed)) return undefined;
  return `expected ${color ? 'a CSS color' : 'a CSS value'}, got ${describe(value)}`;
}
