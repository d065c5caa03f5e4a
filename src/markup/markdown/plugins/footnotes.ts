/**
 * kramdown footnotes.
 *
 * Definitions `[^name]: text` (continuation lines indented by 4 spaces or a
 * tab, or lazy paragraph lines) are parsed like kramdown and removed from the
 * flow; markers `[^name]` with a definition become
 * `<sup id="fnref:name" role="doc-noteref"><a href="#fn:name" class="footnote" rel="footnote">N</a></sup>`
 * (repeats get `fnref:name:1`, `:2`, …). Notes are numbered from `footnote_nr`
 * in order of first reference, and the used ones are appended as
 * `<div class="footnotes" role="doc-endnotes"><ol>…` with backlinks
 * (`footnote_backlink`, default `&#8617;`; empty means none) after a
 * non-breaking space in the note's last paragraph.
 */
import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from "markdown-it";
import { isLazyLine, parseBlocksFrom, rawLine } from "./block-source.js";
import { integerOption, kramdownOption, stringOption, type PluginOptions } from "./kramdown-options.js";

const DEF_START = /^\[\^(\w[\w-]*)\]:/;
const MARKER = /^\[\^(\w[\w-]*)\]/;

interface FootnoteEnv {
  kramdownFootnoteNames?: Set<string>;
}

function footnoteDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  const match = DEF_START.exec(state.src.slice(start, max));
  if (!match) return false;
  if (silent) return true;
  const name = match[1]!;
  const env = state.env as FootnoteEnv;
  (env.kramdownFootnoteNames ??= new Set()).add(name);

  const open = state.push("kramdown_footnote_def_open", "", 1);
  open.meta = { name };
  open.hidden = true;
  open.map = [startLine, startLine + 1];

  // kramdown: the first line, then groups of (optional blank lines, indented
  // lines, lazy lines); the indentation is removed and the text parsed anew.
  const INDENTED = /^(?:\t| {4})[ \t]*[^\t\n\v\f\r ]/;
  let end = startLine + 1;
  for (;;) {
    let line = end;
    while (line < endLine && state.isEmpty(line)) line++;
    if (!(line < endLine && INDENTED.test(rawLine(state, line)))) break;
    while (line < endLine && INDENTED.test(rawLine(state, line))) line++;
    while (line < endLine && isLazyLine(rawLine(state, line))) line++;
    end = line;
  }
  let text = state.src.slice(start + match[0].length, max) + "\n";
  for (let line = startLine + 1; line < end; line++) text += rawLine(state, line).replace(/^(?:\t| {4})/, "") + "\n";
  parseBlocksFrom(state, text.replace(/^[ \t]+(?=[^\t\n\v\f\r ])/, ""), state.level, startLine);
  state.line = end;

  const close = state.push("kramdown_footnote_def_close", "", -1);
  close.hidden = true;
  return true;
}

function footnoteMarker(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x5e /* ^ */) {
    return false;
  }
  const match = MARKER.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  const names = (state.env as FootnoteEnv).kramdownFootnoteNames;
  if (!silent) {
    if (names?.has(match[1]!)) state.push("footnote_ref", "", 0).meta = { name: match[1]! };
    // kramdown consumes a marker without a definition as text (so `[^a_b]` hides its `_`).
    else state.pending += match[0];
  }
  state.pos += match[0].length;
  return true;
}

interface Note {
  name: string;
  number: number;
  repeats: number;
  body: Token[];
}

function walkMarkers(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    if (token.type === "footnote_ref") visit(token);
    if (token.children) walkMarkers(token.children, visit);
  }
}

function backlinkTokens(state: StateCore, note: Note, prefix: string, text: string, leadingSpace: boolean): Token[] {
  const id = `${prefix}${note.name}`;
  let html = `${leadingSpace ? "\u00A0" : ""}<a href="#fnref:${id}" class="reversefootnote" role="doc-backlink">${text}</a>`;
  for (let i = 1; i <= note.repeats; i++) {
    html += `\u00A0<a href="#fnref:${id}:${i}" class="reversefootnote" role="doc-backlink">${text}<sup>${i + 1}</sup></a>`;
  }
  const token = new state.Token("html_inline", "", 0);
  token.content = html;
  return [token];
}

function addBacklinks(state: StateCore, note: Note, prefix: string, text: string, inline: boolean): Token[] {
  const body = note.body;
  const last = body[body.length - 1];
  const lastIsParagraph = last?.type === "paragraph_close" && last.level === body[0]?.level;
  if (text === "") return body;
  if (lastIsParagraph || (inline && body.some((t) => t.type === "paragraph_close" || t.type === "heading_close"))) {
    for (let i = body.length - 1; i >= 0; i--) {
      const token = body[i]!;
      if (token.type === "inline" && (body[i + 1]?.type === "paragraph_close" || body[i + 1]?.type === "heading_close")) {
        token.children = [...(token.children ?? []), ...backlinkTokens(state, note, prefix, text, true)];
        if (body[i + 1]!.hidden) body[i + 1]!.hidden = false;
        if (body[i - 1]?.hidden) body[i - 1]!.hidden = false;
        return body;
      }
    }
  }
  const open = new state.Token("paragraph_open", "p", 1);
  open.block = true;
  const inlineToken = new state.Token("inline", "", 0);
  inlineToken.children = backlinkTokens(state, note, prefix, text, false);
  const close = new state.Token("paragraph_close", "p", -1);
  close.block = true;
  return [...body, open, inlineToken, close];
}

function assembleFootnotes(state: StateCore, opts: PluginOptions): void {
  const env = state.env as Record<string, unknown>;
  const definitions = new Map<string, Token[]>();
  const flow: Token[] = [];
  let depth = 0;
  let current: Token[] = [];
  let currentName = "";
  for (const token of state.tokens) {
    if (token.type === "kramdown_footnote_def_open") {
      if (depth++ === 0) {
        current = [];
        currentName = (token.meta as { name: string }).name;
        continue;
      }
    } else if (token.type === "kramdown_footnote_def_close") {
      if (--depth === 0) {
        definitions.set(currentName, current);
        continue;
      }
    }
    (depth > 0 ? current : flow).push(token);
  }
  state.tokens = flow;
  if (definitions.size === 0) return;

  const prefix = stringOption(opts, env, "footnote_prefix", "");
  const start = integerOption(opts, env, "footnote_nr", 1);
  const rawBacklink = kramdownOption(opts, env, "footnote_backlink");
  const backlinkText = state.md.utils.escapeHtml(rawBacklink === undefined || rawBacklink === null ? "&#8617;" : String(rawBacklink))
    .replace(/&amp;(#\d+|#x[\da-f]+|\w+);/gi, "&$1;");
  const inlineBacklink = Boolean(kramdownOption(opts, env, "footnote_backlink_inline"));
  const notes: Note[] = [];
  const byName = new Map<string, Note>();
  const number = (marker: Token): void => {
    const name = (marker.meta as { name: string }).name;
    let note = byName.get(name);
    let repeat = "";
    if (note) repeat = `:${++note.repeats}`;
    else {
      note = { name, number: start + notes.length, repeats: 0, body: (definitions.get(name) ?? []).map((t) => t) };
      notes.push(note);
      byName.set(name, note);
    }
    marker.meta = { ...(marker.meta as object), id: `${prefix}${name}`, number: note.number, repeat };
  };
  walkMarkers(state.tokens, number);
  for (let i = 0; i < notes.length; i++) walkMarkers(notes[i]!.body, number);
  if (notes.length === 0) return;

  const blockOpen = new state.Token("footnote_block_open", "", 1);
  blockOpen.block = true;
  blockOpen.meta = { start };
  state.tokens.push(blockOpen);
  for (const note of notes) {
    const item = new state.Token("footnote_open", "li", 1);
    item.block = true;
    item.meta = { id: `${prefix}${note.name}` };
    state.tokens.push(item, ...addBacklinks(state, note, prefix, backlinkText, inlineBacklink));
    const itemClose = new state.Token("footnote_close", "li", -1);
    itemClose.block = true;
    state.tokens.push(itemClose);
  }
  const blockClose = new state.Token("footnote_block_close", "", -1);
  blockClose.block = true;
  state.tokens.push(blockClose);
}

/** Register kramdown footnote definitions, markers and the footnote list on `md`. */
export function footnotesPlugin(md: MarkdownIt, opts: PluginOptions): void {
  md.block.ruler.before("reference", "kramdown_footnote_definition", footnoteDefinition);
  md.inline.ruler.after("text", "kramdown_footnote_marker", footnoteMarker);
  md.core.ruler.push("kramdown_footnotes", (state) => assembleFootnotes(state, opts));
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx) => {
    const meta = tokens[idx]!.meta as { id: string; number: number; repeat: string };
    return (
      `<sup id="fnref:${meta.id}${meta.repeat}" role="doc-noteref">` +
      `<a href="#fn:${meta.id}" class="footnote" rel="footnote">${meta.number}</a></sup>`
    );
  };
  rules.footnote_block_open = (tokens, idx) => {
    const start = (tokens[idx]!.meta as { start: number }).start;
    return `<div class="footnotes" role="doc-endnotes">\n  <ol${start !== 1 ? ` start="${start}"` : ""}>\n`;
  };
  rules.footnote_block_close = () => "  </ol>\n</div>\n";
  rules.footnote_open = (tokens, idx) =>
    `    <li id="fn:${(tokens[idx]!.meta as { id: string }).id}" role="doc-endnote">\n`;
  rules.footnote_close = () => "    </li>\n";
}

export default footnotesPlugin;
