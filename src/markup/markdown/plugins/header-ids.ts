/**
 * kramdown header ids.
 *
 * - `{#id}` at the end of a header's text sets its id (and is removed).
 * - Automatic ids (`auto_ids`, default on) for headers without an id:
 *   - `input: GFM` (Jekyll's default): kramdown-parser-gfm's algorithm on the
 *     header's converted text (text, code spans, math, smart quotes and
 *     typographic symbols as characters): downcase, drop everything but word
 *     characters, `-`, space and tab, then spaces/tabs → `-`. Duplicates get
 *     `-1`, `-2`, … An empty id is left out.
 *   - `input: kramdown`: kramdown's basic algorithm on the header's source
 *     text: drop leading non-letters, keep `[a-zA-Z0-9 -]`, spaces → `-`,
 *     downcase; empty → `section`; duplicates `-1`, `-2`, …
 * - `auto_id_prefix` is prepended to automatic ids.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { booleanOption, isGfmInput, stringOption, type PluginOptions } from "./kramdown-options.js";

// kramdown's HEADER_ID: a space/tab, then `{#` XML-name `}` at the very end.
const EXPLICIT_ID = /[\t ]\{#([:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*)\}$/;
const CLOSING_HASHES = /[\t ]#+$/;
const GFM_NON_WORD = /[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu;

/** Strip a trailing `{#id}` from header text, moving it to the heading's `id`. */
function extractExplicitIds(state: StateCore): void {
  const tokens = state.tokens;
  let lines: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    const inline = tokens[i + 1];
    if (open.type !== "heading_open" || !inline || inline.type !== "inline") continue;
    const content = inline.content.trimEnd();
    const match = EXPLICIT_ID.exec(content);
    if (!match) continue;
    // kramdown looks for `{#id}` before removing closing hashes: `## a {#b} ##` keeps it as text.
    if (open.map && open.markup.startsWith("#")) {
      lines ??= state.src.split("\n");
      const source = (lines[open.map[0]] ?? "").trimEnd();
      if (!source.endsWith(match[0].trim())) continue;
    }
    let text = content.slice(0, match.index).trimEnd();
    if (open.markup.startsWith("#")) text = text.replace(CLOSING_HASHES, "").trimEnd();
    inline.content = text;
    if (open.attrGet("id") === null) open.attrSet("id", match[1]!);
  }
}

/** The text kramdown-parser-gfm builds a header id from (converted text, no images or HTML). */
export function headerRawText(children: readonly Token[]): string {
  let text = "";
  for (const token of children) {
    switch (token.type) {
      case "text":
      case "text_special":
      case "code_inline":
      case "math_inline":
        text += token.content;
        break;
      case "softbreak":
      case "hardbreak":
        text += "\n";
        break;
      default:
        break;
    }
  }
  return text;
}

/** kramdown-parser-gfm's `generate_gfm_header_id` without prefix and counter. */
export function gfmHeaderId(text: string): string {
  return text.toLowerCase().replace(GFM_NON_WORD, "").replace(/[ \t]/g, "-");
}

/** kramdown's `basic_generate_id`. */
export function basicHeaderId(text: string): string {
  return text
    .replace(/^[^a-zA-Z]+/gm, "")
    .replace(/[^a-zA-Z0-9 -]/g, "")
    .replace(/ /g, "-")
    .toLowerCase();
}

/** Approximation of kramdown's Unidecoder: strip diacritics, drop other non-ASCII. */
function transliterate(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

function assignAutoIds(state: StateCore, opts: PluginOptions): void {
  const env = state.env as Record<string, unknown>;
  if (!booleanOption(opts, env, "auto_ids", true)) return;
  const prefix = stringOption(opts, env, "auto_id_prefix", "");
  const gfm = isGfmInput(opts, env);
  const transliterated = booleanOption(opts, env, "transliterated_header_ids", false);
  const counters = new Map<string, number>();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.type !== "heading_open" || open.attrGet("id") !== null) continue;
    const inline = tokens[i + 1];
    let id: string;
    if (gfm) {
      id = gfmHeaderId(headerRawText(inline?.children ?? []));
      const seen = (counters.get(id) ?? -1) + 1;
      counters.set(id, seen);
      if (seen > 0) id += `-${seen}`;
    } else {
      const source = inline?.content ?? "";
      id = basicHeaderId(transliterated ? transliterate(source) : source) || "section";
      const seen = counters.get(id);
      if (seen === undefined) counters.set(id, 0);
      else {
        counters.set(id, seen + 1);
        id += `-${seen + 1}`;
      }
    }
    id = prefix + id;
    if (id !== "") open.attrSet("id", id);
  }
}

/** Register explicit `{#id}` header ids and kramdown's automatic header ids on `md`. */
export function headerIdsPlugin(md: MarkdownIt, opts: PluginOptions): void {
  md.core.ruler.before("inline", "kramdown_explicit_header_ids", extractExplicitIds);
  md.core.ruler.push("kramdown_auto_header_ids", (state) => assignAutoIds(state, opts));
}

export default headerIdsPlugin;
