/** What the highlighter needs from a Rouge-compatible lexer, and the options of a language spec (`console?prompt=%`). */
import type { Token } from './regex-lexer.js'

export interface RougeLexer {
  /** Rouge's tokens for `text` (not yet merged). */
  lex(text: string): Token[]
}

/** Lexer options from a language spec's query string (`ruby?start_inline=1` → { start_inline: '1' }). */
export type RougeLexerOptions = Readonly<Record<string, string>>
