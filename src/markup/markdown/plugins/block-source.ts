/**
 * Helpers for plugins whose blocks contain other blocks (footnote and
 * definition contents): like kramdown, the content is cut out of the source,
 * un-indented, and parsed again as a separate block sequence.
 */
import type { StateBlock, Token } from "markdown-it";

/** Raw text of `line` (indentation included, no newline). */
export function rawLine(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line], state.eMarks[line]);
}

const SPAN_NAMES =
  "a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|tt|u|var|script";
const LAZY_STOP = new RegExp(
  `^ {0,3}(?:\\{:(?![:/])(?:\\\\\\}|[^}])+\\}[\\t\\n\\v\\f\\r ]*$|\\^[\\t\\n\\v\\f\\r ]*$|</?(?!(?:${SPAN_NAMES})\\b)[A-Za-z])`,
);

/** A non-blank line that may continue indented content lazily (kramdown's lazy-line rules). */
export function isLazyLine(line: string): boolean {
  return /[^\t\n\v\f\r ]/.test(line) && !LAZY_STOP.test(line);
}

/** Parse `source` as blocks at `level` and append the tokens to `state.tokens` (`init` may mark the sub-parser). */
export function parseBlocksFrom(
  state: StateBlock,
  source: string,
  level: number,
  firstLine: number,
  init?: (sub: StateBlock) => void,
): Token[] {
  const tokens: Token[] = [];
  const sub = new state.md.block.State(source, state.md, state.env, tokens);
  sub.level = level;
  init?.(sub);
  state.md.block.tokenize(sub, 0, sub.lineMax);
  for (const token of tokens) {
    if (token.map) token.map = [token.map[0] + firstLine, token.map[1] + firstLine];
    state.tokens.push(token);
  }
  return tokens;
}
