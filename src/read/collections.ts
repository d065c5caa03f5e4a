/**
 * Reads the configured collections other than posts (Jekyll's CollectionReader): files with front matter
 * become documents, the others static files of the collection.
 */
import path from 'node:path'
import { isHash } from '../config/yaml.js'
import type { SiteConfig } from '../config/load.js'
import { createDocument } from '../site/document.js'
import { collectionUrlTemplate } from '../site/document-url.js'
import { createStaticFile } from '../site/static-file.js'
import type { SiteContext } from '../site/site-context.js'
import { generateUrl } from '../site/url.js'
import type { Collection } from '../site/types.js'
import type { EntryFilter } from './entry-filter.js'
import { listFilesRecursive, readHead, readText, statOrNull } from './files.js'
import { hasFrontMatter } from './front-matter.js'

/** Creates the (empty) collections from the configuration, posts first. */
export function createCollections(config: SiteConfig): Map<string, Collection> {
  const collections = new Map<string, Collection>()
  for (const [rawLabel, meta] of Object.entries(config.collections)) {
    const label = rawLabel.replace(/[^a-z0-9_\-.]/gi, '')
    const metadata = isHash(meta) ? meta : {}
    collections.set(label, {
      label,
      metadata,
      relativeDirectory: `_${label}`,
      output: metadata.output === true,
      docs: [],
      files: [],
    })
  }
  return collections
}

/** Reads every collection except posts from `collections_dir`. */
export function readCollection(collection: Collection, source: string, filter: EntryFilter, ctx: SiteContext): void {
  const collectionsRoot = path.join(source, String(ctx.config.collections_dir ?? ''))
  const dir = path.join(collectionsRoot, collection.relativeDirectory)
  const relDir = path.relative(source, dir).split(path.sep).join('/')
  for (const entry of filter.filter(listFilesRecursive(dir), relDir)) {
    const file = path.join(dir, entry)
    const stat = statOrNull(file)
    if (!stat?.isFile()) continue
    const relativePath = path.relative(collectionsRoot, file).split(path.sep).join('/')
    if (hasFrontMatter(readHead(file))) {
      const doc = createDocument({ path: file, relativePath, text: readText(file), collection, mtime: stat.mtime }, ctx)
      if (ctx.config.unpublished || doc.data.published !== false) collection.docs.push(doc)
    } else {
      const sourceRelative = path.relative(source, file).split(path.sep).join('/')
      collection.files.push(
        createStaticFile({
          path: file,
          relativePath: sourceRelative,
          mtime: stat.mtime,
          data: ctx.defaults.all(sourceRelative, collection.label),
          collection: collection.label,
          url: staticFileUrl(collection, entry, ctx.config),
        }),
      )
    }
  }
}

/** Jekyll's StaticFile#url for collection files: the collection template with the file's path placeholders. */
function staticFileUrl(collection: Collection, entry: string, config: SiteConfig): string {
  const ext = path.posix.extname(entry)
  const withoutExt = entry.slice(0, entry.length - ext.length)
  const url = generateUrl({
    template: collectionUrlTemplate(collection, config),
    placeholders: {
      collection: collection.label,
      path: `/${withoutExt}`,
      output_ext: '',
      name: path.posix.basename(withoutExt),
      title: '',
    },
    placeholderStyle: 'hash',
  })
  return `${url.replace(/\/$/, '')}${ext}`
}
