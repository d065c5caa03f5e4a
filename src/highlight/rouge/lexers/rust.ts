/** Rouge's `rust` lexer (rs), with nested comments and macro delimiter tracking. */
import { LexerDefinition, mixin, type LexerRun, type Rule } from '../regex-lexer.js'
import { wordSet } from './keywords.js'

const KEYWORDS = [...wordSet('rust.keywords')].join('|')
const BUILTINS = wordSet('rust.builtins')
const ID = '[\\p{XID_Start}_]\\p{XID_Continue}*'
const HEX = '[0-9a-fA-F]'
const ESCAPES = `\\\\(?:[nrt'"\\\\0]|x${HEX}{2}|u\\{(?:${HEX}_*){1,6}\\})`
const SIZE = '(?:8|16|32|64|128|size)'
const DOT = '[.][0-9][0-9_]*'
const EXP = '[eE][-+]?[0-9_]+'
const FLT = '(?:f32|f64)'
const CLOSERS: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}' }

const u = (source: string, flags = '') => new RegExp(source, `u${flags}`)
const delims = (lexer: LexerRun) => lexer.vars.macroDelims as Record<string, number>

function nested(token: string, self: string): Rule[] {
  return [
    [/\*\//, token, '#pop'],
    [/\/\*/, token, self],
    [/[^*/]+|[*/]/, token],
  ]
}

export const rust = new LexerDefinition({
  name: 'rust',
  start: (lexer) => {
    lexer.vars.macroDelims = { ']': 0, ')': 0, '}': 0 }
    lexer.stack.push(lexer.definition.state('bol'))
  },
  states: {
    bol: [
      mixin('whitespace'),
      [/#\s[^\n]*/, 'cs'],
      [/(?:)/, (c) => c.pop()],
    ],
    attribute: [
      mixin('whitespace'),
      mixin('has_literals'),
      [/[(,)=:]/, 'nd'],
      [/\]/, 'nd', '#pop'],
      [u(ID), 'nd'],
    ],
    whitespace: [[/\s+/, ''], mixin('comments')],
    comments: [
      [/\/\/\/\/+[^\n]*/, 'c1'],
      [/\/\/[/!][^\n]*/, 'cd'],
      [/\/\/[^\n]*/, 'c1'],
      [/\/\*\*\*?\//, 'cm'],
      [/\/\*\*\*+/, 'cm', 'nested_plain_block'],
      [/\/[*][*!]/, 'cd', 'nested_doc_block'],
      [/\/[*]/, 'cm', 'nested_plain_block'],
    ],
    nested_plain_block: nested('cm', 'nested_plain_block'),
    nested_doc_block: nested('cd', 'nested_doc_block'),
    root: [
      [/\n/, '', 'bol'],
      mixin('whitespace'),
      [/#!?\[/, 'nd', 'attribute'],
      [new RegExp(`\\b(?:${KEYWORDS})\\b`), 'k'],
      mixin('has_literals'),
      [/[=-]>/, 'k'],
      [/<->/, 'k'],
      [/[()[\]{}|,:;]/, 'p'],
      [/[*/!@~&+%^<>=?-]|\.{2,3}/, 'o'],
      [u(`([.]\\s*)?${ID}(?=\\s*[(])`), 'nf'],
      [/[.]\s*await\b/, 'k'],
      [u(`[.]\\s*${ID}`), 'py'],
      [/[.]\s*\d+/, 'na'],
      [u(`(${ID})(::)`), (c) => c.groups('nn', 'p')],
      [/\bmacro_rules!/, 'nd', 'macro_rules'],
      [u(`${ID}!`), 'nd', 'macro'],
      [/'static\b/, 'k'],
      [u(`'${ID}`), 'nv'],
      [u(ID), (c) => c.token(BUILTINS.has(c.m[0]) ? 'nb' : 'n')],
    ],
    macro: [
      mixin('has_literals'),
      [/[[{(]/, (c) => {
        delims(c.lexer)[CLOSERS[c.m[0]]!]! += 1
        c.token('p')
      }],
      [/[\]})]/, (c) => {
        const d = delims(c.lexer)
        d[c.m[0]]! -= 1
        if (Object.values(d).every((n) => n === 0)) c.pop()
        c.token('p')
      }],
      [u(`${ID}!`), 'nd'],
      mixin('root'),
      [/./, ''],
    ],
    macro_rules: [
      [u(`[$]${ID}(:${ID})?`), 'nv'],
      [/[$]/, 'nv'],
      mixin('macro'),
    ],
    has_literals: [
      [/\b(?:true|false)\b/, 'kc'],
      [new RegExp(`b?'(?:${ESCAPES}|[^\\\\])'`), 'sc'],
      [/b?"/, 's', 'string'],
      [/b?r(#*)".*?"\1/s, 's'],
      [u(`[0-9][0-9_]*(?:${DOT}(?:${EXP})?${FLT}?|(?:${DOT})?${EXP}${FLT}?|(?:${DOT})?(?:${EXP})?${FLT}|[.](?![._\\p{XID_Start}]))`), 'mf'],
      [new RegExp(`(?:0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(?:u${SIZE}?|i${SIZE})?`), 'mi'],
    ],
    string: [
      [/"/, 's', '#pop'],
      [new RegExp(ESCAPES), 'se'],
      [/[^"\\]+/, 's'],
    ],
  },
})
