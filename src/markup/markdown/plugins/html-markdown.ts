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
import { markdownContentModel, matchStartTag } from "../block/html-raw.js";
import { continueMidLine, markHtmlElement } from "../block/html-block.js";
import { HTML_SPAN_ELEMENTS } from "../block/patterns.js";
import { parseBlocksFrom, rawLine } from "./block-source.js";
import { booleanOption, type PluginOptions } from "./kramdown-options.js";
import { htmlMarkdownAllowed, setHtmlContainer, withHtmlMarkdownLevel, type HtmlContainer } from "../block/state-utils.js";


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
  if (HTML_SPAN_ELEMENTS.has(name)) return false;
  const markdown = tag.attrs.find(([k]) => k === "markdown")?.[1];
  const parseAll = booleanOption(opts, state.env as Record<string, unknown>, "parse_block_html", false);
  // kramdown's content model: `markdown="1"` (or parse_block_html) uses the element's own model.
  const model = markdownContentModel(name, markdown ?? (parseAll ? "1" : undefined));
  if (!model || !htmlMarkdownAllowed(state)) return false;
  if (silent) return true;

  const attrs = tag.attrs.filter(([k]) => k !== "markdown");
  const open = state.push("html_block", "", 0);
  open.content = `${startTag(tag.name, attrs)}\n`;
  const lineOf = (offset: number) => startLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  let end: number;
  if (model === "span") {
    // Span content runs to the first end tag of the element (or to the end of the text).
    const close = new RegExp(`</${tag.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\t\\n\\v\\f\\r ]*>`, "gi");
    close.lastIndex = tag.end;
    const m = close.exec(text);
    const inline = state.push("inline", "", 0);
    inline.content = text.slice(tag.end, m ? m.index : text.length).trim();
    inline.children = [];
    end = m ? close.lastIndex : text.length;
  } else {
    // Block content is parsed until a line starting with the end tag (kramdown's stop_block_parsing).
    const trailing = /[ \t]*\n/y;
    trailing.lastIndex = tag.end;
    const contentStart = trailing.test(text) ? trailing.lastIndex : tag.end;
    const container: HtmlContainer = { name: tag.name, known: tag.known };
    const inner = text.slice(contentStart);
    withHtmlMarkdownLevel(state, () =>
      parseBlocksFrom(state, inner, state.level, lineOf(contentStart), (sub) => {
        setHtmlContainer(sub, container);
      }),
    );
    end = container.stop === undefined ? text.length : contentStart + container.stop;
  }
  const close = state.push("html_block", "", 0);
  close.content = `</${tag.name}>\n`;
  markHtmlElement(open, close);
  finishAt(state, text, startLine, end, endLine);
  return true;
}

/** Moves the state past `end` (an offset in `text`, which starts at `startLine`); text left on that line is parsed next. */
function finishAt(state: StateBlock, text: string, startLine: number, end: number, endLine: number): void {
  const rest = /[ \t]*(?:\n|$)/y;
  rest.lastIndex = end;
  if (rest.test(text)) end = rest.lastIndex;
  const line = startLine + (text.slice(0, end).match(/\n/g)?.length ?? 0);
  const column = end - (text.lastIndexOf("\n", end - 1) + 1);
  if (column === 0 || line >= endLine) {
    state.line = Math.max(line, startLine + 1);
    return;
  }
  continueMidLine(state, line, column, endLine);
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
