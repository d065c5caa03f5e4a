/**
 * Adding the line to errors raised without one. A document's invalid `date:` is reported by the code that
 * parses dates, which knows the value but not where it is in the file: `withDocumentLocation` finds the line.
 */
import { BuildError } from '../util/errors.js'
import { ErrorCatalog } from './catalog.js'
import { catalogError } from './index.js'

const INVALID_DATE = /^Invalid date '([\s\S]*)': Document '[\s\S]*' does not have a valid date in the (filename|YAML front matter|front matter defaults)\.?/

/** Runs `read` (which reads one document); an invalid-date error it throws gets the catalog code and the line. */
export function withDocumentLocation<T>(text: string, file: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw locateDocumentError(error, text, file)
  }
}

/** The error with the line of the front-matter key it is about, when it is an invalid date without one. */
export function locateDocumentError(error: unknown, text: string, file: string): unknown {
  if (!(error instanceof BuildError) || error.line !== undefined) return error
  const match = INVALID_DATE.exec(error.message.replace(/^[A-Za-z ]+: (?=Invalid date)/, ''))
  if (!match) return error
  const where = match[2] as 'filename' | 'YAML front matter' | 'front matter defaults'
  const line = where === 'YAML front matter' ? frontMatterKeyLine(text, 'date') : undefined
  return catalogError(
    ErrorCatalog.InvalidDate,
    { value: match[1] ?? '', file, where },
    line === undefined ? { file } : { file, line, source: text },
    error,
  )
}

/** 1-based line of `key:` at the top level of the front matter (undefined when absent). */
export function frontMatterKeyLine(text: string, key: string): number | undefined {
  const lines = text.split('\n', 1000)
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined
  const pattern = new RegExp(`^["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`)
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (/^(---|\.\.\.)\s*$/.test(line)) return undefined
    if (pattern.test(line)) return i + 1
  }
  return undefined
}
