/**
 * kramdown's serialization of text and inline HTML: text escapes only `& < >`
 * (quotes stay raw), span-level tags are re-printed the way kramdown prints them
 * (`<img ... />`, `attr=""`), and block-level tags or unmatched end tags found
 * inside a paragraph are escaped as text.
 */
import type { MarkdownIt } from 'markdown-it'
import { installSpanHtml } from '../inline/span-html.js'

/** Escapes text the way kramdown does (`& < >` only). */
export function escapeKramdownTextNode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Installs kramdown's text escaping and the inline-HTML rewrite. */
export function installSerialization(md: MarkdownIt): void {
  md.renderer.rules.text = (tokens, idx) => escapeKramdownTextNode(tokens[idx].content)
  md.renderer.rules.s_open = () => '<del>'
  md.renderer.rules.s_close = () => '</del>'
  installSpanHtml(md)
}
