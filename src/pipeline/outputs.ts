/**
 * Where every rendered page, document and static file goes in the destination.
 * A URL never leads outside the destination: `..` is resolved inside it as Jekyll does, and anything
 * that would still escape (or holds a NUL byte) stops the build with the file that asked for it.
 */
import path from 'node:path'
import { catalogError, catalogWarning, ErrorCatalog } from '../errors/index.js'
import { documentIsWritten } from '../site/publisher.js'
import type { Document, Page } from '../site/types.js'
import { destinationPath } from '../site/url.js'
import type { BuildContext, OutputFile } from './context.js'
import { isWithin } from './reset.js'

/** True when a plugin hook that runs after the write stage could read pages' or documents' output. */
function outputsReadAfterWrite(ctx: BuildContext): boolean {
  const hooks = ctx.plugins?.hooks
  const names = ['site:post_write', 'pages:post_write', 'posts:post_write', 'documents:post_write'] as const
  return hooks !== undefined && names.some((name) => hooks.has(name))
}

export function planOutputs(ctx: BuildContext): Map<string, OutputFile> {
  const { site } = ctx
  const outputs = new Map<string, OutputFile>()
  const owners = new Map<string, string[]>()
  const relative = (file: string) => path.relative(site.source, file).split(path.sep).join('/')
  const add = (url: string, place: () => string, output: OutputFile) => {
    const owner = output.source
    let file: string
    try {
      file = place()
    } catch (error) {
      throw catalogError(ErrorCatalog.OutsideDestination, { url, file: relative(owner) }, { file: relative(owner) }, error)
    }
    if (!isWithin(file, site.dest) || file === site.dest) {
      throw catalogError(ErrorCatalog.OutsideDestination, { url, file: relative(owner) }, { file: relative(owner) })
    }
    outputs.set(file, output)
    const list = owners.get(file)
    if (list) list.push(owner)
    else owners.set(file, [owner])
  }
  const release = ctx.ownsProcess === true && !outputsReadAfterWrite(ctx)
  const text = (item: Page | Document): OutputFile => {
    const output: OutputFile = { kind: 'text', content: item.output ?? '', source: item.path }
    if (release) {
      output.release = () => {
        output.content = ''
        item.output = undefined
      }
    }
    return output
  }
  // Site#each_site_file: pages, then static files, then documents; the last one for a path is written.
  for (const page of site.pages) {
    add(page.url, () => destinationPath(site.dest, page.url, page.outputExt, 'page'), text(page))
  }
  for (const file of site.staticFiles) {
    if (!file.published) continue
    if (file.collection && !site.collections.get(file.collection)?.output) continue
    add(file.url, () => destinationPath(site.dest, file.url, ''), { kind: 'copy', from: file.path, mtime: file.mtime, source: file.path })
  }
  for (const collection of site.collections.values()) {
    for (const doc of collection.docs) {
      if (!documentIsWritten(doc, collection.output, ctx.config, site.time)) continue
      add(doc.url, () => destinationPath(site.dest, doc.url, doc.outputExt, 'document'), text(doc))
    }
  }
  for (const [dest, paths] of owners) {
    if (paths.length > 1) catalogWarning(ErrorCatalog.OutputConflict, { dest, sources: paths.map(relative) })
  }
  return outputs
}
