/**
 * kramdown abbreviations.
 *
 * Definitions `*[ABBR]: Full title` (anywhere in the document, removed from
 * the output) turn every whole-word occurrence of ABBR in text into
 * `<abbr title="Full title">ABBR</abbr>` (`<abbr>` when the title is empty).
 * Longer abbreviations win over shorter ones. Code, HTML and math are left
 * alone. Register after header ids (ids use the plain text) and before the TOC.
 */
import type { MarkdownIt, StateBlock, StateCore, Token } from "markdown-it";
import type { PluginOptions } from "./kramdown-options.js";

const DEFINITION = /^\*\[(.+?)\]:(.*)$/;

interface AbbrEnv {
  kramdownAbbreviations?: Map<string, string>;
}

function abbreviationDefinition(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.src.charCodeAt(start) !== 0x2a /* * */ || state.src.charCodeAt(start + 1) !== 0x5b /* [ */) return false;
  const match = DEFINITION.exec(state.src.slice(start, state.eMarks[startLine]));
  if (!match) return false;
  if (silent) return true;
  const env = state.env as AbbrEnv;
  (env.kramdownAbbreviations ??= new Map()).set(match[1]!, match[2]!.trim());
  state.line = startLine + 1;
  return true;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function replaceAbbreviations(state: StateCore): void {
  const defs = (state.env as AbbrEnv).kramdownAbbreviations;
  if (!defs || defs.size === 0) return;
  const names = [...defs.keys()].sort((a, b) => b.length - a.length);
  const union = names.map(escapeRegExp).join("|");
  // kramdown: the abbreviation must follow a non-word character (or the start) and not be followed by one.
  const pattern = new RegExp(`(^|\\W)(${union})(?!\\w)`, "g");
  const escape = state.md.utils.escapeHtml;
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    const out: Token[] = [];
    for (const token of block.children) {
      if (token.type !== "text") {
        out.push(token);
        continue;
      }
      let last = 0;
      const text = token.content;
      for (const match of text.matchAll(pattern)) {
        const abbrStart = match.index! + match[1]!.length;
        if (abbrStart > last) out.push(textToken(state, text.slice(last, abbrStart)));
        const name = match[2]!;
        const title = defs.get(name) ?? "";
        const html = new state.Token("html_inline", "", 0);
        html.content = `<abbr${title === "" ? "" : ` title="${escape(title)}"`}>${escape(name)}</abbr>`;
        out.push(html);
        last = abbrStart + name.length;
      }
      if (last === 0) out.push(token);
      else if (last < text.length) out.push(textToken(state, text.slice(last)));
    }
    block.children = out;
  }
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token("text", "", 0);
  token.content = content;
  return token;
}

/** Register kramdown abbreviation definitions and their replacement on `md`. */
export function abbreviationsPlugin(md: MarkdownIt, _opts: PluginOptions): void {
  md.block.ruler.before("reference", "kramdown_abbreviation_definition", abbreviationDefinition);
  md.core.ruler.push("kramdown_abbreviations", replaceAbbreviations);
}

export default abbreviationsPlugin;
