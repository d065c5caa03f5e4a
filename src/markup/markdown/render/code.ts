/**
 * Code rendering the way kramdown's converter does it: the language of a block is the fence's
 * info word or the first `language-x` class of its IAL, the language spec handed to the
 * highlighter keeps the fence's `?options`, and the remaining classes and attributes stay on
 * the outer element. The markup itself comes from the highlighter (src/highlight).
 */
import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'

/** The code highlighter the Markdown converter needs (see src/highlight/markdown-code.ts). */
export interface MarkdownHighlighter {
  /** Full markup for a code block; `lang` is the language spec or undefined; `classes` exclude the language class. */
  block(code: string, lang: string | undefined, classes: string[]): string
  /** Full markup for a code span; `classes` are all its classes in order (a `language-x` included). */
  span(code: string, lang: string | undefined, classes: string[]): string
}

function escapeCode(code: string): string {
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttr(value: string): string {
  return escapeCode(value).replace(/"/g, '&quot;')
}

/** kramdown without a syntax highlighter (`highlighter: none`): plain `<pre><code>` and `<code>`. */
export const plainHighlighter: MarkdownHighlighter = {
  block(code, lang, classes) {
    const language = lang?.replace(/\?.*$/, '')
    const pre = classes.length > 0 ? ` class="${escapeAttr(classes.join(' '))}"` : ''
    const codeClass = language === undefined ? '' : ` class="language-${escapeAttr(language)}"`
    return `<pre${pre}><code${codeClass}>${escapeCode(code).replace(/\n$/, '')}\n</code></pre>\n`
  },
  span(code, _lang, classes) {
    return `<code${classes.length > 0 ? ` class="${escapeAttr(classes.join(' '))}"` : ''}>${escapeCode(code)}</code>`
  },
}

/** The token's class attribute (in order) and its other attributes. */
function splitAttrs(token: Token): { classes: string[]; others: Array<[string, string]> } {
  const classes: string[] = []
  const others: Array<[string, string]> = []
  for (const [name, rawValue] of token.attrs ?? []) {
    const value = String(rawValue)
    if (name === 'class') classes.push(...value.split(/\s+/).filter(Boolean))
    else others.push([name, value])
  }
  return { classes, others }
}

/** kramdown's `extract_code_language`: the first `language-x` class. */
function classLanguage(classes: readonly string[]): string | undefined {
  const m = /\blanguage-(\S+)/.exec(classes.join(' '))
  return m?.[1]
}

/** Adds attributes to the first tag of an HTML fragment. */
function withAttrs(html: string, attrs: Array<[string, string]>): string {
  if (attrs.length === 0) return html
  const extra = attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')
  return html.replace(/^(\s*<[A-Za-z][\w-]*)/, `$1${extra}`)
}

/** Installs the code_block, fence and code_inline renderers. */
export function installCodeRenderers(md: MarkdownIt, highlighter: MarkdownHighlighter): void {
  const block = (token: Token, fenceWord: string | undefined, fenceSpec: string | undefined) => {
    const { classes, others } = splitAttrs(token)
    // A fence's language class comes first, IAL classes after it (kramdown appends IAL classes).
    const all = fenceWord ? [`language-${fenceWord}`, ...classes] : classes
    const lang = classLanguage(all)
    let rest = all
    if (lang !== undefined) {
      const joined = all.join(' ').replace(/\blanguage-\S+/, '').trim()
      rest = joined === '' ? [] : joined.split(/\s+/)
    }
    return withAttrs(highlighter.block(token.content, fenceSpec ?? lang, rest), others)
  }
  md.renderer.rules.code_block = (tokens, idx) => block(tokens[idx], undefined, undefined)
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx]
    const word = token.info.trim().split(/\s+/)[0] || undefined
    const spec = (token.meta as { kramdownLang?: string } | null)?.kramdownLang || undefined
    return block(token, word, spec)
  }
  md.renderer.rules.code_inline = (tokens, idx) => {
    const { classes, others } = splitAttrs(tokens[idx])
    return withAttrs(highlighter.span(tokens[idx].content, classLanguage(classes), classes), others)
  }
}
