/**
 * kramdown's Markdown inside HTML: a block-level element with `markdown="1"`
 * (or `"block"` / `"span"`), or any block-level element when
 * `parse_block_html` is on (unless `markdown="0"`), has its content parsed as
 * Markdown; the `markdown` attribute is dropped from the output. `markdown="1"`
 * uses the element's default content model (block for `div`, `section`, …;
 * span for `p`, `h1`–`h6`, `td`, …). Raw elements (`pre`, `script`, …) are left
 * to the HTML block rule. On span-level tags the attribute is only removed.
 */
import type { MarkdownIt, StateBlock, StateCore } from "markdown-it";
import { matchStartTag, readRawElement } from "../block/html-raw.js";
import { HTML_SPAN_ELEMENTS } from "../block/patterns.js";
import { parseBlocksFrom, rawLine } from "./block-source.js";
import { booleanOption, type PluginOptions } from "./kramdown-options.js";

const SPAN_CONTENT = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "td", "th", "legend", "caption", "em", "strong", "a"]);
const RAW_CONTENT = new Set(["pre", "script", "style", "textarea", "math", "code", "kbd", "samp", "option"]);

function escapeAttribute(value: string): string {
  return value.replace(/&(?!#?\w+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function startTag(name: string, attrs: Array<[string, string]>): string {
  return `<${name}${attrs.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join("")}>`;
}

function htmlMarkdownBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean, opts: PluginOptions): boolean {
  const first = rawLine(state, startLine);
  const lead = /^ {0,3}</.exec(first);
  if (!lead) return false;
  let text = "";
  for (let line = startLine; line < endLine; line++) text += `${rawLine(state, line)}\n`;
  const tag = matchStartTag(text, lead[0].length - 1);
  if (!tag || tag.closed) return false;
  const name = tag.name.toLowerCase();
  if (HTML_SPAN_ELEMENTS.has(name) || RAW_CONTENT.has(name)) return false;
  const markdown = tag.attrs.find(([k]) => k === "markdown")?.[1];
  const parseAll = booleanOption(opts, state.env as Record<string, unknown>, "parse_block_html", false);
  if (markdown === undefined ? !parseAll : markdown === "0") return false;
  const element = readRawElement(text, tag);
  const closeAt = text.slice(0, element.end).search(new RegExp(`</${tag.name}\\s*>$`, "i"));
  if (closeAt < 0) return false;
  if (silent) return true;

  const inner = text.slice(tag.end, closeAt);
  const attrs = tag.attrs.filter(([k]) => k !== "markdown");
  const open = state.push("html_block", "", 0);
  open.content = `${startTag(tag.name, attrs)}\n`;
  const model = markdown === "span" || (markdown !== "block" && SPAN_CONTENT.has(name)) ? "span" : "block";
  const innerFirstLine = startLine + (text.slice(0, tag.end).match(/\n/g)?.length ?? 0);
  if (model === "span") {
    const inline = state.push("inline", "", 0);
    inline.content = inner.trim();
    inline.children = [];
  } else {
    parseBlocksFrom(state, inner.replace(/^[ \t]*\n/, ""), state.level, innerFirstLine);
  }
  const close = state.push("html_block", "", 0);
  close.content = `</${tag.name}>\n`;
  const consumed = text.slice(0, element.end).match(/\n/g)?.length ?? 0;
  const rest = text.slice(element.end).match(/^[ \t]*\n/);
  state.line = startLine + consumed + (rest ? 1 : 0);
  if (state.line === startLine) state.line = startLine + 1;
  return true;
}

/** Drop `markdown="…"` from span-level tags (their content is Markdown anyway). */
function stripSpanMarkdownAttribute(state: StateCore): void {
  for (const block of state.tokens) {
    for (const token of block.children ?? []) {
      if (token.type === "html_inline" && /^<[A-Za-z]/.test(token.content)) {
        token.content = token.content.replace(/\s+markdown=(?:"[^"]*"|'[^']*'|\S+?)(?=[\s/>])/, "");
      }
    }
  }
}

/** Register Markdown-in-HTML (`markdown="1"`, `parse_block_html`) on `md`. */
export function htmlMarkdownPlugin(md: MarkdownIt, opts: PluginOptions): void {
  md.block.ruler.before("html_block", "kramdown_html_markdown", (state, startLine, endLine, silent) =>
    htmlMarkdownBlock(state, startLine, endLine, silent, opts),
  );
  md.core.ruler.push("kramdown_span_markdown_attribute", stripSpanMarkdownAttribute);
}

export default htmlMarkdownPlugin;
