/**
 * A Ruby Hash for Liquid when its keys are not all strings or must keep their order (`site.categories`,
 * `site.tags`): a plain object for lookups (`site.tags.ruby`) whose iteration (`{% for t in site.tags %}`)
 * yields `[key, value]` pairs in insertion order with the original keys (a JS object would put
 * integer-like keys first and turn `2023` and `"2023"` into one key).
 */
export type OrderedHash<V> = Record<string, V> & Iterable<[unknown, V]>

export function orderedHash<V>(entries: Iterable<[unknown, V]>): OrderedHash<V> {
  const pairs = [...entries]
  const hash: Record<string, V> = {}
  for (const [key, value] of pairs) hash[String(key)] = value
  Object.defineProperty(hash, Symbol.iterator, {
    enumerable: false,
    value: function* (): Generator<[unknown, V]> {
      yield* pairs
    },
  })
  return hash as OrderedHash<V>
}
