/**
 * URL generation compatible with `Jekyll::URL` (Jekyll 4.3.1): placeholder
 * substitution, URL sanitizing, permalink styles, and destination paths.
 */
import { escapePath, unescapePath } from "./url-escape.js";

export { escapePath, unescapePath };

/** A placeholder value; arrays (categories) are joined with `/`. */
export type PlaceholderValue = string | readonly string[] | null | undefined;

/**
 * Placeholders computed only when the template names them (a document's UrlDrop has 25; a template uses a
 * few): `table` says how to compute each one from `subject`.
 */
export interface PlaceholderLookup {
  has(key: string): boolean;
  get(key: string): PlaceholderValue;
  toRecord(): Record<string, PlaceholderValue>;
}

export class LazyPlaceholders<S> implements PlaceholderLookup {
  constructor(
    private readonly table: ReadonlyMap<string, (subject: S) => PlaceholderValue>,
    private readonly subject: S,
  ) {}

  has(key: string): boolean {
    return this.table.has(key);
  }

  get(key: string): PlaceholderValue {
    return this.table.get(key)?.(this.subject);
  }

  /** All of them, in the table's order. */
  toRecord(): Record<string, PlaceholderValue> {
    const out: Record<string, PlaceholderValue> = {};
    for (const [key, compute] of this.table) out[key] = compute(this.subject);
    return out;
  }
}

export interface GenerateUrlOptions {
  /** Template used when no permalink is given, e.g. `/:categories/:year/:month/:day/:title:output_ext`. */
  template: string;
  placeholders: Record<string, PlaceholderValue> | PlaceholderLookup;
  /** Front-matter permalink; replaces the template when not null/undefined (even when ""). */
  permalink?: string | null;
  /**
   * How placeholders are found, mirroring Jekyll's two code paths:
   * - `drop` (default; documents and posts, Jekyll's UrlDrop): every `:[a-z_]+`
   *   in the template is a key; `:key_` falls back to `:key`; an unknown key throws.
   * - `hash` (pages and static files): each key in insertion order replaces every
   *   `:key` occurrence (no word boundary); a null value removes `/:key`; unknown
   *   placeholders stay literal.
   */
  placeholderStyle?: "drop" | "hash";
}

/** `Jekyll::URL.new(template:, placeholders:, permalink:).to_s`. */
export function generateUrl(opts: GenerateUrlOptions): string {
  const source = opts.permalink ?? opts.template;
  const placeholders = opts.placeholders;
  const generated =
    opts.placeholderStyle === "hash"
      ? substituteFromHash(source, placeholders instanceof LazyPlaceholders ? placeholders.toRecord() : (placeholders as Record<string, PlaceholderValue>))
      : substituteFromDrop(source, placeholders);
  return sanitizeUrl(generated);
}

function joinValue(value: PlaceholderValue): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : value.join("/");
}

function substituteFromDrop(template: string, placeholders: Record<string, PlaceholderValue> | PlaceholderLookup): string {
  const lazy: PlaceholderLookup | undefined = placeholders instanceof LazyPlaceholders ? placeholders : undefined;
  const record = placeholders as Record<string, PlaceholderValue>;
  return template.replace(/:([a-z_]+)/g, (match, name: string) => {
    // Jekyll tries the name without one trailing "_" (for `/:month_:day`);
    // a quirk there means the full underscored name is never tried.
    const key = name.endsWith("_") ? name.slice(0, -1) : name;
    if (lazy ? !lazy.has(key) : !Object.hasOwn(record, key)) {
      const pool = key === name ? key : `${key} or ${key}`;
      throw new Error(`The URL template doesn't have ${pool} keys. Check your permalink template!`);
    }
    const replacement = escapePath(joinValue(lazy ? lazy.get(key) : record[key]) ?? "");
    return match.replace(`:${key}`, () => replacement);
  });
}

function substituteFromHash(template: string, placeholders: Record<string, PlaceholderValue>): string {
  let result = template;
  for (const [key, raw] of Object.entries(placeholders)) {
    if (!result.includes(":")) break;
    const value = joinValue(raw);
    result =
      value === null
        ? result.split(`/:${key}`).join("")
        : result.split(`:${key}`).join(escapePath(value));
  }
  return result;
}

/**
 * Jekyll's `URL#sanitize_url`: prefix `/`, turn `..` into `/`, drop `./`,
 * squeeze repeated slashes.
 */
export function sanitizeUrl(url: string): string {
  return `/${url}`.split("..").join("/").split("./").join("").replace(/\/{2,}/g, "/");
}

/** Jekyll's built-in permalink styles (`Configuration::STYLE_TO_PERMALINK`). */
export const PERMALINK_STYLES: Readonly<Record<string, string>> = Object.freeze({
  none: "/:categories/:title:output_ext",
  date: "/:categories/:year/:month/:day/:title:output_ext",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
});

/**
 * Template for the site `permalink` setting: a style name maps to its
 * template, anything else is used literally; undefined means Jekyll's
 * default style, `date`.
 */
export function permalinkTemplate(style: string | undefined): string {
  const name = style ?? "date";
  return Object.hasOwn(PERMALINK_STYLES, name) ? PERMALINK_STYLES[name]! : name;
}

/**
 * Jekyll's `Utils.add_permalink_suffix`: end a page/collection template
 * (`/:path/:basename`) the way the site permalink style ends. `weekdate`
 * adds nothing, as in Jekyll.
 */
export function addPermalinkSuffix(template: string, permalinkStyle: string): string {
  switch (permalinkStyle) {
    case "pretty":
      return `${template}/`;
    case "date":
    case "ordinal":
    case "none":
      return `${template}:output_ext`;
    default:
      if (permalinkStyle.endsWith("/")) return `${template}/`;
      if (permalinkStyle.endsWith(":output_ext")) return `${template}:output_ext`;
      return template;
  }
}

/**
 * The output file for a URL, like Jekyll's `Document#destination` (default)
 * or `Page#destination` (`kind: "page"`): the unescaped URL under `dest`,
 * `index.html` (pages: `index` + outputExt) for URLs ending in `/`, and
 * `outputExt` appended unless already there. `..` segments are clamped at
 * `dest` as in `Jekyll.sanitized_path`; throws if the URL cannot be mapped
 * inside `dest`.
 */
export function destinationPath(dest: string, url: string, outputExt: string, kind: "document" | "page" = "document"): string {
  const unescaped = unescapePath(url);
  if (unescaped.includes("\0")) throw new Error(`URL ${JSON.stringify(url)} contains a null byte`);
  let path = sanitizedPath(dest, unescaped);
  if (url.endsWith("/")) path = joinPath(path, kind === "page" ? "index" : "index.html");
  if (kind === "page" || !url.endsWith("/")) {
    if (!path.endsWith(outputExt)) path += outputExt;
  }
  const base = dest.endsWith("/") ? dest : `${dest}/`;
  if (!path.startsWith(base) || path.slice(base.length).split("/").includes("..")) {
    throw new Error(`URL ${JSON.stringify(url)} would be written outside the destination ${dest}`);
  }
  return path;
}

/** `Jekyll.sanitized_path(base, path)`: resolve `path` against `/`, then place it under `base`. */
function sanitizedPath(base: string, questionable: string): string {
  if (questionable === base) return base;
  const clean = expandFromRoot(questionable.startsWith("~") ? `/${questionable}` : questionable);
  if (clean === base) return clean;
  if (clean.startsWith(base.endsWith("/") ? base : `${base}/`)) return clean;
  return joinPath(base, clean.replace(/^\w:\//, "/"));
}

/** Ruby's `File.expand_path(path, "/")` for a path without `~user` expansion. */
function expandFromRoot(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}

/** Ruby's `File.join(a, b)`: one slash at the joint. */
function joinPath(a: string, b: string): string {
  return `${a.replace(/\/+$/, "")}/${b.replace(/^\/+/, "")}`;
}
