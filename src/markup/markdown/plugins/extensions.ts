/**
 * kramdown's generic extensions, block and span forms:
 * - `{::comment}…{:/comment}` → an HTML comment `<!-- … -->`
 * - `{::nomarkdown}…{:/nomarkdown}` → the body as raw HTML (dropped when a
 *   `type="…"` list is given without `html`)
 * - `{::options key="value" /}` → overrides kramdown options for the rest of
 *   the document (stored in `env`, see kramdown-options.ts); `{:/}` closes any
 *   extension.
 */
import type { MarkdownIt, StateBlock, StateInline } from "markdown-it";
import { parseAttributeList } from "./attribute-list.js";
import { ENV_OPTIONS_KEY, type PluginOptions } from "./kramdown-options.js";

const BLOCK_START = /^ {0,3}\{::(\w+)(?:[\t\n\v\f\r ]((?:\\\}|[^}])*?)|)(\/)?\}[\t\n\v\f\r ]*$/;
const SPAN_START = /^\{::(\w+)(?:[\t\n\v\f\r ]((?:\\\}|[^}])*?)|)(\/)?\}/;
/** Raw HTML that the inline-HTML re-serialization must not touch. */
const RAW_SPAN = "kramdown_raw_inline";
const RAW_BLOCK = "kramdown_raw_block";
const KNOWN = new Set(["comment", "nomarkdown", "options"]);

function optionsFrom(source: string | undefined): Record<string, string> {
  const options: Record<string, string> = {};
  for (const [key, value] of parseAttributeList(source ?? "").attrs) options[key] = value;
  return options;
}

function applyOptions(env: Record<string, unknown>, source: string | undefined): void {
  const overrides = (env[ENV_OPTIONS_KEY] ??= {}) as Record<string, unknown>;
  Object.assign(overrides, optionsFrom(source));
}

function rawAllowed(attrs: string | undefined): boolean {
  const type = optionsFrom(attrs)["type"];
  return type === undefined || type.trim() === "" || type.split(/[\t\n\v\f\r ]+/).includes("html");
}

function blockExtension(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const match = BLOCK_START.exec(state.src.slice(start, state.eMarks[startLine]));
  if (!match || !KNOWN.has(match[1]!)) return false;
  const [, name, attrs, selfClosing] = match;
  let stopLine = startLine;
  if (!selfClosing) {
    const stop = new RegExp(`^ {0,3}\\{:/(?:${name})?\\}[\\t\\n\\v\\f\\r ]*$`);
    for (stopLine = startLine + 1; stopLine < endLine; stopLine++) {
      if (stop.test(state.src.slice(state.bMarks[stopLine], state.eMarks[stopLine]))) break;
    }
    if (stopLine >= endLine) return false;
  }
  if (silent) return true;
  state.line = stopLine + 1;
  if (name === "options") {
    applyOptions(state.env as Record<string, unknown>, attrs);
    return true;
  }
  const body = selfClosing ? "" : state.getLines(startLine + 1, stopLine, 0, false);
  if (name === "comment") {
    const token = state.push("html_block", "", 0);
    token.content = `<!-- ${body} -->\n`;
  } else if (rawAllowed(attrs)) {
    const token = state.push(RAW_BLOCK, "", 0);
    token.content = `${body}\n`;
  }
  return true;
}

function spanExtension(state: StateInline, silent: boolean): boolean {
  if (!state.src.startsWith("{::", state.pos)) return false;
  const match = SPAN_START.exec(state.src.slice(state.pos, state.posMax));
  if (!match || !KNOWN.has(match[1]!)) return false;
  const [whole, name, attrs, selfClosing] = match;
  let end = state.pos + whole.length;
  let body = "";
  if (!selfClosing) {
    const stop = new RegExp(`\\{:/(?:${name})?\\}`, "g");
    stop.lastIndex = end;
    const found = stop.exec(state.src);
    if (!found || found.index + found[0].length > state.posMax) return false;
    body = state.src.slice(end, found.index);
    end = found.index + found[0].length;
  }
  if (!silent) {
    if (name === "options") applyOptions(state.env as Record<string, unknown>, attrs);
    else if (name === "comment") state.push("html_inline", "", 0).content = `<!-- ${body} -->`;
    else if (rawAllowed(attrs)) state.push(RAW_SPAN, "", 0).content = body;
  }
  state.pos = end;
  return true;
}

/** Register kramdown's `{::comment}`, `{::nomarkdown}` and `{::options}` extensions on `md`. */
export function extensionsPlugin(md: MarkdownIt, _opts: PluginOptions): void {
  md.block.ruler.before("paragraph", "kramdown_extensions", blockExtension);
  md.inline.ruler.before("text", "kramdown_span_extensions", spanExtension);
  md.renderer.rules[RAW_SPAN] = (tokens, idx) => tokens[idx]!.content;
  md.renderer.rules[RAW_BLOCK] = (tokens, idx) => tokens[idx]!.content;
}

export default extensionsPlugin;
