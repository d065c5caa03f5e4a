/** The Markdown converter (kramdown-compatible, on markdown-it) for the extensions in `markdown_ext`. */
import type { SiteConfig } from '../config/load.js'
import { isHash } from '../config/yaml.js'
import { createKramdownRouge, renderMarkdownCodeBlock, renderMarkdownCodeSpan } from '../highlight/index.js'
import type { ConversionCache } from './conversion-cache.js'
import type { Converter } from './converter.js'
import { createMarkdownConverter } from './markdown/index.js'
import type { MarkdownHighlighter } from './markdown/render/code.js'

/**
 * Jekyll's kramdown options (`KramdownParser#setup`): the site's `kramdown:` over Jekyll's defaults,
 * `syntax_highlighter` from `kramdown.syntax_highlighter` or the site's `highlighter` (an empty
 * one means rouge), `syntax_highlighter_opts` with `default_lang: plaintext` and `guess_lang`
 * copied from `kramdown.guess_lang`.
 */
export function kramdownOptions(config: SiteConfig): Record<string, unknown> {
  const kramdown = isHash(config.kramdown) ? { ...config.kramdown } : {}
  const enableCoderay = kramdown.enable_coderay !== undefined && kramdown.enable_coderay !== null && kramdown.enable_coderay !== false
  kramdown.syntax_highlighter ||= enableCoderay ? 'coderay' : (config.highlighter || 'rouge')
  const opts = isHash(kramdown.syntax_highlighter_opts) ? { ...kramdown.syntax_highlighter_opts } : {}
  opts.default_lang ||= 'plaintext'
  opts.guess_lang = kramdown.guess_lang
  kramdown.syntax_highlighter_opts = opts
  return kramdown
}

/** The code highlighter for these kramdown options: Rouge's markup, or kramdown's plain markup for any other highlighter. */
export function markdownHighlighter(kramdown: Record<string, unknown>): MarkdownHighlighter | undefined {
  if (kramdown.syntax_highlighter !== 'rouge') return undefined
  const rouge = createKramdownRouge(kramdown.syntax_highlighter_opts as Record<string, unknown>)
  return {
    block: (code, lang, classes) => renderMarkdownCodeBlock(code, lang, classes, rouge),
    span: (code, lang, classes) => renderMarkdownCodeSpan(code, lang, rouge, classes),
  }
}

export function markdownExtensions(config: SiteConfig): Set<string> {
  return new Set(
    String(config.markdown_ext ?? '')
      .split(',')
      .map((e) => `.${e.toLowerCase()}`),
  )
}

/** The name of the built-in Markdown converter (what worker threads can convert ahead). */
export const MARKDOWN_CONVERTER = 'Markdown'

/** The Markdown converter of a site; with a `cache`, an input converted before is looked up instead. */
export function createMarkdownFileConverter(config: SiteConfig, cache?: ConversionCache): Converter {
  const exts = markdownExtensions(config)
  const kramdown = kramdownOptions(config)
  const markdown = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown) })
  const convert = (content: string) => markdown.convert(content)
  return {
    name: MARKDOWN_CONVERTER,
    priority: 0,
    matches: (ext) => exts.has(ext.toLowerCase()),
    outputExt: () => '.html',
    convert: cache ? (content) => cache.convert(content, convert) : convert,
  }
}
