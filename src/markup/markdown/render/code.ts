/**
 * Code rendering through the highlighter: fenced and indented blocks become
 * Rouge-style blocks (or a plain `<pre><code class="language-x">` when the
 * highlighter does not know the language), code spans become
 * `<code class="language-plaintext highlighter-rouge">`.
 */
import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'

/** The code highlighter the Markdown converter needs (see src/highlight). */
export interface MarkdownHighlighter {
  block(code: string, lang: string, extraClasses: string[]): string
  span(code: string, lang?: string): string
}

function escapeCode(code: string): string {
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Fallback used until src/highlight is wired in: Rouge's plaintext output for every
 * language (no token spans), inside kramdown's wrapper.
 */
export const plaintextHighlighter: MarkdownHighlighter = {
  block(code, lang, extraClasses) {
    const cls = [`language-${lang || 'plaintext'}`, ...extraClasses, 'highlighter-rouge'].join(' ')
    return `<div class="${cls}"><div class="highlight"><pre class="highlight"><code>${escapeCode(code)}</code></pre></div></div>\n`
  },
  span(code, lang) {
    return `<code class="language-${lang || 'plaintext'} highlighter-rouge">${escapeCode(code)}</code>`
  },
}

function escapeAttr(value: string): string {
  return escapeCode(value).replace(/"/g, '&quot;')
}

/** Splits token attributes into the `language-x` class, other classes and other attributes. */
function splitAttrs(token: Token): { lang?: string; classes: string[]; others: Array<[string, string]> } {
  const classes: string[] = []
  const others: Array<[string, string]> = []
  let lang: string | undefined
  for (const [name, rawValue] of token.attrs ?? []) {
    const value = String(rawValue)
    if (name !== 'class') { others.push([name, value]); continue }
    for (const c of value.split(/\s+/).filter(Boolean)) {
      const m = /^language-(\S+)$/.exec(c)
      if (m && lang === undefined) lang = m[1]
      else classes.push(c)
    }
  }
  return { lang, classes, others }
}

/** Adds attributes to the first tag of an HTML fragment. */
function withAttrs(html: string, attrs: Array<[string, string]>): string {
  if (attrs.length === 0) return html
  const extra = attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')
  return html.replace(/^(\s*<[A-Za-z][\w-]*)/, `$1${extra}`)
}

/** Installs the code_block, fence and code_inline renderers. */
export function installCodeRenderers(md: MarkdownIt, highlighter: MarkdownHighlighter): void {
  const block = (token: Token, infoLang: string) => {
    const { lang, classes, others } = splitAttrs(token)
    const html = highlighter.block(token.content, lang ?? infoLang, classes)
    return withAttrs(html, others)
  }
  md.renderer.rules.code_block = (tokens, idx) => block(tokens[idx], '')
  md.renderer.rules.fence = (tokens, idx) => block(tokens[idx], tokens[idx].info.trim().split(/\s+/)[0] ?? '')
  md.renderer.rules.code_inline = (tokens, idx) => {
    const { lang, classes, others } = splitAttrs(tokens[idx])
    let html = highlighter.span(tokens[idx].content, lang)
    if (classes.length > 0) html = html.replace(/ highlighter-rouge"/, ` ${classes.join(' ')} highlighter-rouge"`)
    return withAttrs(html, others)
  }
}
