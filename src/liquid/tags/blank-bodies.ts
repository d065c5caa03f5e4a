/**
 * Liquid 5.4's "blank body" rule, applied to parsed liquidjs templates: when every branch of an `if`,
 * `unless`, `case` or `for` holds only whitespace and tags that print nothing (`assign`, `capture`,
 * `comment`, `{% # %}`, empty `raw`, or blocks that are themselves blank), the whitespace is dropped, so
 *
 *   {% for x in list %}
 *     {% assign total = total | plus: x %}
 *   {% endfor %}
 *
 * prints nothing at all, as in Jekyll (liquidjs would print the line breaks of every iteration).
 */
import { AssignTag, CaptureTag, CaseTag, CommentTag, ForTag, IfTag, InlineCommentTag, LiquidTag, RawTag, type Template, TokenKind, UnlessTag } from 'liquidjs'

interface Branches { branches?: Array<{ templates: Template[] }>; elseTemplates?: Template[]; templates?: Template[] }

const done = new WeakSet<Template[]>()

/** Ruby's `/\A\s*\z/`: ASCII whitespace only. */
function whitespaceOnly(tpl: Template): boolean {
  const str = (tpl as unknown as { str?: unknown }).str
  return tpl.token?.kind === TokenKind.HTML && typeof str === 'string' && /^[ \t\n\v\f\r]*$/.test(str)
}

/** The bodies of a block tag liquidjs parsed (branches, else), or undefined for other templates. */
function bodies(tpl: Template): Template[][] | undefined {
  const t = tpl as unknown as Branches
  if (tpl instanceof IfTag || tpl instanceof UnlessTag || tpl instanceof CaseTag) {
    return [...(t.branches ?? []).map((b) => b.templates), ...(t.elseTemplates ? [t.elseTemplates] : [])]
  }
  if (tpl instanceof ForTag) return [t.templates ?? [], t.elseTemplates ?? []]
  return undefined
}

/** Whether a template prints nothing in Ruby's sense (`blank?`), fixing blank blocks inside it on the way. */
function blank(tpl: Template): boolean {
  if (tpl.token?.kind === TokenKind.HTML) return whitespaceOnly(tpl)
  if (tpl instanceof AssignTag || tpl instanceof CaptureTag || tpl instanceof CommentTag || tpl instanceof InlineCommentTag) {
    if (tpl instanceof CaptureTag) removeBlankStrings((tpl as unknown as Branches).templates ?? [], false)
    return true
  }
  if (tpl instanceof RawTag) return ((tpl as unknown as { tokens?: unknown[] }).tokens ?? []).length === 0
  if (tpl instanceof LiquidTag) return removeBlankStrings((tpl as unknown as Branches).templates ?? [], false)
  const parts = bodies(tpl)
  if (!parts) {
    // other blocks (tablerow, ifchanged, highlight…) print something; blocks inside them still follow the rule
    const inner = (tpl as unknown as Branches).templates
    if (Array.isArray(inner)) removeBlankStrings(inner, false)
    return false
  }
  const isBlank = parts.map((body) => removeBlankStrings(body, false)).every(Boolean)
  if (isBlank) for (const body of parts) dropWhitespace(body)
  return isBlank
}

function dropWhitespace(body: Template[]): void {
  for (let i = body.length - 1; i >= 0; i--) if (whitespaceOnly(body[i] as Template)) body.splice(i, 1)
}

/**
 * Applies the rule throughout `templates` (once per parsed array); returns whether the whole list is blank.
 * Top-level whitespace is kept, as in Liquid: only the bodies of blank control-flow blocks lose it.
 */
export function removeBlankStrings(templates: Template[], topLevel = true): boolean {
  if (topLevel && done.has(templates)) return false
  let isBlank = true
  for (const tpl of templates) if (!blank(tpl)) isBlank = false
  if (topLevel) done.add(templates)
  return isBlank
}
