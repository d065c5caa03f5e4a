/**
 * Mapping keys that are themselves maps or lists (`? {a: 1}\n: v`, valid YAML, legal in Ruby) become
 * strings before the document is turned into data: their own source text, e.g. `{a: 1}`. The `yaml`
 * package would stringify them itself, with a process warning per key and in time that grows with the
 * cube of the nesting (`? ? ? …` hangs); a slice of the source costs its length.
 */
import { type Document, isCollection, isPair, Scalar, visit } from 'yaml'

export function stringifyCollectionKeys(doc: Document, text: string): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isCollection(pair.key)) return
      const range = pair.key.range
      pair.key = new Scalar(range ? text.slice(range[0], range[1]).trim() : '')
    },
  })
}
