/**
 * Date filters: Liquid's `date` (Ruby strftime) and Jekyll's date_to_xmlschema,
 * date_to_rfc822, date_to_string and date_to_long_string. Parsing and formatting
 * live in src/util/dates.ts and src/util/strftime.ts.
 */
import type { Liquid } from 'liquidjs'
import { dateToLongString, dateToRfc822, dateToString, dateToXmlschema, filterTime, parseDate } from '../../util/dates.js'
import { strftime } from '../../util/strftime.js'
import { liquidValue, rubyToS } from './ruby-inspect.js'

/** Liquid `date(input, format)`: the input unchanged when the format is empty or it isn't a date. */
export function dateFilter (input: unknown, format: unknown): unknown {
  const fmt = rubyToS(format)
  if (fmt === '') return input
  const d = parseDate(liquidValue(input))
  return d ? strftime(d, fmt) : input
}

function optional (v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : rubyToS(v)
}

/** Wraps a Jekyll date formatter: empty input (`to_s` empty) is returned as-is. */
function jekyllDateFilter (format: (d: Date, ...rest: Array<string | undefined>) => string) {
  return (input: unknown, ...rest: unknown[]) => {
    if (rubyToS(input) === '') return input
    return format(filterTime(liquidValue(input)), ...rest.map(optional))
  }
}

/** Registers date, date_to_xmlschema, date_to_rfc822, date_to_string, date_to_long_string. */
export function registerDateFilters (liquid: Liquid): void {
  liquid.registerFilter('date', dateFilter)
  liquid.registerFilter('date_to_xmlschema', jekyllDateFilter((d) => dateToXmlschema(d)))
  liquid.registerFilter('date_to_rfc822', jekyllDateFilter((d) => dateToRfc822(d)))
  liquid.registerFilter('date_to_string', jekyllDateFilter((d, type, style) => dateToString(d, type, style)))
  liquid.registerFilter('date_to_long_string', jekyllDateFilter((d, type, style) => dateToLongString(d, type, style)))
}
