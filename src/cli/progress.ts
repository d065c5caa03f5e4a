/**
 * One progress line while a large site renders, redrawn in place on an interactive terminal only:
 * nothing is printed when the stream is not a TTY, when `CI` is set, or for small sites.
 */
import { Logger } from '../util/log.js'

export interface ProgressStream {
  isTTY?: boolean
  write(chunk: string): unknown
}

export interface ProgressOptions {
  stream?: ProgressStream
  env?: NodeJS.ProcessEnv
  /** Sites with fewer pages and documents than this get no progress line (default 200). */
  minItems?: number
  /** Least time between two redraws, in milliseconds (default 100). */
  interval?: number
}

export interface Progress {
  /** Called after each page or document (BuildContext.onRendered). */
  update(done: number, total: number): void
  /** Erases the line. */
  finish(): void
}

/** A progress line for this terminal, or undefined when none should be shown. */
export function createProgress(options: ProgressOptions = {}): Progress | undefined {
  const stream = options.stream ?? process.stderr
  const env = options.env ?? process.env
  if (stream.isTTY !== true || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') || env.TERM === 'dumb') return undefined
  const minItems = options.minItems ?? 200
  const interval = options.interval ?? 100
  let last = 0
  let shown = false
  return {
    update(done, total) {
      if (total < minItems) return
      const now = performance.now()
      if (done < total && now - last < interval) return
      last = now
      shown = true
      const pct = Math.floor((100 * done) / total)
      stream.write(`\r\x1b[2K${Logger.format('Rendering:', `${done}/${total} pages and documents (${pct}%)`)}`)
    },
    finish() {
      if (shown) stream.write('\r\x1b[2K')
      shown = false
    },
  }
}
