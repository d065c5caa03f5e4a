/**
 * Liquid 5.4 string filters where liquidjs differs from Ruby: lengths and slices in
 * Unicode characters, Ruby's whitespace set and `split` rules, `default` with
 * `allow_false`, HTML escaping and stripping.
 */
import type { Liquid } from 'liquidjs'
import { cgiEscape, cgiUnescape, escapeHtml, escapeHtmlOnce } from './escape.js'
import { isHash, liquidValue, rubyToS } from './ruby-inspect.js'
import { toRubyInteger } from './standard-arrays.js'

const RUBY_SPACE = '[\\0\\t\\n\\v\\f\\r ]'
const LEADING_SPACE = new RegExp(`^${RUBY_SPACE}+`)
const TRAILING_SPACE = new RegExp(`${RUBY_SPACE}+$`)

/** Ruby `str.split(" ", limit)`: awk-style split on runs of ASCII whitespace. */
export function awkSplit (s: string, limit = 0): string[] {
  const out: string[] = []
  let rest = s.replace(/^[\t\n\v\f\r ]+/, '')
  while (rest !== '') {
    if (limit > 0 && out.length === limit - 1) { out.push(rest); break }
    const m = /[\t\n\v\f\r ]+/.exec(rest)
    if (!m) { out.push(rest); break }
    out.push(rest.slice(0, m.index))
    rest = rest.slice(m.index + m[0].length)
    if (rest === '' && limit > 0) out.push('')
  }
  return out
}

/** Ruby `String#split(pattern)` with a string pattern (trailing empty fields dropped). */
export function rubySplit (s: string, pattern: string): string[] {
  if (pattern === ' ') return awkSplit(s)
  const parts = pattern === '' ? Array.from(s) : s.split(pattern)
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return parts
}

/** Liquid `size`: characters of a string, items of an array, keys of a hash; 8 for an Integer. */
export function size (input: unknown): number {
  const v = liquidValue(input)
  if (typeof v === 'string') return Array.from(v).length
  if (Array.isArray(v)) return v.length
  if (typeof v === 'number' && Number.isInteger(v)) return 8
  if (isHash(v)) return Object.keys(v).length
  return 0
}

/** Ruby `slice(offset, length)` on a sequence: undefined when the offset is out of range. */
function sliceSeq<T> (items: T[], offset: number, length: number): T[] | undefined {
  const start = offset < 0 ? items.length + offset : offset
  if (start < 0 || start > items.length || length < 0) return undefined
  return items.slice(start, start + length)
}

/** Liquid `slice`: by characters for strings, with negative offsets from the end. */
export function slice (input: unknown, offset: unknown, length?: unknown): unknown {
  const from = toRubyInteger(offset)
  const len = length === undefined || length === null ? 1 : toRubyInteger(length)
  const v = liquidValue(input)
  if (Array.isArray(v)) return sliceSeq(v, from, len) ?? []
  return sliceSeq(Array.from(rubyToS(v)), from, len)?.join('') ?? ''
}

/** Liquid `truncate`: length in characters, ellipsis included. */
export function truncate (input: unknown, length: unknown = 50, ellipsis: unknown = '...'): unknown {
  if (input === null || input === undefined) return input
  const chars = Array.from(rubyToS(input))
  const max = toRubyInteger(length)
  const tail = rubyToS(ellipsis)
  if (chars.length <= max) return chars.join('')
  const keep = Math.max(0, max - Array.from(tail).length)
  return chars.slice(0, keep).join('') + tail
}

/** Liquid `truncatewords`: at most `words` words (at least 1), then the ellipsis. */
export function truncatewords (input: unknown, words: unknown = 15, ellipsis: unknown = '...'): unknown {
  if (input === null || input === undefined) return input
  const text = rubyToS(input)
  let n = toRubyInteger(words)
  if (n <= 0) n = 1
  const list = awkSplit(text, n + 1)
  if (list.length <= n) return text
  list.pop()
  return list.join(' ') + rubyToS(ellipsis)
}

function isEmptyValue (v: unknown): boolean {
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0
  return isHash(v) && Object.keys(v).length === 0
}

/** Liquid `default`, including the `allow_false: true` keyword argument; `default: nil` gives nil, not ''. */
export function defaultFilter (input: unknown, ...args: unknown[]): unknown {
  const fallback = args.length === 0 ? '' : args[0]
  const options = args.slice(1)
  const v = liquidValue(input)
  const allowFalse = options.some((o) => Array.isArray(o) && o[0] === 'allow_false' && o[1] !== false && o[1] != null)
  const missing = allowFalse ? v === null || v === undefined : v === null || v === undefined || v === false
  return missing || isEmptyValue(v) ? fallback : input
}

/** Liquid `strip_html`: drops script/style blocks and comments, then every tag. */
export function stripHtml (input: unknown): string {
  return rubyToS(input)
    .replace(/<script.*?<\/script>|<!--.*?-->|<style.*?<\/style>/gs, '')
    .replace(/<.*?>/gs, '')
}

function capitalize (input: unknown): string {
  const chars = Array.from(rubyToS(input))
  if (chars.length === 0) return ''
  return chars[0].toUpperCase() + chars.slice(1).join('').toLowerCase()
}

/** Registers the string filters above plus Ruby-faithful strip/split/escape/url_encode/append. */
export function registerStandardStringFilters (liquid: Liquid): void {
  liquid.registerFilter('size', size)
  liquid.registerFilter('slice', slice)
  liquid.registerFilter('truncate', truncate)
  liquid.registerFilter('truncatewords', truncatewords)
  liquid.registerFilter('default', defaultFilter)
  liquid.registerFilter('strip_html', stripHtml)
  liquid.registerFilter('capitalize', capitalize)
  liquid.registerFilter('escape', (v: unknown) => v === null || v === undefined ? v : escapeHtml(rubyToS(v)))
  liquid.registerFilter('h', (v: unknown) => v === null || v === undefined ? v : escapeHtml(rubyToS(v)))
  liquid.registerFilter('escape_once', (v: unknown) => escapeHtmlOnce(rubyToS(v)))
  liquid.registerFilter('strip', (v: unknown) => rubyToS(v).replace(LEADING_SPACE, '').replace(TRAILING_SPACE, ''))
  liquid.registerFilter('lstrip', (v: unknown) => rubyToS(v).replace(LEADING_SPACE, ''))
  liquid.registerFilter('rstrip', (v: unknown) => rubyToS(v).replace(TRAILING_SPACE, ''))
  liquid.registerFilter('split', (v: unknown, pattern: unknown) => rubySplit(rubyToS(v), rubyToS(pattern)))
  liquid.registerFilter('strip_newlines', (v: unknown) => rubyToS(v).replace(/\r?\n/g, ''))
  liquid.registerFilter('newline_to_br', (v: unknown) => rubyToS(v).replace(/\r?\n/g, '<br />\n'))
  liquid.registerFilter('append', (v: unknown, s: unknown) => rubyToS(v) + rubyToS(s))
  liquid.registerFilter('prepend', (v: unknown, s: unknown) => rubyToS(s) + rubyToS(v))
  liquid.registerFilter('url_encode', (v: unknown) => v === null || v === undefined ? v : cgiEscape(rubyToS(v)))
  liquid.registerFilter('url_decode', (v: unknown) => v === null || v === undefined ? v : cgiUnescape(rubyToS(v)))
}
