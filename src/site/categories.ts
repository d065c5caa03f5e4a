/** Jekyll's rules for `category`/`categories` and `tag`/`tags` in front matter. */

/** `Utils.pluralized_array_from_hash`: the singular key wins; a plural string is split on whitespace. */
export function pluralizedArray(data: Record<string, unknown>, singular: string, plural: string): unknown[] {
  let value: unknown
  if (singular in data) value = data[singular]
  if ((value === undefined || value === null || value === false) && plural in data) {
    const v = data[plural]
    value = typeof v === 'string' ? splitWords(v) : Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined) : undefined
  }
  return [value].flat(Infinity).filter((x) => x !== null && x !== undefined)
}

export function splitWords(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0)
}

/**
 * Document#populate_categories: `categories` and the singular/plural value, stringified and de-duplicated,
 * then merged (Array#|) onto the current `categories`, so non-string values stay next to their strings
 * (`categories: [2023]` ends as `[2023, "2023"]`, as in Jekyll).
 */
export function populateCategories(data: Record<string, unknown>): unknown[] {
  const own = data.categories
  const base = Array.isArray(own) ? own : own === undefined || own === null ? [] : [own]
  const all = [...new Set([...base, ...pluralizedArray(data, 'category', 'categories')].map(rubyToS))]
  return mergeCategories(own, all) as unknown[]
}

/** Final `tags` of a document. */
export function populateTags(data: Record<string, unknown>): unknown[] {
  return pluralizedArray(data, 'tag', 'tags').flat(Infinity)
}

/** Front-matter `categories` merged onto path categories (Jekyll's `merge_categories!`): a string is split, path categories come first. */
export function mergeCategories(existing: unknown, incoming: unknown): unknown {
  if (incoming === undefined || incoming === null) return existing
  const next = typeof incoming === 'string' ? splitWords(incoming) : incoming
  if (Array.isArray(existing) && Array.isArray(next)) return [...new Set([...existing, ...next])]
  return next
}

function rubyToS(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'string' ? JSON.stringify(v) : rubyToS(v))).join(', ')}]`
  return String(value)
}

/** `Utils.titleize_slug`: split on `-`, capitalize each word (rest lower-cased), join with spaces. */
export function titleizeSlug(slug: string): string {
  const words = slug.split('-')
  while (words.length > 0 && words[words.length - 1] === '') words.pop()
  return words
    .map((w) => {
      const chars = Array.from(w)
      return chars.length ? (chars[0] as string).toUpperCase() + chars.slice(1).join('').toLowerCase() : ''
    })
    .join(' ')
}
