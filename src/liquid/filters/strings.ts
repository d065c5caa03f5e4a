/**
 * Jekyll's text filters: number_of_words (with "cjk"/"auto"), normalize_whitespace,
 * array_to_sentence_string, slugify and markdownify.
 */
import type { Liquid } from 'liquidjs'
import { slugify } from '../../util/slugify.js'
import { liquidValue, rubyToS } from './ruby-inspect.js'
import { awkSplit } from './standard-strings.js'

const CJK = '\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}'
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu')
const NON_CJK_WORD = new RegExp(`[^${CJK}\\t\\n\\v\\f\\r ]+`, 'gu')

/** Jekyll `number_of_words(input, mode)`: "cjk" counts each CJK character as a word; "auto" only if any. */
export function numberOfWords (input: unknown, mode?: unknown): number {
  const text = rubyToS(input)
  const cjkCount = () => (text.match(CJK_CHAR) ?? []).length
  const wordCount = () => (text.match(NON_CJK_WORD) ?? []).length
  const m = mode === undefined || mode === null ? '' : rubyToS(mode)
  if (m === 'cjk') return cjkCount() + wordCount()
  if (m === 'auto') {
    const cjk = cjkCount()
    return cjk === 0 ? awkSplit(text).length : cjk + wordCount()
  }
  return awkSplit(text).length
}

/** Jekyll `normalize_whitespace`: runs of ASCII whitespace become one space, then strip. */
export function normalizeWhitespace (input: unknown): string {
  return rubyToS(input).replace(/[\t\n\v\f\r ]+/g, ' ').replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '')
}

/** Jekyll `array_to_sentence_string(array, connector = "and")`: "a, b, and c". */
export function arrayToSentenceString (input: unknown, connector: unknown = 'and'): string {
  const v = liquidValue(input)
  if (!Array.isArray(v)) return rubyToS(v)
  const words = v.map((x) => rubyToS(x))
  const c = rubyToS(connector)
  if (words.length === 0) return ''
  if (words.length === 1) return words[0]
  if (words.length === 2) return `${words[0]} ${c} ${words[1]}`
  return `${words.slice(0, -1).join(', ')}, ${c} ${words[words.length - 1]}`
}

/** Registers number_of_words, normalize_whitespace, array_to_sentence_string, slugify, markdownify. */
export function registerStringFilters (liquid: Liquid, markdownify: (input: string) => string): void {
  liquid.registerFilter('number_of_words', numberOfWords)
  liquid.registerFilter('normalize_whitespace', normalizeWhitespace)
  liquid.registerFilter('array_to_sentence_string', arrayToSentenceString)
  liquid.registerFilter('slugify', (input: unknown, mode?: unknown) =>
    input === null || input === undefined ? input : slugify(rubyToS(input), mode === undefined || mode === null ? null : rubyToS(mode)))
  liquid.registerFilter('markdownify', (input: unknown) => markdownify(rubyToS(input)))
}
