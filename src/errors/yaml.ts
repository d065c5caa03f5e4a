/**
 * YAML syntax errors from the `yaml` package as catalog errors, at the place Ruby's Psych would point to:
 * the line of the offending key for bad indentation, the opening quote of an unclosed string, the opening
 * bracket of an unclosed flow collection. Lines are lines of the whole file (front matter counted).
 */
import type { YAMLError } from 'yaml'
import type { BuildError } from '../util/errors.js'
import { formatLocation } from '../util/errors.js'
import { ErrorCatalog } from './catalog.js'
import { catalogError } from './index.js'

/** What was being read: picks the catalog entry (and so whether it is fatal). */
export type YamlKind = 'config' | 'front-matter' | 'data'

export interface YamlErrorSource {
  /** Path shown in the message. */
  file: string
  /** Lines of the file before the YAML text (front matter: 1, for the opening `---`). */
  lineOffset?: number
  /** The whole file, for the code frame (default: the YAML text). */
  fileText?: string
  kind?: YamlKind
}

/** The BuildError for the first of a document's YAML errors. */
export function yamlSyntaxError(errors: readonly YAMLError[], text: string, source: YamlErrorSource): BuildError {
  const first = errors[0]
  const reason = (first?.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '')
  const [line, col] = psychPosition(errors, text)
  const where = { file: source.file, line: line + (source.lineOffset ?? 0), col, source: source.fileText ?? text }
  const at = formatLocation(where.file, where.line, where.col)
  if (source.kind === 'config') return catalogError(ErrorCatalog.ConfigYamlSyntax, { file: at, reason }, where, first)
  if (source.kind === 'front-matter') return catalogError(ErrorCatalog.FrontMatterYamlSyntax, { file: at, reason }, where, first)
  if (source.kind === 'data') {
    const format = /\.json$/i.test(source.file) ? 'JSON' : 'YAML'
    return catalogError(ErrorCatalog.DataFileSyntax, { file: at, format, reason }, where, first)
  }
  return catalogError(ErrorCatalog.YamlSyntax, { file: at, reason }, where, first)
}

/** 1-based [line, column] of the error in `text`, moved to where Psych reports it. */
export function psychPosition(errors: readonly YAMLError[], text: string): [number, number] {
  const first = errors[0]
  if (!first) return [1, 1]
  // "Nested mappings …" comes with "Implicit keys need to be on a single line", whose end is the
  // offending `key:` on the next line, which is what Psych names.
  const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY')
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline?.linePos?.[1]) return [multiline.linePos[1].line, multiline.linePos[1].col]
  const offset = first.pos[0]
  if (first.code === 'MISSING_CHAR' && /Missing closing (["'])quote/.test(first.message)) {
    const quote = /Missing closing (["'])/.exec(first.message)?.[1] ?? '"'
    const at = openingQuote(text, offset, quote)
    if (at !== -1) return lineCol(text, at)
  }
  if (first.code === 'BAD_INDENT' || first.code === 'MISSING_CHAR') {
    const bracket = /Flow sequence|end with a \]/.test(first.message) ? '[' : /Flow map|end with a \}/.test(first.message) ? '{' : undefined
    if (bracket) {
      const at = unclosedBracket(text, offset, bracket)
      if (at !== -1) return lineCol(text, at)
    }
  }
  return first.linePos ? [first.linePos[0].line, first.linePos[0].col] : lineCol(text, offset)
}

/** Offset of the quote that opens the unclosed string ending at `end` (-1 if not found). */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue
    if (quote === '"' && text[i - 1] === '\\') continue
    if (quote === "'") {
      // inside a single-quoted string a quote is written twice: skip even runs
      let start = i
      while (start > 0 && text[start - 1] === "'") start--
      if ((i - start + 1) % 2 === 0) {
        i = start
        continue
      }
      return start
    }
    return i
  }
  return -1
}

/** Offset of the last `open` bracket before `end` that is not closed, skipping quoted strings. */
function unclosedBracket(text: string, end: number, open: '[' | '{'): number {
  const stack: [string, number][] = []
  let quote: string | undefined
  for (let i = 0; i < Math.min(end, text.length); i++) {
    const c = text[i] as string
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '{') stack.push([c, i])
    else if (c === ']' || c === '}') stack.pop()
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) {
      const nl = text.indexOf('\n', i)
      i = nl === -1 ? text.length : nl
    }
  }
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.[0] === open) return stack[k]?.[1] ?? -1
  return -1
}

function lineCol(text: string, offset: number): [number, number] {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return [line, offset - start + 1]
}

/**
 * A YAML document that parses but cannot be turned into data (an alias to an anchor that does not exist,
 * as Psych's BadAlias): the same catalog error, at the alias when it can be found.
 */
export function yamlValueError(error: unknown, text: string, source: YamlErrorSource): BuildError {
  const message = error instanceof Error ? error.message : String(error)
  const alias = /alias[^:]*: (\S+)$/.exec(message)?.[1]
  const reason = alias ? `Unknown alias: ${alias}` : message
  const at = alias ? text.indexOf(`*${alias}`) : -1
  const fake = { code: 'BAD_ALIAS', message: reason, pos: [Math.max(at, 0), Math.max(at, 0) + 1] } as unknown as YAMLError
  return yamlSyntaxError([fake], text, source)
}
