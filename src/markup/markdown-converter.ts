/** The Markdown converter (kramdown-compatible, on markdown-it) for the extensions in `markdown_ext`. */
import type { SiteConfig } from '../config/load.js'
import { isHash } from '../config/yaml.js'
import { renderMarkdownCodeBlock, renderMarkdownCodeSpan } from '../highlight/index.js'
import type { Converter } from './converter.js'
import { createMarkdownConverter } from './markdown/index.js'

/** Jekyll's kramdown options: the site's `kramdown:` over Jekyll's defaults, with the highlighter settings Jekyll adds. */
export function kramdownOptions(config: SiteConfig): Record<string, unknown> {
  const kramdown = isHash(config.kramdown) ? { ...config.kramdown } : {}
  kramdown.syntax_highlighter ??= config.highlighter === 'none' ? null : (config.highlighter ?? 'rouge')
  const opts = isHash(kramdown.syntax_highlighter_opts) ? { ...kramdown.syntax_highlighter_opts } : {}
  opts.default_lang ??= 'plaintext'
  kramdown.syntax_highlighter_opts = opts
  return kramdown
}

export function markdownExtensions(config: SiteConfig): Set<string> {
  return new Set(
    String(config.markdown_ext ?? '')
      .split(',')
      .map((e) => `.${e.trim().toLowerCase()}`),
  )
}

export function createMarkdownFileConverter(config: SiteConfig): Converter {
  const exts = markdownExtensions(config)
  const kramdown = kramdownOptions(config)
  const highlight = kramdown.syntax_highlighter !== null && kramdown.syntax_highlighter !== 'none'
  const markdown = createMarkdownConverter({
    kramdown,
    highlighter: highlight
      ? { block: (code, lang, classes) => renderMarkdownCodeBlock(code, lang, classes), span: (code, lang) => renderMarkdownCodeSpan(code, lang) }
      : undefined,
  })
  return {
    name: 'Markdown',
    priority: 0,
    matches: (ext) => exts.has(ext.toLowerCase()),
    outputExt: () => '.html',
    convert: (content) => markdown.convert(content),
  }
}
