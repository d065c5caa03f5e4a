/**
 * Ruby's CSV quoting rules, checked before a CSV/TSV data file is parsed, so a malformed file stops the
 * build as in Jekyll, with Ruby's wording but the physical line and column (Ruby counts records instead).
 */
import type { BuildError } from '../util/errors.js'
import { ErrorCatalog } from './catalog.js'
import { catalogError } from './index.js'

/** Throws the DATA_FILE_SYNTAX error for the first quoting mistake in `text`; returns when there is none. */
export function checkDelimitedQuoting(text: string, separator: string, file: string): void {
  const problem = findQuotingProblem(text, separator)
  if (problem) throw delimitedError(problem.reason, problem.offset, text, separator, file)
}

interface Problem {
  reason: string
  offset: number
}

/** The first quoting mistake: an unclosed quoted field, a quote inside an unquoted field, text after a closing quote. */
export function findQuotingProblem(text: string, separator: string): Problem | undefined {
  let record = 1
  let fieldStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (fieldStart && c === '"') {
      const open = i
      for (i++; ; i++) {
        if (i >= text.length) return { reason: `Unclosed quoted field in line ${record}.`, offset: open }
        if (text[i] === '"') {
          if (text[i + 1] === '"') i++
          else break
        }
      }
      const next = text[i + 1]
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        return { reason: `Any value after quoted field isn't allowed in line ${record}.`, offset: i + 1 }
      }
      fieldStart = false
      continue
    }
    if (c === separator) fieldStart = true
    else if (c === '\n') {
      fieldStart = true
      record++
    } else if (c === '\r') {
      fieldStart = true
      if (text[i + 1] !== '\n') record++
    }
    else if (c === '"') return { reason: `Illegal quoting in line ${record}.`, offset: i }
    else fieldStart = false
  }
  return undefined
}

function delimitedError(reason: string, offset: number, text: string, separator: string, file: string): BuildError {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  const format = separator === '\t' ? 'TSV' : 'CSV'
  return catalogError(ErrorCatalog.DataFileSyntax, { file: `${file}:${line}:${offset - start + 1}`, format, reason }, { file, line, col: offset - start + 1, source: text })
}
