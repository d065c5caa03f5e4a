/**
 * Prints a failed build's error Jekyll-style: topic, message with file:line, code frame, hint.
 * With --trace: the error's code, its stack and the stacks of its causes.
 */
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'

export function reportError(error: unknown, trace: boolean): void {
  if (error instanceof BuildError) {
    const [first = '', ...rest] = error.format().split('\n')
    log.error(`${error.topic}:`, withoutTopic(first, error.topic))
    for (const line of rest) log.error('', line)
  } else {
    // Not a BuildError: something we did not foresee. Say so rather than pretend it is the site's fault.
    log.error('Error:', error instanceof Error ? error.message : String(error))
    if (!trace) log.error('', 'This looks like a bug in Utterson; please report it with the output of --trace.')
  }
  if (trace && error instanceof Error) {
    if (error instanceof BuildError && error.code) log.error('Code:', error.code)
    log.error('', error.stack ?? '')
    let cause = error.cause
    for (let depth = 0; cause instanceof Error && depth < 10; depth++) {
      log.error('Caused by:', cause.stack ?? cause.message)
      cause = cause.cause
    }
  } else {
    log.error('', 'Use --trace to see the full backtrace.')
  }
}

/** "Liquid Exception: x" under the topic "Liquid Exception" prints once. */
function withoutTopic(message: string, topic: string): string {
  return message.startsWith(`${topic}: `) ? message.slice(topic.length + 2) : message
}
