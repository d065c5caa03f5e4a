/**
 * Rouge's HTML formatter: flat `<span class="…">` runs, text escaped like Rouge (`&`, `<`, `>` only).
 */
import type { ClassedText } from './gap-lexer.js';
import { rougeTokens } from './highlight.js';
import { findRougeLexer } from './languages.js';

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes text the way Rouge and kramdown escape code: `&`, `<`, `>` (quotes stay as they are). */
export function escapeCode(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes an attribute value the way kramdown does (`&`, `<`, `>`, `"`). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => (c === '"' ? '&quot;' : TEXT_ESCAPES[c]!));
}

/** Rouge's `Formatters::HTML` output for a token stream (class '' = plain text, no span). */
export function tokensToHtml(tokens: readonly ClassedText[]): string {
  let html = '';
  for (const [cls, text] of tokens) html += cls ? `<span class="${cls}">${escapeCode(text)}</span>` : escapeCode(text);
  return html;
}

/**
 * Rouge-classed tokens for `code` as Rouge's `find_fancy(lang)` lexer would tokenise it, or null
 * when Rouge has no lexer for `lang`. Languages Rouge knows but highlight.js doesn't come back as one plain token.
 */
export function rougeTokensFor(code: string, lang: string): ClassedText[] | null {
  const lexer = findRougeLexer(lang);
  if (!lexer) return null;
  const module = lexer[2];
  if (!module) return code === '' ? [] : [['', code]];
  return rougeTokens(code, module);
}

/** Highlighted inner HTML (spans with Rouge classes, text escaped like Rouge: & < > only) or null when Rouge has no lexer for `lang`. */
export function highlightToRouge(code: string, lang: string): string | null {
  const tokens = rougeTokensFor(code, lang);
  return tokens && tokensToHtml(tokens);
}
