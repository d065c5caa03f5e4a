/**
 * Liquid 5.4's lax parsing (what `error_mode: lax`, and `warn` after a warning, makes of markup that
 * strict mode rejects), written back as markup liquidjs reads the same way: `{{ page.title bar }}` is
 * `page.title`, `{{ x | | upcase }}` is `x | upcase`, `{% if a == 'b' && c %}` is `a == 'b'`.
 */
import { LiquidSyntaxError } from './ruby-parser.js'

const QUOTED_STRING = `"[^"]*"|'[^']*'`
const QUOTED_FRAGMENT = `(?:${QUOTED_STRING}|(?:[^\\s,\\|'"]|${QUOTED_STRING})+)`
const MARKUP_WITH_QUOTED_FRAGMENT = new RegExp(`(${QUOTED_FRAGMENT})([\\s\\S]*)`)
const FILTER_MARKUP = /\|\s*([\s\S]*)/
const FILTER_PARSER = new RegExp(`(?:\\s+|${QUOTED_FRAGMENT}|,)+`, 'g')
const FILTER_ARGS = new RegExp(`(?::|,)\\s*((?:\\w+\\s*:\\s*)?${QUOTED_FRAGMENT})`, 'g')
const JUST_TAG_ATTRIBUTES = new RegExp(`^(\\w[\\w-]*)\\s*:\\s*(${QUOTED_FRAGMENT})$`)
const TAG_ATTRIBUTES = new RegExp(`(\\w[\\w-]*)\\s*:\\s*(${QUOTED_FRAGMENT})`, 'g')
const VARIABLE_PARSER = /\[[^\]]+\]|[\w-]+\??/g
const IF_SYNTAX = new RegExp(`(${QUOTED_FRAGMENT})\\s*([=!<>a-z_]+)?\\s*(${QUOTED_FRAGMENT})?`)
const EXPRESSIONS_AND_OPERATORS = new RegExp(
  `(?:\\b(?:\\s?and\\s?|\\s?or\\s?)\\b|(?:\\s*(?!\\b(?:\\s?and\\s?|\\s?or\\s?)\\b)(?:${QUOTED_FRAGMENT}|\\S+)\\s*)+)`,
  'g',
)
const FOR_SYNTAX = new RegExp(`^([\\w-]+)\\s+in\\s+(${QUOTED_FRAGMENT}+)\\s*(reversed)?`)
const KNOWN_OPERATORS = new Set(['==', '!=', '<>', '<', '>', '>=', '<=', 'contains'])

/** The filter that stands in for an operator Liquid does not know: it fails at render time, as Liquid does. */
export const UNKNOWN_OPERATOR_FILTER = '__utterson_unknown_operator'

/** Liquid::Expression.parse of lax markup, as liquidjs markup with the same value. */
export function laxExpression(markup: string): string {
  const m = markup.trim()
  if ((m.startsWith('"') && m.endsWith('"') && m.length >= 2) || (m.startsWith("'") && m.endsWith("'") && m.length >= 2)) {
    return quote(m.slice(1, -1))
  }
  if (/^-?\d+$/.test(m)) return m
  const range = /^\(\s*(\S+?)\s*\.\.\s*(\S+)\s*\)$/.exec(m)
  if (range) return `(${laxExpression(range[1] as string)}..${laxExpression(range[2] as string)})`
  if (/^-?\d[\d.]+$/.test(m)) {
    const float = /^-?\d+(\.\d+)?/.exec(m)?.[0] ?? '0'
    return float.includes('.') ? float : `${float}.0`
  }
  if (m === '' || m === 'nil' || m === 'null') return 'nil'
  if (m === 'true' || m === 'false') return m
  if (m === 'blank' || m === 'empty') return '""'
  return laxLookup(m)
}

/** Liquid::VariableLookup.parse: the `[\w-]+` and `[…]` segments, everything else dropped. */
function laxLookup(markup: string): string {
  const parts = markup.match(VARIABLE_PARSER) ?? []
  if (parts.length === 0) return 'nil'
  return parts
    .map((part, i) => {
      if (part.startsWith('[')) return `[${laxExpression(part.slice(1, -1))}]`
      if (/^[a-zA-Z_][\w-]*\??$/.test(part)) return i === 0 ? part : `.${part}`
      return `[${quote(part)}]`
    })
    .join('')
}

function quote(text: string): string {
  return text.includes('"') ? `'${text}'` : `"${text}"`
}

/** Liquid::Variable#lax_parse, as `name | filter: arg, key: value | …`. */
export function laxVariable(markup: string): string {
  const m = MARKUP_WITH_QUOTED_FRAGMENT.exec(markup)
  if (!m) return ''
  let out = laxExpression(m[1] as string)
  const filterMarkup = FILTER_MARKUP.exec(m[2] as string)
  if (filterMarkup) {
    for (const f of (filterMarkup[1] as string).match(FILTER_PARSER) ?? []) {
      const name = /\w+/.exec(f)?.[0]
      if (!name) continue
      const args = [...f.matchAll(FILTER_ARGS)].map((a) => {
        const arg = a[1] as string
        const keyword = JUST_TAG_ATTRIBUTES.exec(arg)
        return keyword ? `${keyword[1]}: ${laxExpression(keyword[2] as string)}` : laxExpression(arg)
      })
      out += ` | ${name}${args.length ? `: ${args.join(', ')}` : ''}`
    }
  }
  return out
}

/** Condition.parse_expression: `blank`/`empty` stay method literals in conditions. */
function laxConditionOperand(markup: string | undefined): string {
  if (markup === undefined) return ''
  const m = markup.trim()
  return m === 'blank' || m === 'empty' ? m : laxExpression(m)
}

/** Liquid::If#lax_parse, as liquidjs condition markup (an unknown operator fails when rendered). */
export function laxCondition(markup: string): string {
  const syntaxError = () => new LiquidSyntaxError("Syntax Error in tag 'if' - Valid syntax: if [expression]")
  const expressions = markup.match(EXPRESSIONS_AND_OPERATORS) ?? []
  const parts: string[] = []
  const comparison = (text: string | undefined): string => {
    const m = text === undefined ? null : IF_SYNTAX.exec(text)
    if (!m) throw syntaxError()
    const [, left, op, right] = m
    if (op === undefined) return laxConditionOperand(left)
    if (!KNOWN_OPERATORS.has(op)) return `${quote(op)} | ${UNKNOWN_OPERATOR_FILTER}`
    return `${laxConditionOperand(left)} ${op} ${right === undefined ? 'nil' : laxConditionOperand(right)}`
  }
  parts.unshift(comparison(expressions.pop()))
  while (expressions.length) {
    const operator = (expressions.pop() ?? '').trim()
    const condition = comparison(expressions.pop())
    if (operator !== 'and' && operator !== 'or') throw syntaxError()
    parts.unshift(condition, operator)
  }
  return parts.join(' ')
}

/** Liquid::For#lax_parse, as `var in collection [reversed] [limit: x] [offset: y]`. */
export function laxFor(markup: string): string {
  const m = FOR_SYNTAX.exec(markup)
  if (!m) throw new LiquidSyntaxError("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]")
  let out = `${m[1]} in ${laxExpression(m[2] as string)}${m[3] ? ' reversed' : ''}`
  const attributes: Record<string, string> = {}
  for (const a of markup.matchAll(TAG_ATTRIBUTES)) attributes[a[1] as string] = a[2] as string
  if (attributes.limit !== undefined) out += ` limit: ${laxExpression(attributes.limit)}`
  if (attributes.offset !== undefined) out += ` offset: ${attributes.offset === 'continue' ? 'continue' : laxExpression(attributes.offset)}`
  return out
}
