/**
 * kramdown-parser-gfm task lists (only with `input: GFM`).
 *
 * A list item whose first block is a paragraph starting with `[ ]` or
 * `[x]`/`[X]` plus whitespace gets a disabled checkbox
 * `<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" [checked="checked"] />`.
 * From the first task item on, every item of that list gets
 * `class="task-list-item"` and the list gets `class="task-list"`.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { isGfmInput, type PluginOptions } from "./kramdown-options.js";

const UNCHECKED = /^[\t\n\v\f\r ]*\[ \][\t\n\v\f\r ]+/;
const CHECKED = /^[\t\n\v\f\r ]*\[x\][\t\n\v\f\r ]+/i;
const BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />';
const CHECKED_BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />';

function addClass(token: Token, name: string): void {
  const current = token.attrGet("class");
  token.attrSet("class", current ? `${current} ${name}` : name);
}

/** Turn the leading `[ ] ` of an item's first paragraph into a checkbox; true if it was a task. */
function convertItem(state: StateCore, tokens: Token[], itemIndex: number): boolean {
  if (tokens[itemIndex + 1]?.type !== "paragraph_open") return false;
  const inline = tokens[itemIndex + 2];
  if (!inline || inline.type !== "inline") return false;
  const checked = CHECKED.exec(inline.content);
  const match = checked ?? UNCHECKED.exec(inline.content);
  if (!match) return false;
  const first = inline.children?.[0];
  if (!first || first.type !== "text" || !first.content.startsWith(match[0].trimStart().slice(0, 3))) return false;
  const lead = /^[\t\n\v\f\r ]*\[[ xX]\][\t\n\v\f\r ]*/.exec(first.content)!;
  first.content = first.content.slice(lead[0].length);
  const box = new state.Token("html_inline", "", 0);
  box.content = checked ? CHECKED_BOX : BOX;
  inline.children!.unshift(box);
  return true;
}

function convertTaskLists(state: StateCore, opts: PluginOptions): void {
  if (!isGfmInput(opts, state.env as Record<string, unknown>)) return;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const list = tokens[i]!;
    if (list.type !== "bullet_list_open" && list.type !== "ordered_list_open") continue;
    let isTaskList = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (token.level === list.level && token.nesting === -1) break;
      if (token.type !== "list_item_open" || token.level !== list.level + 1) continue;
      if (convertItem(state, tokens, j)) isTaskList = true;
      if (isTaskList) addClass(token, "task-list-item");
    }
    if (isTaskList) addClass(list, "task-list");
  }
}

/** Register kramdown-parser-gfm's task-list conversion on `md`. */
export function taskListsPlugin(md: MarkdownIt, opts: PluginOptions): void {
  md.core.ruler.push("kramdown_task_lists", (state) => convertTaskLists(state, opts));
}

export default taskListsPlugin;
