/**
 * kramdown link destinations: `[a](my pic.png)` keeps its spaces (the URL runs to
 * the balancing `)` or to whitespace before a quoted title) and URLs are printed
 * as written, without percent-encoding or punycode, and without markdown-it's
 * `javascript:` filter.
 */
import type { MarkdownIt } from 'markdown-it'

interface DestinationResult { ok: boolean; pos: number; str: string }

/** kramdown's inline link URL scan, in markdown-it's parseLinkDestination shape. */
function parseKramdownDestination(md: MarkdownIt, str: string, start: number, max: number): DestinationResult {
  if (str.charCodeAt(start) === 0x3c /* < */) {
    const close = str.indexOf('>', start + 1)
    if (close !== -1 && close < max) {
      return { ok: true, pos: close + 1, str: md.utils.unescapeAll(str.slice(start + 1, close)) }
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
    } else if (/\s/.test(ch) && /['"]/.test(str[pos + 1] ?? '')) break
  }
  const raw = str.slice(start, pos)
  const trimmed = raw.trimEnd()
  if (trimmed === '') return { ok: false, pos: start, str: '' }
  return { ok: true, pos: start + trimmed.length, str: md.utils.unescapeAll(trimmed) }
}

/** Installs kramdown's link-destination parsing and URL normalization. */
export function installKramdownLinks(md: MarkdownIt): void {
  md.helpers.parseLinkDestination = (str: string, start: number, max: number) =>
    parseKramdownDestination(md, str, start, max)
  md.normalizeLink = (url: string) => url
  md.normalizeLinkText = (url: string) => url
  md.validateLink = () => true
}
