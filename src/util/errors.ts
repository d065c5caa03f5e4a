/**
 * One error type for everything the user must fix: it carries the file, the line in that file
 * (front matter counted), a code frame and a hint, and prints Jekyll-style.
 */
export interface BuildErrorInit {
  /** Short topic shown in the log column, e.g. "Liquid Exception", "YAML Exception". */
  topic: string
  message: string
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
  readonly file?: string
  readonly line?: number
  readonly col?: number
  readonly frame?: string
  readonly hint?: string

  constructor(init: BuildErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'BuildError'
    this.topic = init.topic
    this.file = init.file
    this.line = init.line
    this.col = init.col
    this.hint = init.hint
    if (init.source !== undefined && init.line !== undefined) this.frame = codeFrame(init.source, init.line, init.col)
  }

  /** `file:line:col` as far as known. */
  get location(): string {
    if (!this.file) return ''
    return [this.file, this.line, this.line !== undefined ? this.col : undefined].filter((x) => x !== undefined).join(':')
  }

  /** The message as printed: headline, frame, hint. */
  format(): string {
    const where = this.location ? ` in ${this.location}` : ''
    const lines = [`${this.message}${where}`]
    if (this.frame) lines.push(this.frame)
    if (this.hint) lines.push(`hint: ${this.hint}`)
    return lines.join('\n')
  }
}

/** Draws ±2 lines around `line` (1-based), marking it with `>>` and the column with `^`. */
export function codeFrame(source: string, line: number, col?: number): string {
  const lines = source.split(/\r?\n/)
  const first = Math.max(1, line - 2)
  const last = Math.min(lines.length, line + 2)
  const width = String(last).length
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').slice(0, 200)
    out.push(`${n === line ? '>>' : '  '} ${String(n).padStart(width)}| ${text}`)
    if (n === line && col !== undefined && col > 0) out.push(`   ${' '.repeat(width)}  ${' '.repeat(col - 1)}^`)
  }
  return out.join('\n')
}
