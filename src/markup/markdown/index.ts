/**
 * The kramdown-compatible Markdown converter: markdown-it 15 configured and
 * extended so its HTML matches what Jekyll's kramdown 2.4 (GFM input) prints.
 * Block grammar and serialization live in ./block, ./inline and ./render;
 * kramdown extensions (IAL, TOC, footnotes...) are plugins listed in EXTENSIONS.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it'
import { installKramdownBlocks } from './block/index.js'
import { installStrongEmphasisOrder } from './inline/emphasis.js'
import { installKramdownLinks } from './inline/links.js'
import { installCodeRenderers, plaintextHighlighter, type MarkdownHighlighter } from './render/code.js'
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
  /** Code highlighting (from src/highlight, written by another engineer): fenced/indented block → full HTML, and inline code span → HTML. */
  highlighter?: { block(code: string, lang: string, extraClasses: string[]): string; span(code: string, lang?: string): string }
}

export interface MarkdownConverter { convert(source: string): string }

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

/** Builds the markdown-it instance for one kramdown configuration. */
function buildMarkdownIt(options: MarkdownOptions): MarkdownIt {
  const md = markdownIt({
    html: true,
    xhtmlOut: true,
    breaks: hardWrap(options.kramdown),
    linkify: false,
    typographer: false,
  })
  md.disable(['replacements', 'smartquotes'])
  installKramdownBlocks(md)
  installKramdownLinks(md)
  installStrongEmphasisOrder(md)
  installSerialization(md)
  installCodeRenderers(md, (options.highlighter as MarkdownHighlighter | undefined) ?? plaintextHighlighter)
  for (const extension of EXTENSIONS) extension(md, options)
  return md
}

/** Creates a converter that renders Markdown the way Jekyll's kramdown does. */
export function createMarkdownConverter(options: MarkdownOptions): MarkdownConverter {
  const md = buildMarkdownIt(options)
  return {
    convert(source: string): string {
      return md.render(source.replace(/\r\n?/g, '\n'), {})
    },
  }
}
