/** Liquid 5.4's `forloop` and `tablerowloop` objects, and how `for`/`tablerow` slice their collection. */
import { Drop } from 'liquidjs'
import { liquidValue } from '../filters/ruby-inspect.js'

/** `forloop`: index, index0, rindex, rindex0, first, last, length, name and the enclosing loop's `parentloop`. */
export class ForloopDrop extends Drop {
  private i = 0
  constructor(readonly name: string, readonly length: number, readonly parentloop: ForloopDrop | undefined) {
    super()
  }
  get index(): number { return this.i + 1 }
  get index0(): number { return this.i }
  get rindex(): number { return this.length - this.i }
  get rindex0(): number { return this.length - this.i - 1 }
  get first(): boolean { return this.i === 0 }
  get last(): boolean { return this.i === this.length - 1 }
  increment(): void { this.i++ }
}

/** `tablerowloop`: the forloop fields plus col, col0, row, col_first, col_last (`cols` of 0 never ends a row). */
export class TablerowloopDrop extends Drop {
  private i = 0
  private c = 1
  private r = 1
  constructor(readonly length: number, private readonly cols: number) {
    super()
  }
  get index(): number { return this.i + 1 }
  get index0(): number { return this.i }
  get rindex(): number { return this.length - this.i }
  get rindex0(): number { return this.length - this.i - 1 }
  get first(): boolean { return this.i === 0 }
  get last(): boolean { return this.i === this.length - 1 }
  get col(): number { return this.c }
  get col0(): number { return this.c - 1 }
  get row(): number { return this.r }
  get col_first(): boolean { return this.c === 1 }
  get col_last(): boolean { return this.c === this.cols }
  increment(): void {
    this.i++
    if (this.c === this.cols) {
      this.c = 1
      this.r++
    } else this.c++
  }
}

/**
 * `Liquid::Utils.slice_collection`: items `from` (inclusive) to `to` (exclusive, or to the end).
 * A string is one item (none when empty), a hash yields `[key, value]` pairs, nil and numbers nothing.
 */
export function sliceCollection(input: unknown, from: number, to: number | undefined): unknown[] {
  const items = enumerate(liquidValue(input))
  const out: unknown[] = []
  for (let i = 0; i < items.length; i++) {
    if (to !== undefined && to <= i) break
    if (from <= i) out.push(items[i])
  }
  return out
}

function enumerate(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value === '' ? [] : [value]
  if (value === null || typeof value !== 'object') return []
  if (Symbol.iterator in value) return Array.from(value as Iterable<unknown>)
  if (value instanceof Drop || value instanceof Date) return []
  return Object.entries(value)
}
