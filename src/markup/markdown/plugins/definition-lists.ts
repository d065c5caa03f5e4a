/**
 * kramdown definition lists.
 *
 * A line `: definition` right after a paragraph (or after a paragraph and one
 * blank line) turns each line of that paragraph into a `<dt>` and starts a
 * `<dd>`. Definition content continues on lines indented past the marker (and
 * lazy lines); a blank line before the marker makes the first paragraph of
 * the definition a real `<p>`, otherwise it is inline. A definition list
 * directly following another one is merged into it.
 */
import type { MarkdownIt, StateBlock, Token } from "markdown-it";
import type { PluginOptions } from "./kramdown-options.js";
import { firstLine, itemPatterns, markerPattern, type ItemPatterns } from "../block/list-scan.js";
import { BLANK_LINE, EOB_MARKER } from "../block/patterns.js";
import { parseBlocksFrom, rawLine } from "./block-source.js";

const DD_START = /^( {0,3}:)([\t ]+)/;
/** kramdown's DEFINITION_LIST_START: the marker and the rest of the line. */
// `[^\n]*`, not `.*`: JavaScript's `.` stops at U+2028/U+2029 (a definition of just U+2028 crashed)
const DD_LINE = /^( {0,3}:)([\t| ][^\n]*)$/;
/** kramdown's LIST_ITEM_IAL at the start of a term. */
const TERM_IAL = /^[\t\n\v\f\r ]*\{:(?![\w-]*:|\/)((?:\\\}|[^}])+)\}[\t\n\v\f\r ]*/;

interface Sibling {
  openIndex: number;
  closeIndex: number;
}

function siblingBefore(tokens: Token[], endIndex: number, level: number): Sibling | undefined {
  const close = tokens[endIndex];
  if (!close || close.level !== level || close.nesting !== -1) return undefined;
  let depth = 0;
  for (let i = endIndex; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.level !== level) continue;
    depth += token.nesting;
    if (depth === 0) return { openIndex: i, closeIndex: endIndex };
  }
  return undefined;
}

function definitionList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const lineStart = state.bMarks[startLine]! + state.tShift[startLine]!;
  const match = DD_START.exec(state.src.slice(state.bMarks[startLine]!, state.eMarks[startLine]));
  if (!match || state.src[lineStart] !== ":") return false;
  const para = siblingBefore(state.tokens, state.tokens.length - 1, state.level);
  if (!para || state.tokens[para.openIndex]!.type !== "paragraph_open") return false;
  const paraMap = state.tokens[para.openIndex]!.map;
  const gap = paraMap ? startLine - paraMap[1] : 0;
  if (gap > 1) return false;
  if (silent) return true;

  const firstAsPara = gap === 1;
  const terms = (state.tokens[para.openIndex + 1]!.content ?? "").split("\n");
  state.tokens.splice(para.openIndex);
  const previousList = siblingBefore(state.tokens, state.tokens.length - 1, state.level);
  if (previousList && state.tokens[previousList.openIndex]!.type === "dl_open") {
    // Reopen the previous list: drop its closing token and restore the nesting level.
    state.tokens.pop();
    state.level++;
  } else {
    const open = state.push("dl_open", "dl", 1);
    open.map = [paraMap ? paraMap[0] : startLine, startLine];
  }
  for (const term of terms) {
    const dt = state.push("dt_open", "dt", 1);
    // A term may start with its own IAL, `{:.class} Term`.
    const ial = TERM_IAL.exec(term);
    if (ial) dt.meta = { kramdownIal: `{:${ial[1]}}` };
    const inline = state.push("inline", "", 0);
    inline.content = (ial ? term.slice(ial[0].length) : term).trim();
    inline.children = [];
    state.push("dt_close", "dt", -1);
  }

  let line = startLine;
  for (const definition of collectDefinitions(state, startLine, endLine, firstAsPara)) {
    line = definition.end;
    pushDefinition(state, definition);
  }
  state.push("dl_close", "dl", -1);
  state.line = line;
  return true;
}

interface Definition {
  /** The definition's lines with the marker and the content indentation removed. */
  lines: string[];
  firstLine: number;
  end: number;
  /** A blank line came right before the marker: the first paragraph stays a `<p>`. */
  firstAsPara: boolean;
  ial?: string;
}

/** kramdown's `parse_definition_list` loop: which lines belong to which `: definition`. */
function collectDefinitions(state: StateBlock, startLine: number, endLine: number, firstAsParaStart: boolean): Definition[] {
  const definitions: Definition[] = [];
  let startRe: RegExp = DD_LINE;
  let patterns: ItemPatterns | undefined;
  let current: Definition | undefined;
  let firstAsPara = firstAsParaStart;
  let lastIsBlank = false;
  let line = startLine;
  for (; line < endLine; line++) {
    const text = rawLine(state, line);
    const m = startRe.exec(text);
    if (m) {
      const first = firstLine(m[1]!.length, m[2]!);
      let content = first.content;
      let ial: string | undefined;
      const im = TERM_IAL.exec(content);
      if (im) {
        ial = `{:${im[1]}}`;
        content = content.slice(im[0].length);
      }
      current = { lines: [content], firstLine: line, end: line + 1, firstAsPara, ial };
      definitions.push(current);
      patterns = itemPatterns(first.indentation);
      startRe = markerPattern("dl", first.indentation);
      firstAsPara = false;
      lastIsBlank = false;
      continue;
    }
    if (EOB_MARKER.test(text)) break;
    if (current && patterns && (patterns.content.test(text) || (!lastIsBlank && patterns.lazy.test(text)))) {
      current.lines.push(text.replace(/^\t+/, (t) => " ".repeat(4 * t.length)).replace(patterns.indent, ""));
      firstAsPara = false;
      lastIsBlank = false;
      current.end = line + 1;
      continue;
    }
    if (current && BLANK_LINE.test(text)) {
      current.lines.push(text);
      firstAsPara = true;
      lastIsBlank = true;
      continue;
    }
    break;
  }
  // Trailing blank lines are left to whatever follows the list.
  for (const definition of definitions) {
    while (definition.lines.length > 1 && BLANK_LINE.test(definition.lines[definition.lines.length - 1]!)) definition.lines.pop();
  }
  if (current) current.end = Math.max(current.end, current.firstLine + current.lines.length);
  return definitions;
}

/** Parses one definition's content as blocks inside `<dd>`; its first paragraph is bare unless a blank line preceded it. */
function pushDefinition(state: StateBlock, definition: Definition): void {
  const open = state.push("dd_open", "dd", 1);
  open.map = [definition.firstLine, definition.end];
  if (definition.ial) open.meta = { kramdownIal: definition.ial };
  const body = parseBlocksFrom(state, `${definition.lines.join("\n")}\n`, state.level, definition.firstLine);
  const first = body[0];
  if (first && first.type === "paragraph_open" && !definition.firstAsPara) {
    first.hidden = true;
    const close = siblingAfter(body, 0);
    if (close) close.hidden = true;
  }
  state.push("dd_close", "dd", -1);
}

function siblingAfter(tokens: Token[], openIndex: number): Token | undefined {
  const level = tokens[openIndex]!.level;
  for (let i = openIndex + 1; i < tokens.length; i++) {
    if (tokens[i]!.level === level && tokens[i]!.nesting === -1) return tokens[i];
  }
  return undefined;
}

/** Register kramdown definition lists on `md`. */
export function definitionListsPlugin(md: MarkdownIt, _opts: PluginOptions): void {
  // kramdown tries definition lists right after lists, before HTML blocks and tables.
  md.block.ruler.before("html_block", "kramdown_definition_list", definitionList, { alt: ["paragraph"] });
}

export default definitionListsPlugin;
