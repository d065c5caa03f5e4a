/**
 * Installs kramdown's GFM block grammar into markdown-it: markdown-it's block rules
 * keep their names (so plugins can still say `before('paragraph', ...)`) but get
 * kramdown's implementations and kramdown's order: code, fence, blockquote,
 * heading, hr, list, html_block, lheading, table, reference, eob, paragraph.
 */
import type { MarkdownIt } from 'markdown-it'
import { kramdownBlockquote } from './blockquote.js'
import { kramdownEob, kramdownFence, kramdownHr, kramdownIndentedCode } from './code.js'
import { kramdownAtxHeading, kramdownSetextHeading } from './heading.js'
import { kramdownHtmlBlock } from './html-block.js'
import { kramdownLinkDefinition } from './link-definition.js'
import { kramdownList } from './list.js'
import { kramdownParagraph } from './paragraph.js'
import { kramdownTable } from './table.js'
import { kramdownUnhandledLine } from './unhandled-line.js'
import { GFM_DIALECT, type BlockDialect } from './state-utils.js'

type BlockRule = Parameters<MarkdownIt['block']['ruler']['at']>[1]

const KRAMDOWN_BLOCK_ORDER: Array<[string, BlockRule]> = [
  ['code', kramdownIndentedCode],
  ['fence', kramdownFence],
  ['blockquote', kramdownBlockquote],
  ['heading', kramdownAtxHeading],
  ['hr', kramdownHr],
  ['list', kramdownList],
  ['html_block', kramdownHtmlBlock],
  ['lheading', kramdownSetextHeading],
  ['table', kramdownTable],
  ['reference', kramdownLinkDefinition],
  ['paragraph', kramdownParagraph],
]

interface RulerInternals { __rules__: Array<{ name: string }>; __cache__: unknown }

/** Replaces markdown-it's block rules with kramdown's (call before applying plugins). */
export function installKramdownBlocks(md: MarkdownIt, dialect: BlockDialect = GFM_DIALECT): void {
  ;(md.options as { kramdownDialect?: BlockDialect }).kramdownDialect = dialect
  const ruler = md.block.ruler
  for (const [name, rule] of KRAMDOWN_BLOCK_ORDER) ruler.at(name, rule, { alt: [] })
  // markdown-it has no public "move rule"; reorder its rule list to kramdown's order.
  const internals = ruler as unknown as RulerInternals
  const order = KRAMDOWN_BLOCK_ORDER.map(([name]) => name)
  internals.__rules__.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
  internals.__cache__ = null
  ruler.before('paragraph', 'eob', kramdownEob)
  ruler.push('kramdown_unhandled_line', kramdownUnhandledLine) // must stay last: takes any line
}
