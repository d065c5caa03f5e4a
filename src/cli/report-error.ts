/** Prints a failed build's error Jekyll-style: topic, message with file:line, code frame, hint; the stack with --trace. */
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'

export function reportError(error: unknown, trace: boolean): void {
  if (error instanceof BuildError) {
    const [first, ...rest] = error.format().split('\n')
    log.error(`${error.topic}:`, (first ?? '').replace(new RegExp(`^${escapeRegExp(error.topic)}: `), ''))
    for (const line of rest) log.error('', line)
  } else {
    log.error('Error:', error instanceof Error ? error.message : String(error))
  }
  if (trace && error instanceof Error) {
    log.error('', error.stack ?? '')
    let cause = error.cause
    while (cause instanceof Error) {
      log.error('Caused by:', cause.stack ?? cause.message)
      cause = cause.cause
    }
  } else {
    log.error('', 'Use --trace to see the full backtrace.')
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
