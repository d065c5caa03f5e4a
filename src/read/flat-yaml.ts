/**
 * A fast path for the commonest front matter: flat `key: value` lines with plain or simply quoted scalars.
 *
 * The `yaml` package builds a full document (tokens, CST, nodes) for every front matter, which dominates
 * reading a large site. Lines like `title: "Post 12"`, `layout: post` or `date: 2024-01-02 10:00:00 +0100`
 * need none of that: the plain scalars are resolved here with the very tag list (and `resolve` functions)
 * of the schema the full parser uses (src/config/yaml.ts), so the values are the same (Psych's booleans,
 * octal ints, Ruby floats and times). Anything outside that narrow shape (nesting, lists, flow collections,
 * block scalars, escapes, anchors, tags, tabs, CR, control characters, duplicate keys, keys that are not
 * plain strings…) returns undefined, and the caller uses the full parser.
 */
import YAML, { isScalar } from 'yaml'
import { psychYamlOptions } from '../config/yaml.js'
import { copyString } from '../util/copy-string.js'

interface ScalarTagLike {
  default?: boolean | 'key'
  test?: RegExp
  resolve?: (value: string, onError: (message: string) => void, options: unknown) => unknown
  collection?: unknown
}

interface Resolver {
  tags: ScalarTagLike[]
  options: unknown
}

let resolver: Resolver | undefined

/** The schema's tags and options, taken from a document the full parser made (so they are the same objects). */
function getResolver(): Resolver {
  if (!resolver) {
    const doc = YAML.parseDocument('a: 1', psychYamlOptions())
    resolver = { tags: doc.schema.tags as unknown as ScalarTagLike[], options: doc.options }
  }
  return resolver
}

/** The result that makes the caller use the full parser. */
const FALLBACK: unique symbol = Symbol('fallback')

/** Characters that make the whole front matter go to the full parser: tabs, CR, other C0/C1 controls, BOMs, line separators. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/
/** `key:` then spaces and the value, or nothing. Keys: a letter or `_`, then word characters, `.` or `-`. */
const KEY_LINE = /^([A-Za-z_][\w.-]*):(?: +(.*))?$/
/** What may follow a closing quote: spaces, or spaces then a comment. */
const AFTER_QUOTE = /^(?: +#.*| *)$/
/** YAML indicators that cannot start a plain scalar here (`-` is handled apart). */
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`'])

/** Keys already known to resolve to themselves (a plain string). */
const plainKeys = new Map<string, boolean>()

/**
 * The front matter's data when it is flat `key: scalar` lines, else undefined (use the full parser).
 * `yamlText` is the front matter as parseYaml receives it: the opening `---` line, then the lines.
 */
export function parseFlatFrontMatter(yamlText: string): Record<string, unknown> | undefined {
  if (UNSAFE.test(yamlText)) return undefined
  const firstBreak = yamlText.indexOf('\n')
  if (firstBreak === -1 || !/^--- *$/.test(yamlText.slice(0, firstBreak))) return undefined
  const result: Record<string, unknown> = {}
  let keys = 0
  let start = firstBreak + 1
  while (start <= yamlText.length) {
    let end = yamlText.indexOf('\n', start)
    if (end === -1) end = yamlText.length
    const line = yamlText.slice(start, end)
    start = end + 1
    if (line === '' || line.charCodeAt(0) === 0x23 /* # */) continue
    if (line.charCodeAt(0) === 0x20) {
      if (/^ +(?:#.*)?$/.test(line)) continue // blank, or a comment
      return undefined // indented: a nested value or a continuation line
    }
    const match = KEY_LINE.exec(line)
    if (!match) return undefined
    const key = match[1] as string
    if (key === '__proto__' || Object.hasOwn(result, key) || !isPlainKey(key)) return undefined
    const value = scalarValue(match[2] ?? '')
    if (value === FALLBACK) return undefined
    // as the yaml package's addPairToJSMap sets a key
    if (key in result) Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true })
    else result[key] = value
    keys++
  }
  return keys > 0 ? result : undefined
}

/** True when `key` as a plain scalar resolves to the string itself (not `yes`, `null`, `1e3`…). */
function isPlainKey(key: string): boolean {
  let plain = plainKeys.get(key)
  if (plain === undefined) {
    plain = !getResolver().tags.some((tag) => (tag.default === true || tag.default === 'key') && tag.test?.test(key))
    if (plainKeys.size < 10_000) plainKeys.set(key, plain)
  }
  return plain
}

/** The value of `raw` (the text after `key: `), or FALLBACK. */
function scalarValue(raw: string): unknown {
  if (raw === '') return null
  const first = raw[0] as string
  if (first === '"' || first === "'") {
    const close = raw.indexOf(first, 1)
    if (close === -1) return FALLBACK // spans lines
    const inner = raw.slice(1, close)
    if ((first === '"' && inner.includes('\\')) || !AFTER_QUOTE.test(raw.slice(close + 1))) return FALLBACK
    return copyString(inner)
  }
  if (first === '#') return null // only a comment
  if (INDICATORS.has(first) && !(first === '-' && raw.length > 1 && raw[1] !== ' ')) return FALLBACK
  const comment = raw.indexOf(' #')
  const text = (comment === -1 ? raw : raw.slice(0, comment)).replace(/ +$/, '')
  if (text.includes(': ') || text.endsWith(':')) return FALLBACK
  return resolvePlain(text)
}

/** A plain scalar resolved as the yaml package's composeScalar does (findScalarTagByTest, then `resolve`). */
function resolvePlain(text: string): unknown {
  const { tags, options } = getResolver()
  const tag = tags.find((t) => t.default === true && t.test?.test(text))
  if (!tag?.resolve) return copyString(text)
  let failed = false
  let value: unknown
  try {
    value = tag.resolve(text, () => (failed = true), options)
  } catch {
    return FALLBACK
  }
  if (failed) return FALLBACK
  if (isScalar(value)) value = value.value
  return typeof value === 'string' ? copyString(value) : value
}

