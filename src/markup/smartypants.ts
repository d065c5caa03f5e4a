/**
 * Jekyll's SmartyPants converter (the `smartify` filter): kramdown's SmartyPants parser, which only turns
 * quotes and `--`, `---`, `...`, `<<`, `>>` into typographic characters, decodes entities and keeps HTML
 * tags. Lines are kept as they are (no paragraphs); `&`, `<`, `>` in text come out escaped.
 */
import markdownIt from 'markdown-it'
import type { SiteConfig } from '../config/load.js'
import { isHash } from '../config/yaml.js'
import { typographyPlugin } from './markdown/plugins/typography.js'

const KEPT_RULES = ['text', 'html_inline', 'entity']

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Creates the converter for the site's `kramdown:` settings (`smart_quotes`). */
export function createSmartyPants(config: SiteConfig): (input: string) => string {
  const kramdown = isHash(config.kramdown) ? config.kramdown : {}
  const md = markdownIt({ html: true, xhtmlOut: true, linkify: false, typographer: false })
  md.inline.ruler.enableOnly(KEPT_RULES)
  md.inline.ruler2.enableOnly([])
  md.core.ruler.disable(['linkify', 'replacements', 'smartquotes'])
  typographyPlugin(md, { kramdown })
  md.renderer.rules.text = (tokens, idx) => escapeText(tokens[idx]!.content)
  return (input) => (input === '' ? '' : md.renderInline(input.replace(/\r\n?/g, '\n')))
}
