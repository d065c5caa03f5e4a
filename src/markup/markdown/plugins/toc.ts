/**
 * kramdown's table of contents: the first list tagged `{:toc}` (`* TOC\n{:toc}`
 * or `1. TOC\n{:toc}`) is replaced by a nested list of links to the headers
 * that have an id, are in `toc_levels` and lack the `no_toc` class.
 *
 * Output: `<ul id="markdown-toc">` (or the list's own IAL id/attributes),
 * items `<li><a href="#ID" id="markdown-toc-ID">…</a></li>`, nested lists of
 * the same type. Entry text is the header's converted content with links
 * unwrapped and footnote markers removed. Needs the attributes plugin (for
 * the `toc` reference) and header ids.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { tokenRefs } from "./attribute-list.js";
import { kramdownOption, type PluginOptions } from "./kramdown-options.js";

interface TocHeader {
  level: number;
  id: string;
  children: Token[];
}

interface TocNode {
  header: TocHeader;
  children: TocNode[];
}

/** Parse `toc_levels` (array, `"2..3"`, `"1,2,3"`, number) into a set of levels. */
export function parseTocLevels(value: unknown): Set<number> {
  if (value === undefined || value === null) return new Set([1, 2, 3, 4, 5, 6]);
  if (Array.isArray(value)) return new Set(value.map((v) => Number(v)));
  if (typeof value === "number") return new Set([value]);
  const text = String(value).trim();
  const range = /^(\d+)\.\.(\.?)(\d+)$/.exec(text);
  if (range) {
    const levels = new Set<number>();
    const end = Number(range[3]) - (range[2] ? 1 : 0);
    for (let level = Number(range[1]); level <= end; level++) levels.add(level);
    return levels;
  }
  return new Set(text.split(/[\s,]+/).filter(Boolean).map(Number));
}

function collectHeaders(tokens: readonly Token[], levels: Set<number>): TocHeader[] {
  const headers: TocHeader[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.type !== "heading_open") continue;
    const rawId = open.attrGet("id");
    const id = rawId === null ? null : String(rawId);
    const level = Number(open.tag.slice(1));
    if (id === null || !levels.has(level) || /\bno_toc\b/.test(String(open.attrGet("class") ?? ""))) continue;
    headers.push({ level, id, children: tokens[i + 1]?.children ?? [] });
  }
  return headers;
}

function buildTree(headers: readonly TocHeader[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const header of headers) {
    const node: TocNode = { header, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.header.level >= header.level) stack.pop();
    if (stack.length === 0) roots.push(node);
    else stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  return roots;
}

/** Copy of a header's inline tokens with links unwrapped and footnote markers removed. */
function entryChildren(children: readonly Token[]): Token[] {
  return children
    .filter((t) => t.type !== "link_open" && t.type !== "link_close" && t.type !== "footnote_ref")
    .filter((t) => t.type !== "kramdown_span_ial")
    .map((t) => Object.assign(Object.create(Object.getPrototypeOf(t) as object) as Token, t));
}

function renderList(
  state: StateCore,
  nodes: readonly TocNode[],
  listType: string,
  tag: string,
  listId: string,
  level: number,
  attrs: Array<[string, string]> | null,
): Token[] {
  const out: Token[] = [];
  const open = new state.Token(`${listType}_open`, tag, 1);
  open.attrs = attrs;
  open.block = true;
  open.level = level;
  out.push(open);
  for (const node of nodes) {
    const item = new state.Token("list_item_open", "li", 1);
    item.block = true;
    item.level = level + 1;
    out.push(item);
    const inline = new state.Token("inline", "", 0);
    inline.level = level + 2;
    const link = new state.Token("link_open", "a", 1);
    link.attrs = [["href", `#${node.header.id}`], ["id", `${listId}-${node.header.id}`]];
    inline.children = [link, ...entryChildren(node.header.children), new state.Token("link_close", "a", -1)];
    inline.content = "";
    out.push(inline);
    if (node.children.length > 0) out.push(...renderList(state, node.children, listType, tag, listId, level + 2, null));
    const itemClose = new state.Token("list_item_close", "li", -1);
    itemClose.block = true;
    itemClose.level = level + 1;
    out.push(itemClose);
  }
  const close = new state.Token(`${listType}_close`, tag, -1);
  close.block = true;
  close.level = level;
  out.push(close);
  return out;
}

function replaceToc(state: StateCore, opts: PluginOptions): void {
  const tokens = state.tokens;
  const start = tokens.findIndex(
    (t) => (t.type === "bullet_list_open" || t.type === "ordered_list_open") && tokenRefs(t).includes("toc"),
  );
  if (start < 0) return;
  const open = tokens[start]!;
  let end = start;
  for (let depth = 0; end < tokens.length; end++) {
    depth += tokens[end]!.level === open.level ? tokens[end]!.nesting : 0;
    if (depth === 0) break;
  }
  const levels = parseTocLevels(kramdownOption(opts, state.env as Record<string, unknown>, "toc_levels"));
  const tree = buildTree(collectHeaders(tokens, levels));
  const listType = open.type.replace(/_open$/, "");
  const attrs: Array<[string, string]> = (open.attrs ?? [])
    .filter(([name]) => name !== "start")
    .map(([name, value]) => [name, String(value)]);
  if (!attrs.some(([name]) => name === "id")) attrs.unshift(["id", "markdown-toc"]);
  const listId = attrs.find(([name]) => name === "id")![1];
  const replacement =
    tree.length === 0 ? [] : renderList(state, tree, listType, open.tag, listId, open.level, attrs);
  tokens.splice(start, end - start + 1, ...replacement);
}

/** Register kramdown's `{:toc}` table of contents on `md` (after header ids). */
export function tocPlugin(md: MarkdownIt, opts: PluginOptions): void {
  md.core.ruler.push("kramdown_toc", (state) => replaceToc(state, opts));
}

export default tocPlugin;
