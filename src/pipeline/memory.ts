/**
 * Memory on large sites. A build keeps every document's converted content until the end (later pages may
 * list it), about 1 GB at 100,000 posts, and creates as much again in short-lived text. V8 lets its heap
 * grow well past the live data before collecting: with its default growth, a 100,000-post build peaked at
 * 2.5 GB for 1 GB of live data. From LARGE_SITE items on, the CLI has V8 grow the heap by 20% between
 * collections (1.9 GB peak, no slower). Only when the build owns the process: the flag is process-wide.
 */
import v8 from 'node:v8'

/** Pages and documents from which the heap is kept close to the live data. */
export const LARGE_SITE = 20_000

let applied = false

export function limitHeapGrowth(items: number): void {
  if (applied || items < LARGE_SITE) return
  applied = true
  v8.setFlagsFromString('--heap-growing-percent=20')
}
