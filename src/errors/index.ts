/**
 * Building errors and warnings from the catalog: `catalogError` returns a BuildError to throw,
 * `catalogWarning` logs a warning Jekyll-style (headline with file:line, code frame, hint) and records it
 * in `log.warnings` (which `--strict` turns into an error).
 */
import { BuildError, codeFrame, formatLocation } from '../util/errors.js'
import { log } from '../util/log.js'
import type { CatalogEntry } from './catalog.js'

export { ErrorCatalog, type CatalogEntry, type ErrorCode } from './catalog.js'

/** Where a problem is: the file (relative to the source when inside it), line and column (1-based). */
export interface ErrorLocation {
  file?: string
  line?: number
  col?: number
  /** The file's text, for the code frame. */
  source?: string
}

/** The error an entry describes, for these arguments, at this place. */
export function catalogError<A>(entry: CatalogEntry<A>, args: A, where: ErrorLocation = {}, cause?: unknown): BuildError {
  return new BuildError({
    topic: entry.title,
    code: entry.code,
    message: entry.message(args),
    hint: hintOf(entry, args),
    file: where.file,
    line: where.line,
    col: where.col,
    source: where.source,
    cause,
  })
}

/** Logs the warning an entry describes (one entry in `log.warnings`, however many lines it prints). */
export function catalogWarning<A>(entry: CatalogEntry<A>, args: A, where: ErrorLocation = {}): void {
  log.warn(`${entry.title}:`, warningText(entry, args, where))
}

/** The printed text of a warning: the message with its location, then frame and hint lines. */
export function warningText<A>(entry: CatalogEntry<A>, args: A, where: ErrorLocation = {}): string {
  const message = entry.message(args)
  const location = formatLocation(where.file, where.line, where.col)
  const lines = [location && !message.includes(location) ? `${message} (${location})` : message]
  if (where.source !== undefined && where.line !== undefined) lines.push(codeFrame(where.source, where.line, where.col))
  const hint = hintOf(entry, args)
  if (hint) lines.push(`hint: ${hint}`)
  return lines.join('\n').replace(/\n/g, `\n${' '.repeat(20)}`)
}

/**
 * The warnings `--strict` fails on: everything logged with log.warn, except two that Jekyll logs as
 * warnings but that describe a choice rather than a mistake: "Configuration file: none" (a site without
 * _config.yml) and "Skipping: … has a future date" (a scheduled post).
 */
export function strictWarnings(warnings: readonly string[] = log.warnings): string[] {
  return warnings.filter((w) => !w.startsWith('Configuration file:') && !/^Skipping: .* has a future date$/.test(w))
}

/** True when `error` is the catalog entry's error. */
export function isCatalogError(error: unknown, entry: CatalogEntry<never>): error is BuildError {
  return error instanceof BuildError && error.code === entry.code
}

function hintOf<A>(entry: CatalogEntry<A>, args: A): string | undefined {
  return typeof entry.hint === 'function' ? entry.hint(args) : entry.hint
}
