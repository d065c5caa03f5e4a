/**
 * Jekyll 4.3 / Liquid 5.4 filters for liquidjs, with Ruby value semantics.
 * See ruby-float.ts for how Floats are represented and output.ts for printing.
 */
import type { Liquid } from 'liquidjs'
import { registerArrayFilters } from './arrays.js'
import { registerBase64Filters } from './base64.js'
import { registerConvertFilters } from './convert.js'
import { registerDateFilters } from './dates.js'
import { registerGroupingFilters } from './grouping.js'
import { registerMathFilters } from './math.js'
import { registerSassFilters } from './sass.js'
import { enableRubyLiterals } from './ruby-literals.js'
import { enableRubyLookups } from './ruby-lookups.js'
import { registerStandardArrayFilters } from './standard-arrays.js'
import { registerStandardStringFilters } from './standard-strings.js'
import { registerStringFilters } from './strings.js'
import { registerUrlFilters } from './url.js'
import { registerWhereFilters } from './where.js'

export { LiquidFloat, formatRubyFloat, isRubyFloat, withRubyFloats } from './ruby-float.js'
export { enableRubyLiterals } from './ruby-literals.js'
export { enableRubyLookups } from './ruby-lookups.js'
export { rubyOutput } from './output.js'
export { rubyInspect, rubyJson, rubyToS } from './ruby-inspect.js'

/** What the filters need from the site. */
export interface FilterEnvironment {
  /** site.markdown converter for `markdownify` (returns HTML with trailing newline, as Jekyll). */
  markdownify(input: string): string
}

/**
 * Registers every Jekyll filter and the Liquid standard-filter overrides on `liquid`,
 * and makes literals and lookups Ruby-like (`10.0` is a Float, no escapes in strings,
 * `str.size` in characters): these patch liquidjs prototypes, so they apply process-wide. For Ruby-style printing also construct
 * the engine with `outputEscape: rubyOutput`.
 */
export function registerJekyllFilters (liquid: Liquid, env: FilterEnvironment): void {
  enableRubyLiterals()
  enableRubyLookups()
  registerMathFilters(liquid)
  registerStandardStringFilters(liquid)
  registerStandardArrayFilters(liquid)
  registerStringFilters(liquid, (input) => env.markdownify(input))
  registerUrlFilters(liquid)
  registerDateFilters(liquid)
  registerConvertFilters(liquid)
  registerWhereFilters(liquid)
  registerGroupingFilters(liquid)
  registerArrayFilters(liquid)
  registerSassFilters(liquid)
  registerBase64Filters(liquid)
}
