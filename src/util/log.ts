/**
 * Jekyll-style logger ("Stevenson"): a right-aligned topic column of 20 characters, then the message.
 * The one module-level singleton of the project, as in Jekyll.
 */
import pc from 'picocolors'

/** Colour only on a terminal, never with `NO_COLOR` set (any value); `FORCE_COLOR` (not `0`) forces it. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true
  return stream.isTTY === true && env.TERM !== 'dumb'
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
const LEVELS: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 }

export interface LogSink {
  out(line: string): void
  err(line: string): void
}

const processSink: LogSink = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}

export class Logger {
  level: LogLevel = 'info'
  sink: LogSink = processSink
  /** Warnings seen during the current build (for `--strict`). */
  warnings: string[] = []
  /** Colours for warnings and errors (they go to stderr). */
  colors = pc.createColors(colorEnabled(process.stderr))

  /** Jekyll's layout: the topic and a space, right-aligned in a 20-character column, then the message. */
  static format(topic: string, message = ''): string {
    return `${`${topic} `.padStart(20)}${message}`
  }

  private enabled(level: LogLevel): boolean {
    return LEVELS[level] >= LEVELS[this.level]
  }

  debug(topic: string, message = ''): void {
    if (this.enabled('debug')) this.sink.out(Logger.format(topic, message))
  }

  info(topic: string, message = ''): void {
    if (this.enabled('info')) this.sink.out(Logger.format(topic, message))
  }

  warn(topic: string, message = ''): void {
    this.warnings.push(`${topic} ${message}`.trim())
    if (this.enabled('warn')) this.sink.err(this.colors.yellow(Logger.format(topic, message)))
  }

  error(topic: string, message = ''): void {
    if (this.enabled('error')) this.sink.err(this.colors.red(Logger.format(topic, message)))
  }

  /** Runs `fn` printing and recording nothing (work done ahead that the build will do again, for real). */
  muted<T>(fn: () => T): T {
    const { level, sink } = this
    const warnings = this.warnings.length
    this.level = 'error'
    this.sink = { out: () => undefined, err: () => undefined }
    try {
      return fn()
    } finally {
      this.level = level
      this.sink = sink
      this.warnings.length = warnings
    }
  }

  /** Sets the level from Jekyll's `quiet` / `verbose` flags. */
  configure(opts: { quiet?: boolean; verbose?: boolean }): void {
    this.level = opts.quiet ? 'error' : opts.verbose ? 'debug' : 'info'
  }
}

export const log = new Logger()
