/**
 * Rouge's HTML formatter: flat `<span class="…">` runs, text escaped like Rouge (`&`, `<`, `>` only).
 */
import type { ClassedText } from './gap-lexer.js';
import { createRequire } from 'node:module';
import { findRougeLexer } from './languages.js';
import { nativeLexer } from './rouge/lexers/index.js';
import { mergeTokens } from './rouge/regex-lexer.js';
import type { RougeLexer, RougeLexerOptions } from './rouge/rouge-lexer.js';
import { guessLanguage } from './rouge/guess.js';

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

// ./highlight.js is next to this module; the bundled command (scripts/bundle.mjs) writes it next to its code too.
const load = createRequire(import.meta.url);

/** The highlight.js fallback (loaded the first time a language without a ported lexer is highlighted). */
function fallback(): typeof import('./highlight.js') {
  return load('./highlight.js') as typeof import('./highlight.js');
}

/** The options of a language spec (`console?prompt=%&lang=ruby`), as Rouge's `find_fancy` reads them. */
function lexerOptions(spec: string): RougeLexerOptions {
  const q = spec.indexOf('?');
  if (q < 0) return {};
  const options: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(spec.slice(q + 1))) options[key] ??= value;
  return options;
}

/**
 * The lexer Rouge's `find_fancy(spec, code)` would use: a ported Rouge lexer when there is one,
 * else highlight.js mapped to Rouge's classes (plain text when highlight.js has no grammar either).
 * `guess` guesses from the code. Null when Rouge has no lexer of that name.
 */
export function rougeLexerFor(spec: string, code: string): RougeLexer | null {
  const name = spec.includes('?') ? spec.slice(0, spec.indexOf('?')) : spec;
  const lexer = findRougeLexer(name === 'guess' ? guessLanguage(code) : spec);
  if (!lexer) return null;
  const native = nativeLexer(lexer[0], lexerOptions(spec), rougeLexerFor);
  if (native) return native;
  const module = lexer[2];
  return { lex: (text) => (module ? fallback().rougeTokens(text, module) : text === '' ? [] : [['', text]]) };
}

/**
 * Rouge-classed tokens for `code` as Rouge's `find_fancy(lang)` lexer would tokenise it (adjacent
 * tokens of one class merged), or null when Rouge has no lexer for `lang`.
 */
export function rougeTokensFor(code: string, lang: string): ClassedText[] | null {
  const lexer = rougeLexerFor(lang, code);
  return lexer && mergeTokens(lexer.lex(code));
}

/** Highlighted inner HTML (spans with Rouge classes, text escaped like Rouge: & < > only) or null when Rouge has no lexer for `lang`. */
export function highlightToRouge(code: string, lang: string): string | null {
  const tokens = rougeTokensFor(code, lang);
  return tokens && tokensToHtml(tokens);
}
