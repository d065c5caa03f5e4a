/** Jekyll's excerpt extraction: the text before `excerpt_separator`, with unclosed Liquid blocks closed. */
import { log } from '../util/log.js'

const LIQUID_TAG = /{%-?\s*(\w+)\s*[\s\S]*?-?%}/g
const LINK_REFERENCE = /^ {0,3}(\[[^\]]+\])(:.+)$/gm

/**
 * Names of the Liquid tags that are blocks (have an end tag): an opening one left in an excerpt gets its
 * end tag appended. Jekyll asks Liquid's tag registry; a tag of a plugin counts as a block when the rest
 * of the document holds its end tag (which it must, for the document to parse).
 */
export const EXCERPT_BLOCK_TAGS = new Set([
  'if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'ifchanged', 'highlight',
])

/** The separator of a document or page: its own `excerpt_separator`, else the site's (Document#excerpt_separator). */
export function excerptSeparator(data: Record<string, unknown>, config: Record<string, unknown>): string {
  const own = data.excerpt_separator
  const value = own !== undefined && own !== null && own !== false ? own : config.excerpt_separator
  return value === undefined || value === null ? '' : String(value)
}

/**
 * The excerpt source of a document body: the part before the separator; when the separator is found,
 * unclosed Liquid blocks get their end tag and the Markdown link definitions used in it are appended.
 */
export function extractExcerpt(content: string, separator: string, relativePath: string): string {
  const at = content.indexOf(separator)
  if (at === -1) return content
  let head = content.slice(0, at)
  const tail = content.slice(at + separator.length)
  if (tail === '') return head
  if (head.includes('{%')) head = closeLiquidBlocks(head, tail, separator, relativePath)
  const definitions: string[] = []
  // a link definition has `]:` (the pattern's `\]` then `:`): without one, the scan of the rest finds nothing
  if (tail.includes(']:')) {
    for (const m of tail.matchAll(LINK_REFERENCE)) {
      if (head.includes(m[1] as string)) definitions.push(`${m[1]}${m[2]}`)
    }
  }
  return definitions.length ? `${head}\n\n${definitions.join('\n')}` : head
}

function closeLiquidBlocks(head: string, tail: string, separator: string, relativePath: string): string {
  const names = [...head.matchAll(LIQUID_TAG)].map((m) => m[1] as string)
  let modified = false
  for (const name of names.reverse()) {
    const endTag = new RegExp(`{%-?\\s*end${name}[\\s\\S]*?\\s*-?%}`)
    if (!EXCERPT_BLOCK_TAGS.has(name) && !endTag.test(tail)) continue
    if (endTag.test(head)) continue
    modified = true
    head += `\n{% end${name} %}`
  }
  if (modified) {
    log.warn('Warning:', `Excerpt modified in ${relativePath}!`)
    log.warn('', `Found a Liquid block containing the excerpt separator ${rubyInspect(separator)}.`)
    log.warn('', 'The block has been modified with the appropriate closing tag.')
    log.warn('', 'Feel free to define a custom excerpt or excerpt_separator in the')
    log.warn('', 'document\'s Front Matter if the generated excerpt is unsatisfactory.')
  }
  return head
}

/** Ruby's String#inspect for the usual separators (`"\n\n"`, `"<!--more-->"`). */
function rubyInspect(s: string): string {
  const escaped = s.replace(/[\\"\n\t\r#]/g, (c) => {
    switch (c) {
      case '\n': return '\\n'
      case '\t': return '\\t'
      case '\r': return '\\r'
      case '#': return '#'
      default: return `\\${c}`
    }
  })
  return `"${escaped}"`
}
