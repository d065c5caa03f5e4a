/**
 * kramdown math with its default MathJax engine.
 *
 * `$$…$$` standing alone between block boundaries is block math: `\[…\]` with
 * no paragraph; `$$…$$` inside text is inline math: `\(…\)`. The content is
 * stripped and HTML-escaped. A block IAL wraps block math in a `<div>` with
 * those attributes; a span IAL gives `<span …>$…$</span>` (kramdown's
 * behaviour).
 */
import type { MarkdownIt, StateBlock, StateInline } from "markdown-it";
import type { PluginOptions } from "./kramdown-options.js";
import { BLANK_LINE, EOB_MARKER, IAL_BLOCK_LINE } from "../block/patterns.js";
import { afterBlockBoundary } from "../block/state-utils.js";
import { rubyStrip } from "../ruby-strings.js";

const BLOCK_BOUNDARY = { test: (line: string) => BLANK_LINE.test(line) || EOB_MARKER.test(line) || IAL_BLOCK_LINE.test(line) };

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (!state.src.startsWith("$$", start)) return false;
  // Must follow a block boundary.
  if (!afterBlockBoundary(state, startLine)) return false;
  // `\$$` escapes block math.
  if (state.src.charCodeAt(start) === 0x5c) return false;
  const rest = state.src.slice(start + 2);
  const close = rest.indexOf("$$");
  if (close < 0) return false;
  const endPos = start + 2 + close + 2;
  let line = startLine;
  while (line < endLine && state.eMarks[line]! < endPos) line++;
  if (line >= endLine) return false;
  if (state.src.slice(endPos, state.eMarks[line]).trim() !== "") return false;
  // Must be followed by a block boundary (blank line, IAL, end-of-block marker or the end).
  if (line + 1 < endLine && !BLOCK_BOUNDARY.test(state.src.slice(state.bMarks[line + 1]!, state.eMarks[line + 1]))) return false;
  if (silent) return true;
  const token = state.push("math_block", "", 0);
  token.block = true;
  token.content = rubyStrip(rest.slice(0, close));
  token.map = [startLine, line + 1];
  state.line = line + 1;
  return true;
}

function mathInline(state: StateInline, silent: boolean): boolean {
  if (!state.src.startsWith("$$", state.pos)) return false;
  const close = state.src.indexOf("$$", state.pos + 2);
  if (close < 0 || close + 2 > state.posMax) return false;
  if (!silent) {
    const token = state.push("math_inline", "", 0);
    token.content = rubyStrip(state.src.slice(state.pos + 2, close));
  }
  state.pos = close + 2;
  return true;
}

/** Register `$$` math (MathJax delimiters) on `md`. */
export function mathPlugin(md: MarkdownIt, _opts: PluginOptions): void {
  // kramdown tries block math right before tables.
  md.block.ruler.before("table", "kramdown_math_block", mathBlock);
  md.inline.ruler.before("escape", "kramdown_math_inline", mathInline);
  const escape = md.utils.escapeHtml;
  md.renderer.rules.math_block = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    const body = `\\[${escape(token.content)}\\]\n`;
    if (!token.attrs || token.attrs.length === 0) return body;
    return `<div${self.renderAttrs(token)}>${body}</div>\n`;
  };
  md.renderer.rules.math_inline = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx]!;
    if (!token.attrs || token.attrs.length === 0) return `\\(${escape(token.content)}\\)`;
    return `<span${self.renderAttrs(token)}>$${token.content}$</span>`;
  };
}

export default mathPlugin;
