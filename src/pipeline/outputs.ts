/** Where every rendered page, document and static file goes in the destination. */
import { destinationPath } from '../site/url.js'
import { log } from '../util/log.js'
import type { BuildContext, OutputFile } from './context.js'

export function planOutputs(ctx: BuildContext): Map<string, OutputFile> {
  const { site } = ctx
  const outputs = new Map<string, OutputFile>()
  const owners = new Map<string, string[]>()
  const add = (file: string, output: OutputFile, owner: string) => {
    outputs.set(file, output)
    const list = owners.get(file)
    if (list) list.push(owner)
    else owners.set(file, [owner])
  }
  for (const collection of site.collections.values()) {
    if (!collection.output) continue
    for (const doc of collection.docs) {
      add(destinationPath(site.dest, doc.url, doc.outputExt, 'document'), { kind: 'text', content: doc.output ?? '' }, doc.path)
    }
  }
  for (const page of site.pages) {
    add(destinationPath(site.dest, page.url, page.outputExt, 'page'), { kind: 'text', content: page.output ?? '' }, page.path)
  }
  for (const file of site.staticFiles) {
    if (file.collection && !site.collections.get(file.collection)?.output) continue
    add(destinationPath(site.dest, file.url, ''), { kind: 'copy', from: file.path, mtime: file.mtime }, file.path)
  }
  for (const [dest, paths] of owners) {
    if (paths.length > 1) {
      log.warn('Conflict:', `The following destination is shared by multiple files.`)
      log.warn('', 'The written file may end up with unexpected contents.')
      log.warn('', dest)
      for (const p of paths) log.warn('', ` - ${p}`)
      log.warn('', '')
    }
  }
  return outputs
}
