/**
 * How many arguments each Liquid 5.4 and Jekyll 4.3 filter takes, the input included: [required, optional]
 * (test/liquid/filter-arity.json, recorded from Ruby, checks this table). Ruby raises
 * "wrong number of arguments (given N, expected M)" for any other count and Jekyll fails the build;
 * JavaScript would silently ignore or invent arguments, so the engine checks them.
 */
import type { Liquid } from 'liquidjs'

export const FILTER_ARITY: Record<string, [required: number, optional: number]> = {
  abs: [1, 0],
  absolute_url: [1, 0],
  append: [2, 0],
  array_to_sentence_string: [1, 1],
  at_least: [2, 0],
  at_most: [2, 0],
  base64_decode: [1, 0],
  base64_encode: [1, 0],
  base64_url_safe_decode: [1, 0],
  base64_url_safe_encode: [1, 0],
  capitalize: [1, 0],
  ceil: [1, 0],
  cgi_escape: [1, 0],
  compact: [1, 1],
  concat: [2, 0],
  date: [2, 0],
  date_to_long_string: [1, 2],
  date_to_rfc822: [1, 0],
  date_to_string: [1, 2],
  date_to_xmlschema: [1, 0],
  default: [1, 2],
  divided_by: [2, 0],
  downcase: [1, 0],
  escape: [1, 0],
  escape_once: [1, 0],
  find: [3, 0],
  find_exp: [3, 0],
  first: [1, 0],
  floor: [1, 0],
  group_by: [2, 0],
  group_by_exp: [3, 0],
  h: [1, 0],
  inspect: [1, 0],
  join: [1, 1],
  jsonify: [1, 0],
  last: [1, 0],
  lstrip: [1, 0],
  map: [2, 0],
  markdownify: [1, 0],
  minus: [2, 0],
  modulo: [2, 0],
  newline_to_br: [1, 0],
  normalize_whitespace: [1, 0],
  number_of_words: [1, 1],
  plus: [2, 0],
  pop: [1, 1],
  prepend: [2, 0],
  push: [2, 0],
  relative_url: [1, 0],
  remove: [2, 0],
  remove_first: [2, 0],
  remove_last: [2, 0],
  replace: [2, 1],
  replace_first: [2, 1],
  replace_last: [3, 0],
  reverse: [1, 0],
  round: [1, 1],
  rstrip: [1, 0],
  sample: [1, 1],
  sassify: [1, 0],
  scssify: [1, 0],
  shift: [1, 1],
  size: [1, 0],
  slice: [2, 1],
  slugify: [1, 1],
  smartify: [1, 0],
  sort: [1, 2],
  sort_natural: [1, 1],
  split: [2, 0],
  strip: [1, 0],
  strip_html: [1, 0],
  strip_index: [1, 0],
  strip_newlines: [1, 0],
  times: [2, 0],
  to_integer: [1, 0],
  truncate: [1, 2],
  truncatewords: [1, 2],
  uniq: [1, 1],
  unshift: [2, 0],
  upcase: [1, 0],
  uri_escape: [1, 0],
  url_decode: [1, 0],
  url_encode: [1, 0],
  where: [3, 0],
  where_exp: [3, 0],
  xml_escape: [1, 0],
}

interface FilterThis { token?: { args?: unknown[] } }
type FilterFn = (this: FilterThis, ...args: unknown[]) => unknown

/** Arguments as Ruby counts them: the input, each positional argument, and all keyword arguments as one hash. */
function given(token: FilterThis['token']): number {
  const args = token?.args ?? []
  const keyword = args.filter((a) => Array.isArray(a)).length
  return 1 + args.length - keyword + (keyword > 0 ? 1 : 0)
}

/** Wraps the filters of FILTER_ARITY registered on `liquid` so a wrong argument count fails as in Ruby. */
export function enforceFilterArity(liquid: Liquid): void {
  const registry = liquid.filters as Record<string, unknown>
  for (const [name, [required, optional]] of Object.entries(FILTER_ARITY)) {
    const impl = registry[name]
    if (typeof impl !== 'function') continue
    const expected = optional === 0 ? String(required) : `${required}..${required + optional}`
    const filter = impl as FilterFn
    liquid.registerFilter(name, function checked(this: FilterThis, ...args: unknown[]) {
      const n = given(this.token)
      if (n < required || n > required + optional) throw new Error(`wrong number of arguments (given ${n}, expected ${expected})`)
      return filter.apply(this, args)
    })
  }
}
