/** Turns liquidjs errors into BuildErrors with the line in the file (front matter counted), as Jekyll reports them. */
import { LiquidError } from 'liquidjs'
import { BuildError } from '../util/errors.js'

export interface TemplateSource {
  /** Path shown to the user (relative to the source). */
  file: string
  /** The file's full text, for the code frame. */
  sourceText: string
  /** Lines before the template text in the file. */
  lineOffset: number
  /** Absolute path the template was parsed with (to tell it apart from includes). */
  parsedAs: string
}

export function liquidError(error: unknown, source: TemplateSource, relativeTo: (absolute: string) => string): BuildError {
  if (error instanceof BuildError) return error
  if (!(error instanceof LiquidError) && !isLiquidLike(error)) {
    return new BuildError({ topic: 'Liquid Exception', message: `Liquid Exception: ${(error as Error)?.message ?? String(error)}`, file: source.file, cause: error })
  }
  const e = error as LiquidError
  const inner = e.originalError instanceof BuildError ? e.originalError : undefined
  if (inner) return inner
  const token = e.token
  const [line, col] = token ? token.getPosition() : [undefined, undefined]
  const tokenFile = token?.file
  const inThisFile = !tokenFile || tokenFile === source.parsedAs
  const message = (e.originalError?.message ?? e.message).replace(/, file:.*$/s, '').replace(/, line:\d+, col:\d+$/, '')
  const file = inThisFile ? source.file : relativeTo(tokenFile)
  return new BuildError({
    topic: 'Liquid Exception',
    message: `Liquid Exception: ${message}`,
    file,
    line: line === undefined ? undefined : line + (inThisFile ? source.lineOffset : 0),
    col,
    source: inThisFile ? source.sourceText : token?.input,
    hint: hintFor(message),
    cause: error,
  })
}

function isLiquidLike(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'token' in error
}

function hintFor(message: string): string | undefined {
  if (/undefined filter/.test(message)) return 'Is it a plugin filter? Check `plugins:` in _config.yml, or set liquid.strict_filters: false.'
  if (/undefined variable/.test(message)) return 'Define the variable or set liquid.strict_variables: false.'
  if (/tag .* not (found|closed)|not closed/.test(message)) return 'Every block tag ({% if %}, {% for %}, …) needs its end tag.'
  if (/Failed to lookup|ENOENT/.test(message)) return 'Check the file name and that it exists in _includes.'
  return undefined
}
