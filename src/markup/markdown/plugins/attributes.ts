/**
 * kramdown inline attribute lists (IALs) and attribute list definitions (ALDs).
 *
 * - Block IAL `{: .c #id k="v"}` on its own line: applies to the block right
 *   before it when no blank line separates them, otherwise to the next block.
 *   A stand-alone IAL at the start of a container followed by a blank line is
 *   lost, as in kramdown.
 * - ALD `{:name: .c}` defines a named list; `{: name}` references it (ALDs may
 *   be defined anywhere in the document).
 * - Span IAL `*x*{: .c}` applies to the element right before it; after plain
 *   text it stays literal.
 *
 * Attributes land in the block's opening token (`fence` tokens carry them for
 * the code-block wrapper). ALD references are kept in `token.meta.kramdownRefs`
 * (`toc`, …).
 */
import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from "markdown-it";
import { matchStartTag, serializeStartTag } from "../block/html-raw.js";
import {
  applyAttributeList,
  parseAttributeList,
  recordRefs,
  type AldTable,
  type AttributeList,
} from "./attribute-list.js";
import type { PluginOptions } from "./kramdown-options.js";

const ALD_LINE = /^ {0,3}\{:(\w[\w-]*):((?:\\\}|[^}])+)\}[ \t]*$/;
const IAL_LINE = /^ {0,3}\{:(?!:|\/)((?:\\\}|[^}])+)\}[ \t]*$/;
const SPAN_IAL = /^\{:(?!:|\/)((?:\\\}|[^}])+)\}/;

const PENDING_IAL = "kramdown_ial";
const SPAN_IAL_TOKEN = "kramdown_span_ial";

interface IalMeta {
  lists: AttributeList[];
}

/** The per-document ALD table (created on first use). */
export function documentAlds(env: Record<string, unknown> | undefined): AldTable {
  const holder = (env ?? {}) as { kramdownAlds?: AldTable };
  holder.kramdownAlds ??= new Map();
  return holder.kramdownAlds;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/** The opening token of the block that ends the current token list at `state.level`, if any. */
function previousSibling(state: StateBlock): Token | undefined {
  const tokens = state.tokens;
  const last = tokens[tokens.length - 1];
  if (!last || last.level !== state.level || last.nesting === 1) return undefined;
  if (last.nesting === 0) return last.block ? last : undefined;
  let depth = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.level !== state.level) continue;
    depth += token.nesting;
    if (depth === 0) return token;
  }
  return undefined;
}

function addIal(token: Token, list: AttributeList): void {
  const meta = (token.meta ??= {}) as { kramdownIals?: AttributeList[] };
  (meta.kramdownIals ??= []).push(list);
}

function blockAttributeRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const text = lineText(state, startLine);
  if (!text.startsWith("{:")) return false;
  const ald = ALD_LINE.exec(text);
  const ial = ald ? null : IAL_LINE.exec(text);
  if (!ald && !ial) return false;
  if (silent) return true;

  state.line = startLine + 1;
  if (ald) {
    const alds = documentAlds(state.env);
    if (!alds.has(ald[1]!)) alds.set(ald[1]!, parseAttributeList(ald[2]!));
    else {
      const existing = alds.get(ald[1]!)!;
      const extra = parseAttributeList(ald[2]!);
      existing.refs.push(...extra.refs);
      existing.attrs.push(...extra.attrs);
    }
    return true;
  }
  const list = parseAttributeList(ial![1]!);
  const previous = previousSibling(state);
  const afterBlock = previous && startLine > 0 && !state.isEmpty(startLine - 1);
  if (afterBlock) {
    addIal(previous, list);
    return true;
  }
  // A stand-alone IAL first in its container, followed by a blank line, is lost.
  if (!previous && (startLine + 1 >= state.lineMax || state.isEmpty(startLine + 1))) return true;
  const marker = state.push(PENDING_IAL, "", 0);
  marker.hidden = true;
  marker.map = [startLine, startLine + 1];
  marker.meta = { lists: [list] } satisfies IalMeta;
  return true;
}

/** Move each pending IAL to the next block opened at the same level. */
function attachPendingIals(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  let pending: { level: number; lists: AttributeList[] } | undefined;
  for (const token of tokens) {
    if (token.type === PENDING_IAL) {
      const lists = (token.meta as unknown as IalMeta).lists;
      if (pending && pending.level === token.level) pending.lists.push(...lists);
      else pending = { level: token.level, lists: [...lists] };
      continue;
    }
    if (pending && token.level < pending.level) pending = undefined;
    if (pending && token.level === pending.level && token.nesting >= 0 && token.block) {
      const meta = (token.meta ??= {}) as { kramdownIals?: AttributeList[] };
      meta.kramdownIals = [...pending.lists, ...(meta.kramdownIals ?? [])];
      pending = undefined;
    }
    kept.push(token);
  }
  return kept;
}

function applyBlockIals(state: StateCore): void {
  state.tokens = attachPendingIals(state.tokens);
  const alds = documentAlds(state.env);
  for (const token of state.tokens) {
    // A list item's leading `{: …}` (found by the list scanner) applies to the `<li>`.
    const itemIal = (token.meta as { kramdownIal?: string } | null)?.kramdownIal;
    if (itemIal !== undefined) {
      const list = parseAttributeList(itemIal.slice(2, -1));
      applyAttributeList(token, list, alds);
      recordRefs(token, list);
    }
    const lists = (token.meta as { kramdownIals?: AttributeList[] } | null)?.kramdownIals;
    if (!lists) continue;
    if (token.type === "html_block") {
      applyToHtmlElement(state, token, lists, alds);
      continue;
    }
    for (const list of lists) {
      applyAttributeList(token, list, alds);
      recordRefs(token, list);
    }
  }
}

/** An IAL before or after raw HTML sets attributes of its element's start tag (comments take none). */
function applyToHtmlElement(state: StateCore, token: Token, lists: AttributeList[], alds: AldTable): void {
  const target = (token.meta as { kramdownHtmlOpen?: Token } | null)?.kramdownHtmlOpen ?? token;
  const at = target.content.search(/<[^!/?]/);
  const tag = at < 0 ? null : matchStartTag(target.content, at);
  if (!tag || target.content.slice(0, at).trim() !== "") return;
  const holder = new state.Token("html_block", "", 0);
  holder.attrs = tag.attrs.map(([k, v]): [string, string] => [k, v]);
  for (const list of lists) applyAttributeList(holder, list, alds);
  const attrs = (holder.attrs ?? []).map(([k, v]): [string, string] => [k, String(v)]);
  target.content = target.content.slice(0, at) + serializeStartTag(tag.name, attrs, tag.closed) + target.content.slice(tag.end);
}

function spanAttributeRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false;
  const match = SPAN_IAL.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  // After plain text kramdown keeps the IAL as text.
  if (state.pending !== "" || state.tokens.length === 0) return false;
  if (!silent) {
    const token = state.push(SPAN_IAL_TOKEN, "", 0);
    token.hidden = true;
    token.content = match[0];
    token.meta = { lists: [parseAttributeList(match[1]!)] } satisfies IalMeta;
  }
  state.pos += match[0].length;
  return true;
}

const CLOSING_TO_OPENING: Record<string, string> = {
  em_close: "em_open",
  strong_close: "strong_open",
  link_close: "link_open",
  s_close: "s_open",
};

function findOpening(children: Token[], closeIndex: number): Token | undefined {
  const close = children[closeIndex]!;
  const openType = CLOSING_TO_OPENING[close.type];
  let depth = 0;
  for (let i = closeIndex; i >= 0; i--) {
    const token = children[i]!;
    if (token.type === close.type) depth++;
    else if (token.type === openType && --depth === 0) return token;
  }
  return undefined;
}

function spanTarget(children: Token[], index: number): Token | undefined {
  // Emphasis leaves an empty text token after its closing token (`**x**` → strong_close, "").
  let at = index - 1;
  while (at >= 0 && children[at]!.type === "text" && children[at]!.content === "") at--;
  const previous = children[at];
  if (!previous) return undefined;
  if (previous.nesting === -1) return CLOSING_TO_OPENING[previous.type] ? findOpening(children, at) : undefined;
  if (previous.type === "text" || previous.type === "text_special" || previous.type === "softbreak") return undefined;
  return previous;
}

function applySpanIals(state: StateCore): void {
  const alds = documentAlds(state.env);
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    const children = block.children;
    for (let i = 0; i < children.length; i++) {
      const token = children[i]!;
      if (token.type !== SPAN_IAL_TOKEN) continue;
      const target = spanTarget(children, i);
      const list = (token.meta as unknown as IalMeta).lists[0]!;
      if (target) {
        applyAttributeList(target, list, alds);
        recordRefs(target, list);
        children.splice(i, 1);
        i--;
      } else {
        token.type = "text";
        token.hidden = false;
      }
    }
  }
}

/** Register IAL/ALD parsing (block and span) on `md`. */
export function attributesPlugin(md: MarkdownIt, _opts: PluginOptions): void {
  md.block.ruler.before("paragraph", "kramdown_attributes", blockAttributeRule, {
    alt: ["paragraph", "reference", "blockquote", "list", "table"],
  });
  md.inline.ruler.before("text", "kramdown_span_attributes", spanAttributeRule);
  md.core.ruler.before("inline", "kramdown_block_attributes", applyBlockIals);
  md.core.ruler.push("kramdown_span_attributes", applySpanIals);
  md.renderer.rules[PENDING_IAL] = () => "";
  md.renderer.rules[SPAN_IAL_TOKEN] = (tokens, idx) => md.utils.escapeHtml(tokens[idx]!.content);
}

export default attributesPlugin;
