/**
 * kramdown typography: smart quotes and typographic symbols.
 *
 * Replaces markdown-it's typographer (its `replacements` and `smartquotes`
 * rules are disabled: no `(c)`, `+-`, `..` replacements) with kramdown's span
 * parsers, emulated as inline rules so they see the same source context:
 * - `---` → —, `--` → –, `...` → …, `<<` → «, `>>` → », `<< ` → « + nbsp,
 *   ` >>` → nbsp + », `\<<` / `\>>` stay literal.
 * - Quotes follow kramdown's SQ_RULES. As in kramdown, a quote only sees the
 *   character before it when that character is plain text scanned together
 *   with the quote (not the end of an element such as emphasis or a link).
 * - `smart_quotes` (default `lsquo,rsquo,ldquo,rdquo`) names the four
 *   characters (entity names or code points); `apos,apos,quot,quot` keeps
 *   straight quotes.
 */
import type { MarkdownIt, StateInline } from "markdown-it";
import { kramdownOption, type PluginOptions } from "./kramdown-options.js";

type Quote = "lsquo" | "rsquo" | "ldquo" | "rdquo";

const SQ_PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
const SQ_CLOSE = "[^ \\\\\\t\\r\\n\\[{(\\-]";

/** kramdown's SQ_RULES: [regexp (sticky), substitutions]; a number emits that group as text. */
const SQ_RULES: Array<[RegExp, Array<number | string>]> = [
  [/("|')(?=[_*]{1,2}[^\t\n\v\f\r ])/y, ["lquote1"]],
  [new RegExp(`("|')(?=${SQ_PUNCT}(?!\\.\\.)\\B)`, "y"), ["rquote1"]],
  [/([\t\n\v\f\r ]?)"'(?=\w)/y, [1, "ldquo", "lsquo"]],
  [/([\t\n\v\f\r ]?)'"(?=\w)/y, [1, "lsquo", "ldquo"]],
  [/([\t\n\v\f\r ]?)'(?=\d\ds)/y, [1, "rsquo"]],
  [/([\t\n\v\f\r ])('|")(?=\w)/y, [1, "lquote2"]],
  [new RegExp(`(${SQ_CLOSE})('|")`, "y"), [1, "rquote2"]],
  [/("|')(?=[\t\n\v\f\r ]|s\b|$)/my, ["rquote1"]],
  [/(.?)'/sy, [1, "lsquo"]],
  [/(.?)"/sy, [1, "ldquo"]],
];

function resolveQuote(kind: string, quote: string): Quote {
  if (kind === "lsquo" || kind === "rsquo" || kind === "ldquo" || kind === "rdquo") return kind;
  const left = kind.startsWith("l");
  if (quote === '"') return left ? "ldquo" : "rdquo";
  return left ? "lsquo" : "rsquo";
}

/** Resolve `smart_quotes` to the four characters [lsquo, rsquo, ldquo, rdquo]. */
export function smartQuoteChars(md: MarkdownIt, value: unknown): Record<Quote, string> {
  const names = Array.isArray(value)
    ? value.map(String)
    : String(value ?? "lsquo,rsquo,ldquo,rdquo").split(",").map((s) => s.trim());
  const toChar = (name: string | undefined, fallback: string): string => {
    if (!name) return fallback;
    if (/^\d+$/.test(name)) return String.fromCodePoint(Number(name));
    const decoded = md.utils.unescapeAll(`&${name};`);
    return decoded === `&${name};` ? fallback : decoded;
  };
  return {
    lsquo: toChar(names[0], "\u2018"),
    rsquo: toChar(names[1], "\u2019"),
    ldquo: toChar(names[2], "\u201C"),
    rdquo: toChar(names[3], "\u201D"),
  };
}

function pushText(state: StateInline, content: string): void {
  const token = state.push("text", "", 0);
  token.content = content;
}

/** The character kramdown's scanner would have seen before `state.pos`, if any. */
function precedingChar(state: StateInline): string | undefined {
  if (state.pending !== "") return state.src[state.pos - 1];
  const last = state.tokens[state.tokens.length - 1];
  if (last && last.type === "softbreak") return "\n";
  return undefined;
}

function smartQuoteRule(state: StateInline, silent: boolean, chars: Record<Quote, string>): boolean {
  const quote = state.src[state.pos];
  if (quote !== '"' && quote !== "'") return false;
  if (silent) return false;
  const before = precedingChar(state);
  // kramdown scans from the preceding character when it is plain text (never a backslash).
  const prefix = before !== undefined && before !== "\\" ? before : "";
  const source = prefix + state.src.slice(state.pos, state.posMax);
  for (const [regexp, substs] of SQ_RULES) {
    regexp.lastIndex = 0;
    const match = regexp.exec(source);
    if (!match) continue;
    for (const subst of substs) {
      if (typeof subst === "number") {
        // The prefix character is already output (pending text or a soft break).
        const text = (match[subst] ?? "").slice(subst === 1 ? prefix.length : 0);
        if (text !== "") state.pending += text;
      } else {
        const quoteChar = subst.endsWith("1") ? match[1]! : subst.endsWith("2") ? match[2]! : "";
        pushText(state, chars[resolveQuote(subst, quoteChar)]);
      }
    }
    state.pos += match[0].length - prefix.length;
    return true;
  }
  return false;
}

const SYMBOLS: Array<[string, string]> = [
  ["---", "\u2014"],
  ["--", "\u2013"],
  ["...", "\u2026"],
  ["<< ", "\u00AB\u00A0"],
  ["<<", "\u00AB"],
  [">>", "\u00BB"],
];

function typographicSymbolRule(state: StateInline, silent: boolean): boolean {
  const ch = state.src[state.pos];
  if (ch !== "-" && ch !== "." && ch !== "<" && ch !== ">") return false;
  for (const [symbol, replacement] of SYMBOLS) {
    if (!state.src.startsWith(symbol, state.pos) || state.pos + symbol.length > state.posMax) continue;
    if (silent) {
      state.pos += symbol.length;
      return true;
    }
    if (symbol === ">>" && state.pending.endsWith(" ")) {
      state.pending = state.pending.slice(0, -1);
      pushText(state, "\u00A0\u00BB");
    } else {
      pushText(state, replacement);
    }
    state.pos += symbol.length;
    return true;
  }
  return false;
}

/** markdown-it's `text` rule, also stopping at quotes and `.` so the rules above see them. */
function textRule(state: StateInline, silent: boolean): boolean {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminator(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}

function isTerminator(code: number): boolean {
  switch (code) {
    case 0x0a: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25: case 0x26: case 0x27:
    case 0x2a: case 0x2b: case 0x2d: case 0x2e: case 0x3a: case 0x3c: case 0x3d: case 0x3e:
    case 0x40: case 0x5b: case 0x5c: case 0x5d: case 0x5e: case 0x5f: case 0x60: case 0x7b:
    case 0x7d: case 0x7e:
      return true;
    default:
      return false;
  }
}

/** Register kramdown's smart quotes and typographic symbols on `md`. */
export function typographyPlugin(md: MarkdownIt, opts: PluginOptions): void {
  md.core.ruler.disable(["replacements", "smartquotes"], true);
  md.inline.ruler.at("text", textRule);
  md.inline.ruler.after("text", "kramdown_typographic_symbols", typographicSymbolRule);
  md.inline.ruler.after("kramdown_typographic_symbols", "kramdown_smart_quotes", (state, silent) =>
    // the quote check first: this rule runs at every position, and resolving the characters is not cheap
    (state.src[state.pos] === "'" || state.src[state.pos] === '"') &&
    smartQuoteRule(state, silent, smartQuoteChars(md, kramdownOption(opts, state.env as Record<string, unknown>, "smart_quotes"))),
  );
}

export default typographyPlugin;
