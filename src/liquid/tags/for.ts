/**
 * Liquid 5.4's `for` on liquidjs's parser: `offset`/`limit` applied as Ruby slices (so an offset past
 * the end renders the `else` branch), `offset: continue`, `reversed`, and `forloop.parentloop`.
 */
import { type Context, type Emitter, ForTag, type Hash, type Template, type ValueToken, evalToken } from 'liquidjs'
import { toRubyInteger } from '../filters/standard-arrays.js'
import { ForloopDrop, sliceCollection } from './loop-drops.js'

const CONTINUE = Symbol('offset: continue')
const OFFSETS = 'for-offsets'
const STACK = 'for-stack'

/** The parts of liquidjs's ForTag that its constructor parsed. */
interface ParsedFor {
  variable: string
  collection: ValueToken
  hash: Hash
  templates: Template[]
  elseTemplates: Template[]
}

export class RubyForTag extends ForTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const self = this as unknown as ParsedFor
    const r = this.liquid.renderer
    const name = `${self.variable}-${self.collection.getText()}`
    const offsets = ctx.getRegister<Record<string, number>>(OFFSETS, {})
    ctx.push({ continue: CONTINUE })
    const hash = (yield self.hash.render(ctx)) as Record<string, unknown>
    ctx.pop()
    const from = hash.offset === CONTINUE ? (offsets[name] ?? 0) : hash.offset === undefined || hash.offset === null ? 0 : toRubyInteger(hash.offset)
    const collection = yield evalToken(self.collection, ctx)
    const to = hash.limit === undefined || hash.limit === null ? undefined : toRubyInteger(hash.limit) + from
    const segment = sliceCollection(collection, from, to)
    if (hash.reversed === true) segment.reverse()
    offsets[name] = from + segment.length
    if (segment.length === 0) {
      yield r.renderTemplates(self.elseTemplates, ctx, emitter)
      return
    }
    const stack = ctx.getRegister<ForloopDrop[]>(STACK, [])
    const forloop = new ForloopDrop(name, segment.length, stack[stack.length - 1])
    stack.push(forloop)
    const scope: Record<string, unknown> = { forloop }
    ctx.push(scope)
    try {
      for (const item of segment) {
        scope[self.variable] = item
        ctx.continueCalled = ctx.breakCalled = false
        yield r.renderTemplates(self.templates, ctx, emitter)
        if (ctx.breakCalled) break
        forloop.increment()
      }
    } finally {
      ctx.continueCalled = ctx.breakCalled = false
      ctx.pop()
      stack.pop()
    }
  }
}
