/** Rouge's `javascript` lexer (js) and, built from it, `typescript` (ts). */
import { LexerDefinition, mixin, type Rule } from '../regex-lexer.js'

const words = (s: string) => new Set(s.trim().split(/\s+/))

const JS = {
  keywords: words(`as async await break case catch continue debugger default delete do else export finally from for if
    import in instanceof new of return super switch this throw try typeof void while yield`),
  declarations: words('var let const with function class extends constructor get set static'),
  reserved: words('enum implements interface package private protected public'),
  constants: words('true false null NaN Infinity undefined'),
  builtins: words(`Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
    decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt document window
    navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray
    Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array
    DataView ArrayBuffer`),
}

type WordSets = typeof JS

const union = (a: Set<string>, b: string) => new Set([...a, ...words(b)])

const TS: WordSets = {
  keywords: union(JS.keywords, 'is namespace static private protected public implements readonly'),
  declarations: union(JS.declarations, 'type abstract'),
  reserved: union(JS.reserved, 'string any void number namespace module declare default interface keyof'),
  constants: JS.constants,
  builtins: union(JS.builtins, 'Pick Partial Readonly Record'),
}

/** Rouge's Javascript.id_regex. */
export const JS_ID = '[\\p{L}\\p{Nl}$_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}]*'

/** Rouge's Javascript states for a word list (TypeScript adds words and a few rules). */
export function javascriptStates(sets: WordSets, typescript: boolean): Record<string, Rule[]> {
  const id = new RegExp(JS_ID, 'iu')
  return {
    multiline_comment: [
      [/[*]\//, 'cm', '#pop'],
      [/[^*/]+/, 'cm'],
      [/[*/]/, 'cm'],
    ],
    comments_and_whitespace: [
      [/\s+/, ''],
      [/<!--/, 'c'],
      [/\/\/.*?$/, 'c1'],
      [/\/[*]/, 'cm', 'multiline_comment'],
    ],
    expr_start: [
      mixin('comments_and_whitespace'),
      [/\//, (c) => { c.token('sr'); c.goto('regex') }],
      [/[{]/, (c) => { c.token('p'); c.goto('object') }],
      [/(?:)/, '', '#pop'],
    ],
    regex: [
      [/\//, (c) => { c.token('sr'); c.goto('regex_end') }],
      [/[^/]\n/, 'err', '#pop'],
      [/\n/, 'err', '#pop'],
      [/\[\^/, 'se', 'regex_group'],
      [/\[/, 'se', 'regex_group'],
      [/\\./, 'se'],
      [/[(][?][:=<!]/, 'se'],
      [/[{][\d,]+[}]/, 'se'],
      [/[()?]/, 'se'],
      [/./, 'sr'],
    ],
    regex_end: [
      [/[gimuy]+/, 'sr', '#pop'],
      [/(?:)/, (c) => c.pop()],
    ],
    regex_group: [
      [/\//, 'se'],
      [/[^/]\n/, (c) => { c.token('err'); c.pop(2) }],
      [/\]/, 'se', '#pop'],
      [/\\./, 'se'],
      [/./, 'sr'],
    ],
    bad_regex: [[/[^\n]+/, 'err', '#pop']],
    root: [
      ...(typescript ? [[/[?][.]/, 'p'], [/[?]{2}/, 'o']] as Rule[] : []),
      [/(?<![\s\S])\s*#!.*?\n/s, 'cp', 'statement'],
      [/(?<=\n)(?=\s|\/|<!--)/, '', 'expr_start'],
      mixin('comments_and_whitespace'),
      [/\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, 'o', 'expr_start'],
      [/[-<>+*%&|^/!=]=?/, 'o', 'expr_start'],
      [/[(\[,]/, 'p', 'expr_start'],
      [/;/, 'p', 'statement'],
      [/[)\].]/, 'p'],
      [/`/, (c) => { c.token('s2'); c.push('template_string') }],
      [/[?][.]/, 'p'],
      [/[?]/, (c) => { c.token('p'); c.push('ternary'); c.push('expr_start') }],
      [/(@)(\w+)?/, (c) => { c.groups('p', 'nd'); c.push('expr_start') }],
      [/[{}]/, 'p', 'statement'],
      [id, (c) => {
        const word = c.m[0]
        if (sets.keywords.has(word)) { c.token('k'); c.push('expr_start') }
        else if (sets.declarations.has(word)) { c.token('kd'); c.push('expr_start') }
        else if (sets.reserved.has(word)) c.token('kr')
        else if (sets.constants.has(word)) c.token('kc')
        else if (sets.builtins.has(word)) c.token('nb')
        else c.token('nx')
      }],
      [/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'mf'],
      [/0x[0-9a-fA-F]+/i, 'mh'],
      [/0o[0-7][0-7_]*/i, 'mo'],
      [/0b[01][01_]*/i, 'mb'],
      [/[0-9]+/, 'mi'],
      [/"/, 'dl', 'dq'],
      [/'/, 'dl', 'sq'],
      [/:/, 'p'],
    ],
    dq: [
      [/\\[\\nrt"]?/, 'se'],
      [/[^\\"]+/, 's2'],
      [/"/, 'dl', '#pop'],
    ],
    sq: [
      [/\\[\\nrt']?/, 'se'],
      [/[^\\']+/, 's1'],
      [/'/, 'dl', '#pop'],
    ],
    statement: [
      ...(typescript
        ? [[new RegExp(`(${JS_ID})(\\??)(\\s*)(:)`, 'u'), (c) => { c.groups('nl', 'p', '', 'p'); c.push('expr_start') }]] as Rule[]
        : []),
      [/case\b/, (c) => { c.token('k'); c.goto('expr_start') }],
      [new RegExp(`(${JS_ID})(\\s*)(:)`, 'u'), (c) => c.groups('nl', '', 'p')],
      mixin('expr_start'),
    ],
    object: [
      mixin('comments_and_whitespace'),
      [/[{]/, (c) => { c.token('p'); c.push() }],
      [/[}]/, (c) => { c.token('p'); c.goto('statement') }],
      [new RegExp(`(${JS_ID})(\\s*)(:)`, 'u'), (c) => { c.groups('na', '', 'p'); c.push('expr_start') }],
      [/:/, 'p'],
      mixin('root'),
    ],
    ternary: [
      [/:/, (c) => { c.token('p'); c.goto('expr_start') }],
      mixin('root'),
    ],
    template_string: [
      [/[$]\{/, 'p', 'template_string_expr'],
      [/`/, 's2', '#pop'],
      [/\\[$`]/, 'se'],
      [/[^$`\\]+/, 's2'],
      [/[\\$]/, 's2'],
    ],
    template_string_expr: [
      [/}/, 'p', '#pop'],
      mixin('root'),
    ],
  }
}

export const JS_WORDS = JS
export const TS_WORDS = TS

export const javascript = new LexerDefinition({ name: 'javascript', states: javascriptStates(JS, false) })
export const typescript = new LexerDefinition({ name: 'typescript', states: javascriptStates(TS, true) })
