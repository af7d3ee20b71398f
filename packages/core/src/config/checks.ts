import { closest } from './suggest.js';

/** One thing {@link validateConfig} could not use, and why. */
export interface ConfigProblem {
  /** Where: `theme.tokens.accent`, `helpLines[1].number`, `messages.en["key.message"]`; `(root)` for the whole config. */
  path: string;
  message: string;
}

/**
 * Checks one value at `path`: returns what may be used, or `undefined` after
 * reporting why not. `key` is the value's own key, for checks that depend on it.
 */
export type Check = (report: Report, path: string, value: unknown, key: string) => unknown;
type Report = (path: string, message: string) => undefined;

/** How a value looks in a message: `"blue"`, `12`, `null`, `an array`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return 'an array';
  if (value === null || !['object', 'function', 'symbol'].includes(typeof value)) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** `theme` + `tokens` → `theme.tokens`; keys that are not identifiers get brackets: `messages.en["key.message"]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

export const expected = (report: Report, path: string, what: string, value: unknown) =>
  report(path, `expected ${what}, got ${describe(value)}`);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A trimmed, non-empty string, optionally matching `pattern`. */
export const text =
  (what = 'a non-empty string', pattern?: RegExp): Check =>
  (report, path, value) =>
    typeof value === 'string' && value.trim() && (!pattern || pattern.test(value.trim()))
      ? value.trim()
      : expected(report, path, what, value);

/** One of a fixed list of strings. */
export const oneOf =
  (choices: readonly string[], what = `one of ${choices.join(', ')}`): Check =>
  (report, path, value) =>
    choices.includes(value as string) ? value : expected(report, path, what, value);

/** A number in `[min, max]`; whole when `integer`. */
export const number =
  (what: string, min: number, max = Number.MAX_SAFE_INTEGER, integer = false): Check =>
  (report, path, value) =>
    typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? value
      : expected(report, path, what, value);

export const boolean: Check = (report, path, value) =>
  typeof value === 'boolean' ? value : expected(report, path, 'true or false', value);

/** An array; items that fail their check are reported and left out. */
export const list =
  (item: Check): Check =>
  (report, path, value) =>
    Array.isArray(value)
      ? value.map((entry, i) => item(report, at(path, i), entry, String(i))).filter((entry) => entry !== undefined)
      : expected(report, path, 'an array', value);

/**
 * An object with any keys: `keyProblem` says what is wrong with a key (or
 * nothing), `item` checks each value. Bad entries are reported and left out.
 */
export const dict =
  (keyProblem: (key: string) => string | undefined, item: Check): Check =>
  (report, path, value) => {
    if (!isRecord(value)) return expected(report, path, 'an object', value);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const problem = keyProblem(key);
      if (problem) report(at(path, key), problem);
      else {
        const checked = item(report, at(path, key), value[key], key);
        if (checked !== undefined) out[key] = checked;
      }
    }
    return out;
  };

/** Reports a key that is not one of `known`, with a "did you mean" when one is close. */
export const unknownKey =
  (what: string, known: readonly string[]) =>
  (key: string): string | undefined => {
    if (known.includes(key)) return undefined;
    const near = closest(key, known);
    return `unknown ${what}${near ? `; did you mean "${near}"?` : ''}`;
  };

/**
 * An object with known keys, each with its own check; unknown keys are
 * reported. When a `required` key is missing or bad the whole object is left out.
 */
export const shape =
  (checks: Readonly<Record<string, Check>>, required: readonly string[] = []): Check =>
  (report, path, value, key) => {
    const fields = Object.keys(checks);
    const out = dict(unknownKey('option', fields), (r, p, v, k) => (checks[k] as Check)(r, p, v, k))(
      report,
      path,
      value,
      key,
    ) as Record<string, unknown> | undefined;
    if (!out) return undefined;
    const missing = required.filter((name) => !Object.hasOwn(out, name));
    for (const name of missing) {
      if (!Object.hasOwn(value as object, name)) (checks[name] as Check)(report, at(path, name), undefined, name);
    }
    return missing.length ? undefined : out;
  };
