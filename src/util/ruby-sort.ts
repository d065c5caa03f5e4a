/**
 * Ruby's `Array#sort!` as run by Jekyll's Ruby on glibc: `ruby_qsort` is glibc's `qsort_r`, a top-down
 * merge sort that takes from the left run while `cmp <= 0`. Mirroring it keeps Jekyll's order even when
 * the comparison is not consistent (documents with and without dates compare by date or by path).
 */
import { LiquidFloat } from '../liquid/filters/ruby-float.js'

export function rubySort<T>(items: T[], cmp: (a: T, b: T) => number): T[] {
  const tmp = new Array<T>(items.length)
  mergeSort(items, tmp, 0, items.length, cmp)
  return items
}

function mergeSort<T>(a: T[], tmp: T[], start: number, n: number, cmp: (a: T, b: T) => number): void {
  if (n <= 1) return
  const n1 = n >> 1
  const n2 = n - n1
  mergeSort(a, tmp, start, n1, cmp)
  mergeSort(a, tmp, start + n1, n2, cmp)
  let i = start
  let j = start + n1
  const endI = start + n1
  const endJ = start + n
  let k = 0
  while (i < endI && j < endJ) tmp[k++] = cmp(a[i] as T, a[j] as T) <= 0 ? (a[i++] as T) : (a[j++] as T)
  while (i < endI) tmp[k++] = a[i++] as T
  while (j < endJ) tmp[k++] = a[j++] as T
  for (let m = 0; m < k; m++) a[start + m] = tmp[m] as T
}

/**
 * Ruby's `<=>` for the values front matter holds: numbers, strings (byte order), times, booleans only with
 * themselves, arrays element by element. Null when Ruby would return nil (values that do not compare).
 */
export function rubyCompare(a: unknown, b: unknown): number | null {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined) ? 0 : null
  }
  const na = numeric(a)
  const nb = numeric(b)
  if (na !== null && nb !== null) return na < nb ? -1 : na > nb ? 1 : 0
  if (typeof a === 'string' && typeof b === 'string') {
    if (a === b) return 0
    return Buffer.compare(Buffer.from(a), Buffer.from(b))
  }
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime())
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : null
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = rubyCompare(a[i], b[i])
      if (c !== 0) return c
    }
    return Math.sign(a.length - b.length)
  }
  return null
}

function numeric(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof LiquidFloat) return value.value
  return null
}
