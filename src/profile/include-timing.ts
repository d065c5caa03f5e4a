/**
 * Times `{% include %}` for `--profile`, as Jekyll counts each include file in its render stats
 * (an include's time is also part of the template that includes it, as in Jekyll).
 * Wraps whatever include tag the engine registered, so a custom include keeps working.
 */
import type { Context, Emitter, Liquid } from 'liquidjs'
import type { RenderStats } from './render-stats.js'

type PartialParser = Liquid['_parsePartialFile']
type TagClass = Liquid['tags'][string]

/** Re-registers `include` on `liquid` so each rendering is recorded in `stats` under `nameOf(file)`. */
export function instrumentIncludes(liquid: Liquid, stats: RenderStats, nameOf: (file: string) => string): void {
  const Base: TagClass | undefined = liquid.tags.include
  if (!Base) return
  // The include tag asks the engine for its partial by name before rendering it: that name is the file.
  const frames: Array<{ file?: string }> = []
  const parsePartial: PartialParser = liquid._parsePartialFile.bind(liquid)
  liquid._parsePartialFile = function* (file, sync, currentFile) {
    const top = frames[frames.length - 1]
    if (top && top.file === undefined) top.file = file
    return yield* parsePartial(file, sync, currentFile)
  }
  const baseRender = Base.prototype.render as (ctx: Context, emitter: Emitter) => Generator<unknown, unknown, unknown>
  class TimedInclude extends Base {
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, unknown, unknown> {
      const frame: { file?: string } = {}
      frames.push(frame)
      const start = performance.now()
      const before = String(emitter.buffer ?? '').length
      try {
        return yield* baseRender.call(this, ctx, emitter)
      } finally {
        frames.pop()
        if (frame.file !== undefined) stats.record(nameOf(frame.file), String(emitter.buffer ?? '').slice(before), performance.now() - start)
      }
    }
  }
  liquid.registerTag('include', TimedInclude)
}
