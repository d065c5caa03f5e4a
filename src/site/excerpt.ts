/** Jekyll's excerpt extraction: the text before `excerpt_separator`, with unclosed Liquid blocks closed. */
import { log } from '../util/log.js'

const LIQUID_TAG = /{%-?\s*(\w+)\s*[\s\S]*?-?%}/g
const LINK_REFERENCE = /^ {0,3}(\[[^\]]+\])(:.+)$/gm
/** Tags that have an end tag (Liquid blocks), whose opening in an excerpt needs closing. */
const BLOCK_TAGS = new Set([
  'if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'ifchanged', 'highlight',
])

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
  if (head.includes('{%')) head = closeLiquidBlocks(head, relativePath)
  const definitions: string[] = []
  for (const m of tail.matchAll(LINK_REFERENCE)) {
    if (head.includes(m[1] as string)) definitions.push(`${m[1]}${m[2]}`)
  }
  return definitions.length ? `${head}\n\n${definitions.join('\n')}` : head
}

function closeLiquidBlocks(head: string, relativePath: string): string {
  const names = [...head.matchAll(LIQUID_TAG)].map((m) => m[1] as string)
  let modified = false
  for (const name of names.reverse()) {
    if (!BLOCK_TAGS.has(name)) continue
    if (new RegExp(`{%-?\\s*end${name}[\\s\\S]*?\\s*-?%}`).test(head)) continue
    modified = true
    head += `\n{% end${name} %}`
  }
  if (modified) {
    log.warn('Warning:', `Excerpt modified in ${relativePath}!`)
    log.warn('', 'Found a Liquid block containing the excerpt separator "\\n\\n".')
    log.warn('', 'The block has been modified with the appropriate closing tag.')
    log.warn('', 'Feel free to define a custom excerpt or excerpt_separator in the')
    log.warn('', 'document\'s Front Matter if the generated excerpt is unsatisfactory.')
  }
  return head
}
