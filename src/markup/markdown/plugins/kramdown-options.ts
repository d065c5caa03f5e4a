/**
 * Reading kramdown options for the kramdown-extension plugins.
 *
 * Plugins receive the converter's options object, whose `kramdown` field is the
 * site's `kramdown:` config merged over Jekyll's defaults. `{::options … /}`
 * inside a document overrides some of them for that document only; those
 * overrides live in the markdown-it `env` under {@link ENV_OPTIONS_KEY}.
 */

/** The part of the converter options the plugins read. */
export interface PluginOptions {
  readonly kramdown?: object;
}

/** Key in markdown-it's `env` holding per-document `{::options}` overrides. */
export const ENV_OPTIONS_KEY = "kramdownOptions";

type Env = Record<string, unknown> | undefined;

/** Raw value of kramdown option `key`: the document override first, then the config. */
export function kramdownOption(opts: PluginOptions, env: Env, key: string): unknown {
  const overrides = env?.[ENV_OPTIONS_KEY] as Record<string, unknown> | undefined;
  if (overrides && Object.prototype.hasOwnProperty.call(overrides, key)) return overrides[key];
  const config = opts.kramdown as Record<string, unknown> | undefined;
  return config?.[key];
}

/** Boolean option the way kramdown parses it (`false`, `"false"`, nil → false). */
export function booleanOption(opts: PluginOptions, env: Env, key: string, fallback: boolean): boolean {
  const value = kramdownOption(opts, env, key);
  if (value === undefined || value === null) return fallback;
  if (typeof value === "string") return !["false", "", "nil"].includes(value.trim().toLowerCase());
  return Boolean(value);
}

/** String option, or `fallback` when unset. */
export function stringOption(opts: PluginOptions, env: Env, key: string, fallback: string): string {
  const value = kramdownOption(opts, env, key);
  if (value === undefined || value === null) return fallback;
  return String(value);
}

/** Integer option, or `fallback` when unset or not a number. */
export function integerOption(opts: PluginOptions, env: Env, key: string, fallback: number): number {
  const value = kramdownOption(opts, env, key);
  const parsed = typeof value === "number" ? value : Number.parseInt(String(value ?? ""), 10);
  return Number.isFinite(parsed) ? Math.trunc(parsed) : fallback;
}

/** True when the document is parsed with kramdown-parser-gfm (`input: GFM`, Jekyll's default). */
export function isGfmInput(opts: PluginOptions, env: Env): boolean {
  return stringOption(opts, env, "input", "GFM").toLowerCase() === "gfm";
}
