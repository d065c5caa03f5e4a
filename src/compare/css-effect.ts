/**
 * CSS compared by effect, so libsass (Jekyll) and dart-sass (ours) output of the same Sass compare equal:
 * the stylesheet becomes sorted lines `context ⟫ selector ⟫ property: value`, one per selector of a list
 * and property (the last declaration wins, `!important` over normal; same-property fallbacks within a
 * block stay an ordered list). Colours become `#rrggbb` (or `rgba(#rrggbb,a)`), numbers are canonical
 * (`0.50` = `.5`, 5 decimals), comments, `@charset` and formatting do not count. Rule order between
 * different selectors is not compared.
 */

interface Block {
  /** Selector or at-rule prelude; '' for the top level. */
  prelude: string
  declarations: string
  children: Block[]
  /** At-rules without a block (`@import url(x);`). */
  statements: string[]
}

/** Splits `text` into top-level statements and blocks, skipping strings, comments and parentheses. */
function parseBlock(text: string, prelude: string): Block {
  const block: Block = { prelude, declarations: '', children: [], statements: [] }
  let buffer = ''
  let i = 0
  const declarations: string[] = []
  while (i < text.length) {
    const c = text[i] as string
    if (c === '"' || c === "'") {
      const end = stringEnd(text, i)
      buffer += text.slice(i, end)
      i = end
    } else if (c === '(') {
      const end = parenEnd(text, i)
      buffer += text.slice(i, end)
      i = end
    } else if (c === '{') {
      const end = braceEnd(text, i)
      block.children.push(parseBlock(text.slice(i + 1, end - 1), buffer.trim()))
      buffer = ''
      i = end
    } else if (c === ';') {
      const statement = buffer.trim()
      if (statement.startsWith('@')) block.statements.push(statement)
      else if (statement) declarations.push(statement)
      buffer = ''
      i++
    } else {
      buffer += c
      i++
    }
  }
  if (buffer.trim()) {
    const statement = buffer.trim()
    if (statement.startsWith('@')) block.statements.push(statement)
    else declarations.push(statement)
  }
  block.declarations = declarations.join(';')
  return block
}

function stringEnd(text: string, start: number): number {
  const quote = text[start]
  let i = start + 1
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1
  return Math.min(i + 1, text.length)
}

function parenEnd(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === "'") i = stringEnd(text, i) - 1
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return text.length
}

function braceEnd(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === "'") i = stringEnd(text, i) - 1
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i + 1
  }
  return text.length
}

/** Splits on commas outside strings and parentheses. */
function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '"' || c === "'") {
      const end = stringEnd(text, i)
      current += text.slice(i, end)
      i = end - 1
      continue
    }
    if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    if (c === separator && depth === 0) {
      parts.push(current)
      current = ''
    } else current += c
  }
  parts.push(current)
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

const NAMED_COLOURS: Record<string, string> = {
  black: '000000', white: 'ffffff', red: 'ff0000', green: '008000', blue: '0000ff', yellow: 'ffff00', gray: '808080',
  grey: '808080', silver: 'c0c0c0', maroon: '800000', purple: '800080', fuchsia: 'ff00ff', lime: '00ff00',
  olive: '808000', navy: '000080', teal: '008080', aqua: '00ffff', orange: 'ffa500', transparent: 'transparent',
}

function canonicalNumber(n: number): string {
  const rounded = Math.round(n * 1e5) / 1e5
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(/^(-?)0\./, '$1.')
}

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0')
}

function channel(text: string): number {
  const t = text.trim()
  return t.endsWith('%') ? (Number.parseFloat(t) * 255) / 100 : Number.parseFloat(t)
}

function canonicalColour(hex: string, alpha = 1): string {
  return alpha >= 1 ? `#${hex}` : `rgba(#${hex},${canonicalNumber(alpha)})`
}

function canonicalValue(value: string): string {
  let v = value.replace(/\s+/g, ' ').trim()
  v = v.replace(/\s*!\s*important$/i, ' !important')
  // rgb()/rgba() with numbers or percentages → hex
  v = v.replace(/\brgba?\(([^()]*)\)/gi, (m, args: string) => {
    const parts = args.includes(',') ? args.split(',') : args.replace(/\s*\/\s*/, ' / ').split(/\s+/).filter((p) => p !== '/')
    if (parts.length < 3 || parts.length > 4) return m
    const [r, g, b] = parts.slice(0, 3).map(channel)
    if ([r, g, b].some((x) => x === undefined || Number.isNaN(x))) return m
    const a = parts[3] === undefined ? 1 : channel(parts[3].trim().endsWith('%') ? String(Number.parseFloat(parts[3]) / 100) : parts[3])
    return canonicalColour(`${hex2(r as number)}${hex2(g as number)}${hex2(b as number)}`, a)
  })
  v = v.replace(/#([0-9a-f]{3,8})\b/gi, (m, hex: string) => {
    const h = hex.toLowerCase()
    if (h.length === 3 || h.length === 4) {
      const full = [...h].map((c) => c + c).join('')
      return canonicalColour(full.slice(0, 6), h.length === 4 ? Number.parseInt(full.slice(6), 16) / 255 : 1)
    }
    if (h.length === 6) return `#${h}`
    if (h.length === 8) return canonicalColour(h.slice(0, 6), Number.parseInt(h.slice(6), 16) / 255)
    return m
  })
  v = v.replace(/(^|[\s,(])([a-z]+)(?=$|[\s,)])/gi, (m, before: string, word: string) => {
    const hex = NAMED_COLOURS[word.toLowerCase()]
    if (hex === undefined) return m
    return before + (hex === 'transparent' ? 'rgba(#000000,0)' : `#${hex}`)
  })
  // numbers (not inside hex colours or identifiers)
  v = v.replace(/(^|[^\w#.-])(-?(?:\d+\.?\d*|\.\d+))(?=[a-z%]*\b|[^\w]|$)/gi, (_m, before: string, num: string) => before + canonicalNumber(Number.parseFloat(num)))
  v = v.replace(/\s*,\s*/g, ',').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')')
  if (/calc\(/i.test(v)) {
    // `calc(800px - (30px * 2))` = `calc(800px - 30px*2)`: products need no parentheses.
    v = v.replace(/\s*([*/])\s*/g, '$1')
    for (let before = ''; before !== v; ) {
      before = v
      v = v.replace(/([-+\s(])\(([^()\s+]*[*/][^()\s+]*)\)/g, '$1$2')
    }
  }
  v = v.replace(/'([^'"\\]*)'/g, '"$1"')
  v = v.replace(/url\(\s*"([^"]*)"\s*\)/gi, 'url($1)')
  return v
}

function canonicalSelector(selector: string): string {
  return selector
    .replace(/\s+/g, ' ')
    .replace(/\s*([>+~])\s*/g, '$1')
    .replace(/::(before|after|first-line|first-letter)\b/gi, ':$1')
    .replace(/\[\s*([^\]=~|^$*\s]+)\s*([~|^$*]?=)\s*["']?([\w-]+)["']?\s*\]/g, '[$1$2$3]')
    .trim()
}

function canonicalPrelude(prelude: string): string {
  return prelude.replace(/\s+/g, ' ').replace(/\(\s*/g, '(').replace(/\s*\)/g, ')').replace(/\s*:\s*/g, ':').replace(/\s*,\s*/g, ',').trim()
}

interface Declaration {
  values: string[]
  important: boolean
}

function collect(block: Block, context: string, out: Map<string, Map<string, Declaration>>, statements: string[]): void {
  for (const statement of block.statements) {
    if (/^@charset\b/i.test(statement)) continue
    statements.push(`${context}${canonicalPrelude(statement.replace(/@import\s+url\(\s*["']?([^"')]*)["']?\s*\)/i, '@import "$1"'))}`)
  }
  for (const child of block.children) {
    if (child.prelude.startsWith('@')) {
      const name = canonicalPrelude(child.prelude)
      if (/^@(font-face|page)\b/i.test(name)) {
        // Blocks without selectors: their declarations keyed by the at-rule and its position among equals.
        const key = `${context}${name}#${[...out.keys()].filter((k) => k.startsWith(`${context}${name}#`)).length}`
        addDeclarations(out, key, child.declarations)
      } else collect(child, `${context}${name} ⟫ `, out, statements)
      continue
    }
    for (const selector of splitTopLevel(child.prelude)) {
      const key = `${context}${canonicalSelector(selector)}`
      addDeclarations(out, key, child.declarations)
      if (child.children.length > 0) collect(child, `${key} ⟫ `, out, statements)
    }
  }
}

function addDeclarations(out: Map<string, Map<string, Declaration>>, key: string, declarations: string): void {
  let properties = out.get(key)
  if (!properties) out.set(key, (properties = new Map()))
  const inBlock = new Map<string, Declaration>()
  for (const declaration of splitTopLevel(declarations, ';')) {
    const colon = declaration.indexOf(':')
    if (colon === -1) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = canonicalValue(declaration.slice(colon + 1))
    const important = value.endsWith('!important')
    const current = inBlock.get(property)
    if (current && !(current.important && !important)) {
      if (important && !current.important) inBlock.set(property, { values: [value], important })
      else current.values.push(value)
    } else if (!current) inBlock.set(property, { values: [value], important })
  }
  for (const [property, declaration] of inBlock) {
    const previous = properties.get(property)
    if (previous?.important && !declaration.important) continue
    properties.set(property, declaration)
  }
}

/** The comparable form of a stylesheet: sorted `context ⟫ selector ⟫ property: value` lines (see above). */
export function cssEffect(css: string): string {
  const text = css.replace(/^\uFEFF/, '').replace(/\/\*[\s\S]*?\*\//g, '')
  const rules = new Map<string, Map<string, Declaration>>()
  const statements: string[] = []
  collect(parseBlock(text, ''), '', rules, statements)
  const lines = [...statements]
  for (const [selector, properties] of rules) {
    for (const [property, declaration] of properties) lines.push(`${selector} ⟫ ${property}: ${declaration.values.join(' ‖ ')}`)
  }
  return lines.sort().join('\n')
}

/**
 * A source map compared by effect: its version, output file and the file names of its sources
 * (libsass and dart-sass map the same files with different mappings and relative paths).
 */
export function sourceMapEffect(json: string): string {
  let map: unknown
  try {
    map = JSON.parse(json)
  } catch {
    return json.trim()
  }
  if (!map || typeof map !== 'object' || !('mappings' in map)) return JSON.stringify(map)
  const m = map as { version?: unknown; file?: unknown; sources?: unknown }
  const sources = Array.isArray(m.sources) ? m.sources.map((s) => String(s).split('/').pop()).sort() : []
  return JSON.stringify({ version: m.version, file: m.file, sources })
}
