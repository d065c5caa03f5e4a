/** Where each page, document and static file of a read site would be written (for the URL checks). */
import type { Site } from '../site/types.js'
import { destinationPath } from '../site/url.js'

export interface Destination {
  dest: string
  /** What Jekyll prints as `thing.path`: relative for pages, absolute for documents and static files. */
  source: string
  /** Static files are left out of the case check, as in Jekyll. */
  isStatic: boolean
}

export function siteDestinations(site: Site): Destination[] {
  const out: Destination[] = []
  const add = (url: string, ext: string, kind: 'document' | 'page' | undefined, source: string, isStatic: boolean) => {
    try {
      out.push({ dest: kind ? destinationPath(site.dest, url, ext, kind) : destinationPath(site.dest, url, ext), source, isStatic })
    } catch {
      // a URL that escapes the destination is reported by the build itself
    }
  }
  for (const collection of site.collections.values()) {
    if (!collection.output) continue
    for (const doc of collection.docs) add(doc.url, doc.outputExt, 'document', doc.path, false)
  }
  for (const page of site.pages) add(page.url, page.outputExt, 'page', page.relativePath, false)
  for (const file of site.staticFiles) {
    if (file.collection && !site.collections.get(file.collection)?.output) continue
    add(file.url, '', undefined, file.path, true)
  }
  return out
}

