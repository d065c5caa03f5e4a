/**
 * kramdown attribute lists: the `{: … }` content of IALs and ALDs.
 *
 * An attribute list holds references to ALDs (`ref`), ids (`#id`), classes
 * (`.cls`) and key/value pairs (`k="v"`, `k='v'`). Applying one follows
 * kramdown: referenced ALDs first (recursively), then the list's own
 * attributes; classes accumulate, everything else overwrites.
 */
import type { Token } from "markdown-it";

/** One parsed attribute list, in source order. */
export interface AttributeList {
  refs: string[];
  /** `[name, value]` pairs; `class` values are space-joined class names. */
  attrs: Array<[string, string]>;
}

/** ALD name → attribute list, collected per document. */
export type AldTable = Map<string, AttributeList>;

const ANY_ATTRIBUTE =
  /(?:^|[\t\n\v\f\r ])(?:(\w[\w-]*)=("|')((?:\\\}|\\\2|[^}\x02])*?)\2|(\w[\w-]*)|((?:#[A-Za-z][\w:-]*|\.[^\t\n\v\f\r .#]+)+))(?=[\t\n\v\f\r ]|$)/g;
const ID_OR_CLASS = /#([A-Za-z][\w:-]*)|\.([^\t\n\v\f\r .#]+)/g;

/** Parse the inside of `{: … }` (without braces and leading colon). */
export function parseAttributeList(source: string): AttributeList {
  const result: AttributeList = { refs: [], attrs: [] };
  if (source.trim() === "" || source.trim() === ":") return result;
  for (const match of source.matchAll(ANY_ATTRIBUTE)) {
    const [, key, quote, value, ref, idsAndClasses] = match;
    if (ref !== undefined) {
      result.refs.push(ref);
    } else if (idsAndClasses !== undefined) {
      for (const part of idsAndClasses.matchAll(ID_OR_CLASS)) {
        if (part[2] !== undefined) addClass(result, part[2]);
        else result.attrs.push(["id", part[1]!]);
      }
    } else if (key !== undefined && value !== undefined && quote !== undefined) {
      const unescaped = value.replace(quote === '"' ? /\\([}"])/g : /\\([}'])/g, "$1");
      result.attrs.push([key, unescaped]);
    }
  }
  return result;
}

function addClass(list: AttributeList, name: string): void {
  list.attrs.push(["class", name]);
}

/** Merge `list` (and the ALDs it references) into `token`'s attributes, kramdown-style. */
export function applyAttributeList(token: Token, list: AttributeList, alds: AldTable, seen = new Set<string>()): void {
  for (const ref of list.refs) {
    const ald = alds.get(ref);
    if (ald && !seen.has(ref)) applyAttributeList(token, ald, alds, new Set([...seen, ref]));
  }
  for (const [name, value] of list.attrs) {
    if (name === "class") {
      const current = token.attrGet("class");
      token.attrSet("class", current ? `${current} ${value}` : value);
    } else {
      token.attrSet(name, value);
    }
  }
}

/** Remember the ALD references of an IAL on the token (the TOC and footnote markers use them). */
export function recordRefs(token: Token, list: AttributeList): void {
  if (list.refs.length === 0) return;
  const meta = (token.meta ??= {}) as { kramdownRefs?: string[] };
  meta.kramdownRefs = [...(meta.kramdownRefs ?? []), ...list.refs];
}

/** The ALD/IAL references recorded on a token by the attributes plugin. */
export function tokenRefs(token: Token): readonly string[] {
  const meta = token.meta as { kramdownRefs?: string[] } | null | undefined;
  return meta?.kramdownRefs ?? [];
}
