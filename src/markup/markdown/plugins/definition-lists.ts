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

const DD_START = /^( {0,3}:)([\t ]+)/;

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
    state.tokens.pop();
  } else {
    const open = state.push("dl_open", "dl", 1);
    open.map = [paraMap ? paraMap[0] : startLine, startLine];
  }
  for (const term of terms) {
    state.push("dt_open", "dt", 1);
    const inline = state.push("inline", "", 0);
    inline.content = term.trim();
    inline.children = [];
    state.push("dt_close", "dt", -1);
  }

  let line = startLine;
  let loose = firstAsPara;
  while (line < endLine) {
    const text = state.src.slice(state.bMarks[line]!, state.eMarks[line]);
    const dd = DD_START.exec(text);
    if (!dd) break;
    line = parseDefinition(state, line, endLine, dd, loose);
    loose = false;
    // Another definition may follow, possibly after one blank line.
    if (line < endLine && state.isEmpty(line) && line + 1 < endLine &&
        DD_START.test(state.src.slice(state.bMarks[line + 1]!, state.eMarks[line + 1]))) {
      line++;
      loose = true;
    }
  }
  state.push("dl_close", "dl", -1);
  state.line = line;
  return true;
}

/** Parse one `: definition` starting at `line`; returns the line after it. */
function parseDefinition(state: StateBlock, line: number, endLine: number, dd: RegExpExecArray, firstAsPara: boolean): number {
  const open = state.push("dd_open", "dd", 1);
  const markerEnd = state.bMarks[line]! + dd[1]!.length + dd[2]!.length;
  const indent = dd[1]!.length + dd[2]!.length;
  const saved = {
    bMark: state.bMarks[line]!,
    tShift: state.tShift[line]!,
    sCount: state.sCount[line]!,
    blkIndent: state.blkIndent,
    parentType: state.parentType,
    tight: state.tight,
  };
  state.bMarks[line] = markerEnd;
  state.tShift[line] = 0;
  state.sCount[line] = state.blkIndent + indent;
  state.blkIndent += indent;
  state.parentType = "list";
  state.tight = true;
  const first = state.tokens.length;
  state.md.block.tokenize(state, line, endLine);
  const end = state.line;
  state.blkIndent = saved.blkIndent;
  state.parentType = saved.parentType;
  state.tight = saved.tight;
  state.bMarks[line] = saved.bMark;
  state.tShift[line] = saved.tShift;
  state.sCount[line] = saved.sCount;
  const body = state.tokens.slice(first);
  const firstToken = body[0];
  if (firstToken && firstToken.type === "paragraph_open" && !firstAsPara) {
    firstToken.hidden = true;
    const close = siblingAfter(body, 0);
    if (close) close.hidden = true;
  }
  state.push("dd_close", "dd", -1);
  open.map = [line, end];
  return end;
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
  md.block.ruler.before("paragraph", "kramdown_definition_list", definitionList, { alt: ["paragraph"] });
}

export default definitionListsPlugin;
