/**
 * The kramdown-compatible Markdown converter: markdown-it 15 configured and
 * extended so its HTML matches what Jekyll's kramdown 2.4 (GFM input) prints.
 * Block grammar and serialization live in ./block, ./inline and ./render;
 * kramdown extensions (IAL, TOC, footnotes...) are plugins listed in EXTENSIONS.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it'
import { BuildError } from '../../util/errors.js'
import { installKramdownBlocks } from './block/index.js'
import { installFastTokens } from './fast-tokens.js'
import type { BlockDialect } from './block/state-utils.js'
import { installKramdownEscapes } from './inline/escapes.js'
import { installKramdownEmphasis } from './inline/emphasis.js'
import { installKramdownCodespans } from './inline/codespan.js'
import { installKramdownLinks } from './inline/links.js'
import { installCodeRenderers, plainHighlighter, type MarkdownHighlighter } from './render/code.js'
import { installSerialization } from './render/serialize.js'
import { abbreviationsPlugin } from './plugins/abbreviations.js'
import { attributesPlugin } from './plugins/attributes.js'
import { definitionListsPlugin } from './plugins/definition-lists.js'
import { extensionsPlugin } from './plugins/extensions.js'
import { footnotesPlugin } from './plugins/footnotes.js'
import { headerIdsPlugin } from './plugins/header-ids.js'
import { htmlMarkdownPlugin } from './plugins/html-markdown.js'
import { mathPlugin } from './plugins/math.js'
import { taskListsPlugin } from './plugins/task-lists.js'
import { tocPlugin } from './plugins/toc.js'
import { typographyPlugin } from './plugins/typography.js'

export interface MarkdownOptions {
  /** The site's `kramdown:` config merged over Jekyll's defaults (input, auto_ids, auto_id_prefix, toc_levels, smart_quotes, hard_wrap, math_engine, parse_block_html, syntax_highlighter_opts, ...) */
  kramdown: Record<string, unknown>
  /** Code markup (src/highlight with Rouge); without one, code prints as kramdown prints it with no highlighter. */
  highlighter?: MarkdownHighlighter
  /** markdown-it's own token constructors instead of the faster equivalents of ./fast-tokens (tests compare both). */
  plainTokens?: boolean
}

export interface MarkdownConverter {
  /** The configured markdown-it instance (for tests and tools that need the token stream). */
  readonly md: MarkdownIt
  convert(source: string): string
}

// ---------------------------------------------------------------------------
// EXTENSION PLUGINS (src/markup/markdown/plugins/*) — applied in this order,
// after the kramdown block grammar and before auto ids. Add imports and entries here.
// ---------------------------------------------------------------------------
// Order matters: core rules run in registration order (header ids need IALs and
// typography; abbreviations need the ids computed; the TOC needs both).
const EXTENSIONS: Array<(md: MarkdownIt, opts: MarkdownOptions) => void> = [
  extensionsPlugin,
  attributesPlugin,
  htmlMarkdownPlugin,
  typographyPlugin,
  mathPlugin,
  footnotesPlugin,
  definitionListsPlugin,
  taskListsPlugin,
  headerIdsPlugin,
  abbreviationsPlugin,
  tocPlugin,
]

/** Jekyll's `hard_wrap` (false unless the site turns it on). */
function hardWrap(kramdown: Record<string, unknown>): boolean {
  return kramdown.hard_wrap === true || kramdown.hard_wrap === 'true'
}

/** The parser kramdown reads with: GFM (Jekyll's default) or kramdown's own syntax, and GFM's quirks. */
function blockDialect(kramdown: Record<string, unknown>): BlockDialect {
  const gfm = String(kramdown.input ?? 'GFM').toLowerCase() === 'gfm'
  const quirks = kramdown.gfm_quirks ?? ['paragraph_end']
  const list = Array.isArray(quirks) ? quirks.map(String) : String(quirks).split(',')
  return { gfm, paragraphEndQuirk: gfm && list.some((q) => q.trim() === 'paragraph_end') }
}

/** Builds the markdown-it instance for one kramdown configuration. */
function buildMarkdownIt(options: MarkdownOptions): MarkdownIt {
  const dialect = blockDialect(options.kramdown)
  const breaks = dialect.gfm && hardWrap(options.kramdown)
  const md = markdownIt({
    html: true,
    xhtmlOut: true,
    breaks,
    linkify: false,
    typographer: false,
  })
  if (!options.plainTokens) installFastTokens(md)
  md.disable(['replacements', 'smartquotes'])
  // kramdown's own syntax has no `~~strikethrough~~`.
  if (!dialect.gfm) md.disable('strikethrough')
  installKramdownBlocks(md, dialect)
  installKramdownEscapes(md, { gfm: dialect.gfm, hardWrap: breaks })
  installKramdownLinks(md)
  installKramdownEmphasis(md)
  installKramdownCodespans(md)
  installSerialization(md)
  installCodeRenderers(md, options.highlighter ?? plainHighlighter)
  for (const extension of EXTENSIONS) extension(md, options)
  return md
}

/** Creates a converter that renders Markdown the way Jekyll's kramdown does. */
export function createMarkdownConverter(options: MarkdownOptions): MarkdownConverter {
  const md = buildMarkdownIt(options)
  return {
    md,
    convert(source: string): string {
      try {
        return md.render(source.replace(/\r\n?/g, '\n'), {})
      } catch (error) {
        // kramdown runs out of stack on such input too (SystemStackError); say what is wrong.
        if (error instanceof RangeError && /call stack/i.test(error.message)) {
          throw new BuildError({
            topic: 'Conversion error',
            message: 'The Markdown nests HTML elements, lists or quotes too deeply to convert.',
            hint: 'Close the HTML elements (or reduce the nesting) of this document.',
            cause: error,
          })
        }
        throw error
      }
    },
  }
}
