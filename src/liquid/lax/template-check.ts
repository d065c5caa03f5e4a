/**
 * Liquid's `error_mode` for a whole template, before liquidjs parses it. Liquid 5.4 parses the markup
 * of `{{ }}`, `echo`, `assign`, `if`/`elsif`/`unless` and `for` strictly first; what strict mode rejects
 * is an error (`strict`), a warning then lax parsing (`warn`, Jekyll's default), or silently lax (`lax`).
 * Markup that only lax parsing accepts is rewritten here to liquidjs markup with the same meaning, keeping
 * every line break, so line numbers do not move. Tokens are found as Liquid finds them (its TemplateParser),
 * so Liquid inside `{% comment %}` is checked too, and `{% raw %}` bodies are not.
 */
import { laxCondition, laxFor, laxVariable } from './lax-markup.js'
import { LiquidSyntaxError, strictCondition, strictFor, strictVariable } from './ruby-parser.js'

export type ErrorMode = 'strict' | 'warn' | 'lax'

/** A strict-mode syntax error: Liquid's message, with the markup as Liquid quotes it, at a line of the text. */
export interface LiquidSyntaxWarning {
  line: number
  message: string
}

/** A syntax error that ends the build: any strict-mode error in `strict` mode, or markup even lax parsing rejects. */
export class StrictModeError extends Error {
  constructor(readonly warning: LiquidSyntaxWarning, readonly onlyInStrictMode: boolean) {
    super(warning.message)
    this.name = 'StrictModeError'
  }
}

const TEMPLATE_PARSER = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}?|\{%|\{\{/g
const FULL_TOKEN = /^\{%-?(\s*)(#|\w+)(\s*)([\s\S]*?)-?%\}$/d
const CONTENT_OF_VARIABLE = /^\{\{-?([\s\S]*?)-?\}\}$/d
const RAW_END = /^[\s\S]*\{%\s*(\w+)\s*[\s\S]*%\}$/
const ASSIGN = /^((?:\(?[\w\-.[\]]\)?)+)\s*=\s*([\s\S]*)$/
const LIQUID_TAG_LINE = /^(\s*)(#|\w+)(\s*)(.*?)$/

interface Checked { markup: string; warning?: string }

/** Checks one tag's markup; returns the markup liquidjs should see (rewritten when only lax parsing accepts it). */
function checkTag(name: string, markup: string): Checked {
  const attempt = (strict: (m: string) => void, context: string, lax: () => string): Checked => {
    try {
      strict(markup)
      return { markup }
    } catch (error) {
      if (!(error instanceof LiquidSyntaxError)) throw error
      return { markup: lax(), warning: `${error.message} ${context}` }
    }
  }
  switch (name) {
    case 'if':
    case 'elsif':
    case 'unless':
      return attempt(strictCondition, `in "${markup.trim()}"`, () => laxCondition(markup))
    case 'for':
      return attempt(strictFor, `in "${markup.trim()}"`, () => laxFor(markup))
    case 'echo':
      return attempt(strictVariable, `in "{{${markup}}}"`, () => laxVariable(markup))
    case 'assign': {
      const m = ASSIGN.exec(markup)
      if (!m) return { markup }
      const [, to, from] = m as unknown as [string, string, string]
      try {
        strictVariable(from)
        return { markup }
      } catch (error) {
        if (!(error instanceof LiquidSyntaxError)) throw error
        return { markup: `${to} = ${laxVariable(from)}`, warning: `${error.message} in "{{${from}}}"` }
      }
    }
    default:
      return { markup }
  }
}

/** Keeps the line count of `original` in `replacement` (extra line breaks are whitespace inside the tag). */
function sameLines(replacement: string, original: string): string {
  const missing = (original.match(/\n/g) ?? []).length - (replacement.match(/\n/g) ?? []).length
  return missing > 0 ? replacement + '\n'.repeat(missing) : replacement.replace(/\n/g, ' ')
}

/**
 * Applies `mode` to `text`: returns the text liquidjs should parse and the warnings Liquid would give
 * (`warn` mode only); in `strict` mode the first strict-mode error is thrown as a StrictModeError.
 */
export function checkLiquid(text: string, mode: ErrorMode): { text: string; warnings: LiquidSyntaxWarning[] } {
  const warnings: LiquidSyntaxWarning[] = []
  const edits: Array<{ start: number; end: number; text: string }> = []
  let rawUntil: string | undefined
  let line = 1
  let last = 0
  const note = (warning: string, at: number, start: number, end: number, original: string, replacement: string) => {
    const found = { line: at, message: warning }
    if (mode === 'strict') throw new StrictModeError(found, true)
    if (mode === 'warn') warnings.push(found)
    if (replacement !== original) edits.push({ start, end, text: sameLines(replacement, original) })
  }
  for (const m of text.matchAll(TEMPLATE_PARSER)) {
    const token = m[0]
    const offset = m.index as number
    line += countLines(text, last, offset)
    last = offset
    if (rawUntil !== undefined) {
      if (RAW_END.exec(token)?.[1] === rawUntil) rawUntil = undefined
      continue
    }
    try {
      rawUntil = checkToken(token, offset, line, note)
    } catch (error) {
      if (error instanceof LiquidSyntaxError) throw new StrictModeError({ line, message: error.message }, false)
      throw error
    }
  }
  if (edits.length === 0) return { text, warnings }
  let out = ''
  let pos = 0
  for (const edit of edits) {
    out += text.slice(pos, edit.start) + edit.text
    pos = edit.end
  }
  return { text: out + text.slice(pos), warnings }
}

/** Checks one `{% %}` or `{{ }}` token at `offset`; returns `endraw` when it opens a raw block. */
function checkToken(token: string, offset: number, line: number, note: Note): string | undefined {
  if (token.startsWith('{%')) {
    const t = FULL_TOKEN.exec(token)
    if (!t?.indices) return undefined
    const name = t[2] as string
    const [start, end] = t.indices[4] as [number, number]
    const markup = t[4] as string
    const at = line + countLines(token, 0, t.indices[2]?.[0] ?? 0)
    if (name === 'raw') return 'endraw'
    if (name === 'liquid') checkLiquidTag(markup, line + countLines(token, 0, start), offset + start, note)
    else {
      const checked = checkTag(name, markup)
      if (checked.warning) note(checked.warning, at, offset + start, offset + end, markup, checked.markup)
    }
  } else if (token.startsWith('{{')) {
    const v = CONTENT_OF_VARIABLE.exec(token)
    if (!v?.indices) return undefined
    const markup = v[1] as string
    const [start, end] = v.indices[1] as [number, number]
    try {
      strictVariable(markup)
    } catch (error) {
      if (!(error instanceof LiquidSyntaxError)) throw error
      note(`${error.message} in "{{${markup}}}"`, line, offset + start, offset + end, markup, laxVariable(markup))
    }
  }
  return undefined
}

type Note = (warning: string, line: number, start: number, end: number, original: string, replacement: string) => void

/** `{% liquid %}`: one tag a line, each checked like the tag it names. */
function checkLiquidTag(markup: string, firstLine: number, markupOffset: number, note: Note): void {
  let offset = 0
  markup.split('\n').forEach((lineText, i) => {
    const m = LIQUID_TAG_LINE.exec(lineText)
    if (m) {
      const name = m[2] as string
      const tagMarkup = m[4] as string
      const start = markupOffset + offset + (m[1] as string).length + name.length + (m[3] as string).length
      const checked = name === 'liquid' ? { markup: tagMarkup } : checkTag(name, tagMarkup)
      if (checked.warning) note(checked.warning, firstLine + i, start, start + tagMarkup.length, tagMarkup, checked.markup)
    }
    offset += lineText.length + 1
  })
}

function countLines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}
