/** Jekyll's Publisher: which posts, pages and documents are published (and, for documents, written). */
import type { SiteConfig } from '../config/load.js'
import type { Document } from './types.js'

/** Publisher#can_be_published?: a `published` key that is false or null hides the item (unless `--unpublished`). */
export function hiddenByPublished(data: Record<string, unknown>, config: SiteConfig): boolean {
  if (config.unpublished) return false
  return 'published' in data && (data.published === false || data.published === null || data.published === undefined)
}

/** Publisher#hidden_in_the_future?: dated after `site.time` (to the second) and `future` is off. */
export function hiddenInTheFuture(doc: Document, config: SiteConfig, time: Date): boolean {
  return !config.future && Math.floor(doc.date.getTime() / 1000) > Math.floor(time.getTime() / 1000)
}

/** Document#write?: the collection has `output: true` and the document is published (not in the future). */
export function documentIsWritten(doc: Document, output: boolean, config: SiteConfig, time: Date): boolean {
  return output && !hiddenByPublished(doc.data, config) && !hiddenInTheFuture(doc, config, time)
}
