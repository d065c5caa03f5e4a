/**
 * One error type for everything the user must fix: it carries the file, the line in that file
 * (front matter counted), a code frame and a hint, and prints Jekyll-style.
 * The errors themselves are listed in src/errors/catalog.ts; build them with `catalogError`.
 */
export interface BuildErrorInit {
  /** Short topic shown in the log column, e.g. "Liquid Exception", "YAML Exception". */
  topic: string
  message: string
  /** Stable identifier from the error catalog, e.g. "YAML_SYNTAX". */
  code?: string
  /** Path relative to the site source (or absolute when outside it). */
  file?: string
  line?: number
  col?: number
  /** Source text of the file, used to draw a code frame around `line`. */
  source?: string
  hint?: string
  cause?: unknown
}

export class BuildError extends Error {
  readonly topic: string
  readonly code?: string
  readonly file?: string
  readonly line?: number
  readonly col?: number
  readonly frame?: string
  readonly hint?: string

  constructor(init: BuildErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'BuildError'
    this.topic = init.topic
    this.code = init.code
    this.file = init.file
    this.line = init.line
    this.col = init.col
    this.hint = init.hint
    if (init.source !== undefined && init.line !== undefined) this.frame = codeFrame(init.source, init.line, init.col)
  }

  /** `file:line:col` as far as known. */
  get location(): string {
    return formatLocation(this.file, this.line, this.col)
  }

  /** The message as printed: headline, frame, hint. */
  format(): string {
    const where = this.location && !this.message.includes(this.location) ? ` in ${this.location}` : ''
    const lines = [`${this.message}${where}`]
    if (this.frame) lines.push(this.frame)
    if (this.hint) lines.push(`hint: ${this.hint}`)
    return lines.join('\n')
  }
}

/** `file:line:col` with the parts that are known ('' without a file). */
export function formatLocation(file?: string, line?: number, col?: number): string {
  if (!file) return ''
  if (line === undefined) return file
  return col !== undefined && col > 0 ? `${file}:${line}:${col}` : `${file}:${line}`
}

const FRAME_WIDTH = 160

/**
 * Draws ±2 lines around `line` (1-based), marking it with `>>` and the column with `^`.
 * Long lines are cut to a window around the column, so a minified file still gives a readable frame.
 */
export function codeFrame(source: string, line: number, col?: number): string {
  const lines = frameLines(source, line)
  const first = Math.max(1, line - 2)
  const last = Math.min(first + lines.length - 1, line + 2)
  const width = String(last).length
  const start = col !== undefined && col > FRAME_WIDTH ? col - FRAME_WIDTH / 2 : 0
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const full = lines[n - first] ?? ''
    const from = n === line ? start : 0 // only the marked line is shown around the column
    const cut = full.slice(from, from + FRAME_WIDTH)
    const text = `${from > 0 ? '…' : ''}${cut}${full.length > from + FRAME_WIDTH ? '…' : ''}`
    out.push(`${n === line ? '>>' : '  '} ${String(n).padStart(width)}| ${text}`)
    if (n === line && col !== undefined && col > 0) {
      out.push(`   ${' '.repeat(width)}  ${' '.repeat(col - 1 - start + (start > 0 ? 1 : 0))}^`)
    }
  }
  return out.join('\n')
}

/** Lines `line-2 .. line+2` of `source`, found without splitting the whole text. */
function frameLines(source: string, line: number): string[] {
  const first = Math.max(1, line - 2)
  let at = 0
  for (let n = 1; n < first; n++) {
    const next = source.indexOf('\n', at)
    if (next === -1) return []
    at = next + 1
  }
  const out: string[] = []
  for (let n = first; n <= line + 2; n++) {
    const next = source.indexOf('\n', at)
    out.push(source.slice(at, next === -1 ? undefined : next).replace(/\r$/, ''))
    if (next === -1) break
    at = next + 1
  }
  return out
}
