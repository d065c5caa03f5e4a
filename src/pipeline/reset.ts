/** Stage 1: a fresh, empty site for this build (Jekyll's Site#reset), after checking the destination is safe. */
import os from 'node:os'
import path from 'node:path'
import { BuildError } from '../util/errors.js'
import { createCollections } from '../read/collections.js'
import type { BuildContext } from './context.js'

export function reset(ctx: BuildContext): void {
  const { config } = ctx
  assertSafeDestination(config.source, config.destination)
  const limit = Number(config.limit_posts ?? 0)
  if (limit < 0) throw new BuildError({ topic: 'Fatal', message: 'Limit posts must be a positive number' })
  ctx.site.layouts.clear()
  ctx.site.pages = []
  ctx.site.staticFiles = []
  ctx.site.collections = createCollections(config)
  ctx.site.data = {}
  ctx.outputs.clear()
}

/**
 * The destination is cleaned of files the build does not produce, so it must never be the source,
 * a folder that contains the source, the user's home or the file-system root.
 */
export function assertSafeDestination(source: string, destination: string): void {
  const src = path.resolve(source)
  const dest = path.resolve(destination)
  const home = os.homedir()
  const within = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
  if (within(src, dest) || dest === home || dest === path.parse(dest).root) {
    throw new BuildError({
      topic: 'Fatal',
      message: `Destination '${dest}' would contain the source '${src}': building there would delete your files.`,
      hint: 'Choose a destination folder inside or beside the source, e.g. `-d _site`.',
    })
  }
}
