/**
 * Turns liquidjs errors into BuildErrors as Jekyll reports Liquid errors: Liquid 5.4's wording
 * ("Liquid syntax error: Unknown tag 'x'", "Liquid error: divided by 0"), the file (the include's own
 * file for an error inside an include) and the line in that file (front matter counted), a code frame.
 */
import { LiquidError } from 'liquidjs'
import { liquidErrorCode } from '../errors/liquid.js'
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
  const inner = (error as { originalError?: unknown } | undefined)?.originalError
  if (inner instanceof BuildError && (inner.file || !isLiquidLike(error))) return inner
  if (!(error instanceof LiquidError) && !isLiquidLike(error)) {
    const message = rubyLiquidMessage((error as Error)?.message ?? String(error))
    return new BuildError({ topic: 'Liquid Exception', code: liquidErrorCode(message, false), message: `Liquid Exception: Liquid error: ${message}`, file: source.file, cause: error })
  }
  const e = error as LiquidError
  const token = e.token
  const [line, col] = token ? token.getPosition() : [undefined, undefined]
  const tokenFile = token?.file
  const inThisFile = !tokenFile || tokenFile === source.parsedAs
  const raw = ((e.originalError as Error | undefined)?.message ?? e.message).replace(/, file:.*$/s, '').replace(/, line:\d+, col:\d+$/, '')
  const message = rubyLiquidMessage(raw)
  const syntax = e.name === 'ParseError' || e.name === 'TokenizationError'
  const file = inThisFile ? source.file : relativeTo(tokenFile)
  const included = inThisFile ? '' : ` (included from ${source.file})`
  const at = { file, line: line === undefined ? undefined : line + (inThisFile ? source.lineOffset : 0), col, source: inThisFile ? source.sourceText : token?.input }
  // an error of our own tags (e.g. an include name with `..`): keep it, add where the tag is
  if (inner instanceof BuildError) return new BuildError({ topic: inner.topic, code: inner.code, message: inner.message, hint: inner.hint, ...at, cause: inner })
  return new BuildError({
    code: liquidErrorCode(message, syntax, (token as { name?: string } | undefined)?.name),
    topic: 'Liquid Exception',
    message: `Liquid Exception: Liquid ${syntax ? 'syntax error' : 'error'}: ${message}${included}`,
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

/** Liquid 5.4's text for what liquidjs says differently (messages of our own tags pass unchanged). */
export function rubyLiquidMessage(message: string): string {
  let m: RegExpExecArray | null
  if ((m = /^tag "(.+)" not found$/.exec(message))) {
    return m[1] === 'else' || m[1] === 'end' ? `Unexpected outer '${m[1]}' tag` : `Unknown tag '${m[1]}'`
  }
  if ((m = /^tag \{%-?\s*(\w+)[\s\S]*%\} not closed$/.exec(message))) return `'${m[1]}' tag was never closed`
  if ((m = /^raw "\{%-?\s*raw[\s\S]*" not closed$/.exec(message))) return `'raw' tag was never closed`
  if (/^output "[\s\S]*" not closed$/.test(message)) return "Variable '{{' was not properly terminated with regexp: /\\}\\}/"
  if (/^tag "\{%[\s\S]*" not closed$/.test(message)) return "Tag '{%' was not properly terminated with regexp: /\\%\\}/"
  if (/^illegal tag: \{%-?\s*for\b/.test(message)) return "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]"
  if (/^illegal tag: \{%-?\s*tablerow\b/.test(message)) return "Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3"
  if (message === 'expected variable name' || /^illegal token \{%-?\s*assign\b/.test(message)) return "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"
  if (/^empty candidates: /.test(message)) return "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]"
  if (/inline comment must start with a '#'/.test(message)) return "Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character"
  if ((m = /^undefined filter: (.+)$/.exec(message))) return `undefined filter ${m[1]}`
  if ((m = /^undefined variable: (.+)$/.exec(message))) return `undefined variable ${lastSegment(m[1] as string)}`
  if (/^invalid value expression: ""/.test(message)) return "Syntax Error in tag 'if' - Valid syntax: if [expression]"
  if (/Maximum call stack size exceeded/.test(message)) return 'Nesting too deep'
  return message
}

/** `page.nope` → `nope`, as Liquid names the missing key. */
function lastSegment(path: string): string {
  const m = /(?:\.|\[["']?)([^.[\]"']+)["']?\]?$/.exec(path)
  return m ? (m[1] as string) : path
}

function hintFor(message: string): string | undefined {
  if (/^undefined filter/.test(message)) return 'Is it a plugin filter? Check `plugins:` in _config.yml, or set liquid.strict_filters: false.'
  if (/^undefined variable/.test(message)) return 'Define the variable or set liquid.strict_variables: false.'
  if (/tag was never closed/.test(message)) return 'Every block tag ({% if %}, {% for %}, …) needs its end tag.'
  if (/^Unknown tag/.test(message)) return 'Is it a plugin tag? Check `plugins:` in _config.yml; a stray end tag also shows up as an unknown tag.'
  if (/^Could not locate the included file/.test(message)) return 'Check the file name and that it exists in _includes.'
  return undefined
}
