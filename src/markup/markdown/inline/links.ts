/**
 * kramdown link destinations: `[a](my pic.png)` keeps its spaces (the URL runs to
 * the balancing `)` or to whitespace before a quoted title) and URLs are printed
 * as written, without percent-encoding or punycode, and without markdown-it's
 * `javascript:` filter.
 */
import type { MarkdownIt } from 'markdown-it'
import { escapeKramdownAttribute } from '../block/html-raw.js'

/** kramdown's ESCAPED_CHARS: the alt text of an image is its raw source with only these unescaped. */
const ESCAPED_CHARS = /\\([\\.*_+`<>()[\]{}#!:|"'$=-])/g

interface DestinationResult { ok: boolean; pos: number; str: string }

/** kramdown's inline link URL scan, in markdown-it's parseLinkDestination shape. */
function parseKramdownDestination(md: MarkdownIt, str: string, start: number, max: number): DestinationResult {
  if (str.charCodeAt(start) === 0x3c /* < */) {
    const close = str.indexOf('>', start + 1)
    if (close !== -1 && close < max) {
      return { ok: true, pos: close + 1, str: str.slice(start + 1, close) }
    }
  }
  let depth = 0
  let pos = start
  for (; pos < max; pos++) {
    const ch = str[pos]
    if (ch === '(') depth++
    else if (ch === ')') {
      if (depth === 0) break
      depth--
    } else if (/[\t\n\v\f\r ]/.test(ch) && /['"]/.test(str[pos + 1] ?? '')) break
  }
  const raw = str.slice(start, pos)
  const trimmed = raw.trimEnd()
  if (trimmed === '') return { ok: false, pos: start, str: '' }
  return { ok: true, pos: start + trimmed.length, str: trimmed }
}

/** kramdown's LINK_INLINE_TITLE_RE: a quoted title (kept as written) that a `)` follows. */
function parseKramdownTitle(str: string, start: number, max: number) {
  const fail = { ok: false, can_continue: false, pos: start, str: '', marker: 0 }
  const quote = str[start]
  if (quote !== '"' && quote !== "'") return fail
  for (let end = str.indexOf(quote, start + 2); end >= 0 && end < max; end = str.indexOf(quote, end + 1)) {
    if (/^[\t\n\v\f\r ]*\)/.test(str.slice(end + 1, max))) {
      return { ok: true, can_continue: false, pos: end + 1, str: str.slice(start + 1, end), marker: 0 }
    }
  }
  return fail
}

/** Installs kramdown's link-destination parsing and URL normalization. */
export function installKramdownLinks(md: MarkdownIt): void {
  md.helpers.parseLinkDestination = (str: string, start: number, max: number) =>
    parseKramdownDestination(md, str, start, max)
  md.helpers.parseLinkTitle = parseKramdownTitle as typeof md.helpers.parseLinkTitle
  md.normalizeLink = (url: string) => url
  md.normalizeLinkText = (url: string) => url
  md.validateLink = () => true
  // kramdown's alt text is the raw label source (no Markdown), not the rendered label.
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx]
    const alt = token.content.replace(ESCAPED_CHARS, '$1')
    const attrs = (token.attrs ?? []).map(([k, v]) => [k, k === 'alt' ? alt : String(v)])
    return `<img${attrs.map(([k, v]) => ` ${k}="${escapeKramdownAttribute(v)}"`).join('')} />`
  }
}
