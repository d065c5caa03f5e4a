/** Liquid 5.4's `tablerow`: its exact markup (a newline after the first `<tr>` and after each `</tr>`), Ruby slicing, `cols` optional. */
import { type Context, type Emitter, type Hash, TablerowTag, type Template, type ValueToken, evalToken } from 'liquidjs'
import { toInteger } from '../filters/convert.js'
import { toRubyInteger } from '../filters/standard-arrays.js'
import { sliceCollection, TablerowloopDrop } from './loop-drops.js'

interface ParsedTablerow {
  variable: string
  collection: ValueToken
  args: Hash
  templates: Template[]
}

export class RubyTablerowTag extends TablerowTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const self = this as unknown as ParsedTablerow
    const collection = yield evalToken(self.collection, ctx)
    if (collection === undefined || collection === null || collection === false) return
    const args = (yield self.args.render(ctx)) as Record<string, unknown>
    const from = args.offset === undefined || args.offset === null ? 0 : toRubyInteger(args.offset)
    const to = args.limit === undefined || args.limit === null ? undefined : from + toRubyInteger(args.limit)
    const items = sliceCollection(collection, from, to)
    const cols = toInteger(args.cols)
    const loop = new TablerowloopDrop(items.length, cols)
    const scope: Record<string, unknown> = { tablerowloop: loop }
    emitter.write('<tr class="row1">\n')
    ctx.push(scope)
    try {
      for (const item of items) {
        scope[self.variable] = item
        emitter.write(`<td class="col${loop.col}">`)
        yield this.liquid.renderer.renderTemplates(self.templates, ctx, emitter)
        emitter.write('</td>')
        if (loop.col_last && !loop.last) emitter.write(`</tr>\n<tr class="row${loop.row + 1}">`)
        loop.increment()
      }
    } finally {
      ctx.pop()
    }
    emitter.write('</tr>\n')
  }
}
