/**
 * Front matter exactly as Jekyll detects and splits it.
 *
 * We do not use gray-matter: it rejects Jekyll's `...` closing line, decides differently whether a file has
 * front matter at all, caches parses by input string, and cannot report where the body starts (needed to
 * put file line numbers on Liquid errors).
 */
import { isHash, parseYaml } from '../config/yaml.js'
import { BuildError } from '../util/errors.js'
import { copyString } from '../util/copy-string.js'
import { parseFlatFrontMatter } from './flat-yaml.js'

/** Jekyll's `has_yaml_header?`: the first line is `---` (trailing blanks allowed). */
const YAML_HEADER = /^---[ \t\r\f\v]*\r?\n/
/**
 * Jekyll's YAML_FRONT_MATTER_REGEXP, `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)` in Ruby's multiline mode,
 * with Ruby's `^` (start or after `\n`) and `$` (before `\n` or at the end) spelled out. The `\s*` after the
 * closing line runs over blank lines, so they are not part of the body.
 */
const FRONT_MATTER = /^(---\s*\n[\s\S]*?\n?)(?<![^\n])((?:---|\.\.\.)\s*(?=\n|(?![\s\S]))\n?)/

export interface FrontMatter {
  /** Parsed front matter (`{}` when absent or empty). */
  data: Record<string, unknown>
  /** Text after the front matter. */
  body: string
  /** Number of lines before the body: add it to a body line number to get the file line number. */
  bodyLineOffset: number
  /** A YAML error, when the front matter could not be parsed (Jekyll warns and goes on with `{}`). */
  error?: BuildError
  /** True when the front matter is YAML but not a mapping (a list or a plain value); `data` is then `{}`. */
  notAHash?: boolean
}

/**
 * True when Jekyll would treat the file as having front matter (a page rather than a static file).
 * `head` is the start of the raw file (see readHead): a byte-order mark in front of `---` means no front matter.
 */
export function hasFrontMatter(head: string): boolean {
  return YAML_HEADER.test(head)
}

/** Splits and parses front matter; `file` names the file in errors. Never throws for YAML errors. */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const match = FRONT_MATTER.exec(text)
  if (!match) return { data: {}, body: text, bodyLineOffset: 0 }
  const head = match[0]
  const body = text.slice(head.length)
  const bodyLineOffset = countNewlines(head) + (head.endsWith('\n') ? 0 : 1)
  const flat = parseFlatFrontMatter(match[1] ?? '')
  if (flat) return { data: flat, body, bodyLineOffset }
  try {
    const data = parseYaml(match[1] ?? '', { file, fileText: text, kind: 'front-matter' })
    const notAHash = !isHash(data) && data !== null && data !== undefined && data !== false
    if (isHash(data)) copyStrings(data, new Set())
    return { data: isHash(data) ? data : {}, body, bodyLineOffset, ...(notAHash ? { notAHash } : {}) }
  } catch (error) {
    if (!(error instanceof BuildError)) throw error
    return { data: {}, body, bodyLineOffset, error }
  }
}

/**
 * Replaces the strings in parsed front matter by copies (see copyString): the parser cuts them out of the
 * file text, and a title kept as such a slice would keep the whole file in memory for the whole build.
 */
function copyStrings(value: Record<string, unknown> | unknown[], seen: Set<object>): void {
  if (seen.has(value)) return // aliases can share, or even contain, a collection
  seen.add(value)
  const keys = Array.isArray(value) ? value.keys() : Object.keys(value)
  const slots = value as Record<string | number, unknown>
  for (const key of keys) {
    if (key === '__proto__') continue
    const item = slots[key]
    if (typeof item === 'string') slots[key] = copyString(item)
    else if (Array.isArray(item) || isHash(item)) copyStrings(item, seen)
  }
}

function countNewlines(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++
  return n
}
