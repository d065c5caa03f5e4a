/**
 * The catalog code of a Liquid error, from its (Liquid 5.4-worded) message, whether it was raised while
 * parsing, and the name of the tag it was raised at.
 */
import { ErrorCatalog } from './catalog.js'

const INCLUDE_TAGS = new Set(['include', 'include_relative', 'render'])

export function liquidErrorCode(message: string, syntax: boolean, tag?: string): string {
  if (/^Nesting too deep\b/.test(message)) {
    // while parsing: blocks nested too deeply; while rendering, at an include: an include that includes itself
    if (syntax) return ErrorCatalog.LiquidNestingTooDeep.code
    if (tag && INCLUDE_TAGS.has(tag)) return ErrorCatalog.IncludeRecursion.code
  }
  if (/^Could not locate the included file\b/.test(message)) return ErrorCatalog.IncludeNotFound.code
  if (/^undefined filter\b/.test(message)) return ErrorCatalog.UndefinedFilter.code
  if (/^undefined variable\b/.test(message)) return ErrorCatalog.UndefinedVariable.code
  return syntax ? ErrorCatalog.LiquidSyntax.code : ErrorCatalog.LiquidRuntime.code
}
