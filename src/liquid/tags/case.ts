/** Liquid 5.4's `case`: every matching `when` value renders its branch (so `when 1, 1` renders twice); `else` only if none matched. */
import { CaseTag, type Context, type Emitter, type Template, type Value, type ValueToken, evalToken, toValue } from 'liquidjs'
import { equalsRuby } from './conditions.js'

interface ParsedCase {
  value: Value
  branches: Array<{ values: ValueToken[]; templates: Template[] }>
  elseTemplates: Template[]
}

export class RubyCaseTag extends CaseTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const self = this as unknown as ParsedCase
    const r = this.liquid.renderer
    const target = yield toValue(yield self.value.value(ctx, false))
    let matched = false
    for (const branch of self.branches) {
      for (const token of branch.values) {
        const value = yield evalToken(token, ctx)
        if ((yield equalsRuby(target, value)) as boolean) {
          matched = true
          yield r.renderTemplates(branch.templates, ctx, emitter)
        }
      }
    }
    if (!matched) yield r.renderTemplates(self.elseTemplates, ctx, emitter)
  }
}
