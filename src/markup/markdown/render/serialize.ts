/**
 * kramdown's serialization of text and inline HTML: text escapes only `& < >`
 * (quotes stay raw), span-level tags are re-printed the way kramdown prints them
 * (`<img ... />`, `attr=""`), and block-level tags or unmatched end tags found
 * inside a paragraph are escaped as text.
 */
import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'
import { matchComment, matchEndTag, matchStartTag, serializeStartTag } from '../block/html-raw.js'
import { HTML_ELEMENTS_WITHOUT_BODY } from '../block/patterns.js'

/** kramdown's HTML_BLOCK_ELEMENTS: such a tag inside a paragraph is printed as text. */
const HTML_BLOCK_ELEMENTS = new Set(('address article aside applet body blockquote caption col colgroup dd div dl dt ' +
  'fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol ' +
  'optgroup p pre section summary table tbody td th thead tfoot tr ul').split(' '))

/** Escapes text the way kramdown does (`& < >` only). */
export function escapeKramdownTextNode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function toText(token: Token): void {
  token.type = 'text'
}

/** Rewrites the html_inline tokens of one inline token's children. */
function rewriteInlineHtml(children: Token[]): void {
  const open: string[] = []
  for (const token of children) {
    if (token.type !== 'html_inline') continue
    const src = token.content
    if (matchComment(src, 0)) continue
    const start = matchStartTag(src, 0)
    if (start) {
      if (HTML_BLOCK_ELEMENTS.has(start.name)) { toText(token); continue }
      const selfClose = start.closed || HTML_ELEMENTS_WITHOUT_BODY.has(start.name)
      if (!selfClose) open.push(start.name)
      token.content = serializeStartTag(start.name, start.attrs, selfClose)
      continue
    }
    const end = matchEndTag(src, 0)
    if (end) {
      const idx = open.lastIndexOf(end.name.toLowerCase()) >= 0 ? open.lastIndexOf(end.name.toLowerCase()) : open.lastIndexOf(end.name)
      if (idx < 0) { toText(token); continue }
      token.content = `</${open[idx]}>`
      open.length = idx
    }
  }
}

/** Installs kramdown's text escaping and the inline-HTML rewrite. */
export function installSerialization(md: MarkdownIt): void {
  md.renderer.rules.text = (tokens, idx) => escapeKramdownTextNode(tokens[idx].content)
  md.renderer.rules.s_open = () => '<del>'
  md.renderer.rules.s_close = () => '</del>'
  md.core.ruler.push('kramdown_inline_html', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) rewriteInlineHtml(token.children)
    }
  })
}
