/** Rouge's `lua` lexer. */
import { LexerDefinition, mixin } from '../regex-lexer.js'
import { wordSet } from './keywords.js'

let builtins: ReadonlySet<string> | undefined
const BUILTINS = () => (builtins ??= wordSet('lua.builtins'))

export const lua = new LexerDefinition({
  name: 'lua',
  states: {
    root: [
      [/#!(.*?)$/, 'cp'],
      [/(?:)/, '', 'base'],
    ],
    base: [
      [/--\[(=*)\[.*?\]\1\]/s, 'cm'],
      [/--.*$/, 'c1'],
      // Rouge's pattern ends in a stray quote, so a float needs one after it (`3.5` is mi p mi).
      [/(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'/i, 'mf'],
      [/\d+e[+-]?\d+/i, 'mf'],
      [/0x[0-9a-f]*/i, 'mh'],
      [/\d+/, 'mi'],
      [/\n/, ''],
      [/[^\S\n]/, ''],
      [/\[(=*)\[.*?\]\1\]/s, 's'],
      [/(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])/, 'o'],
      [/[[\]{}().,:;]/, 'p'],
      [/(and|or|not)\b/, 'ow'],
      [/(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b/, 'k'],
      [/(local)\b/, 'kd'],
      [/(true|false|nil)\b/, 'kc'],
      [/(function)\b/, 'k', 'function_name'],
      [/[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?/, (c) => {
        const name = c.m[0]
        if (name === 'gsub') { c.token('nb'); c.push('gsub') }
        else if (BUILTINS().has(name)) c.token('nb')
        else if (name.includes('.')) {
          const dot = name.indexOf('.')
          c.token('n', name.slice(0, dot))
          c.token('p', '.')
          c.token('n', name.slice(dot + 1))
        } else c.token('n')
      }],
      [/'/, 's1', 'escape_sqs'],
      [/"/, 's2', 'escape_dqs'],
    ],
    function_name: [
      [/\s+/, ''],
      [/(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)/, (c) => { c.groups('nc', 'p', 'nf'); c.pop() }],
      [/\(/, 'p', '#pop'],
    ],
    gsub: [
      [/\)/, 'p', '#pop'],
      [/[(,]/, 'p'],
      [/\s+/, ''],
      [/"/, 'sr', 'regex'],
    ],
    regex: [
      [/"/, (c) => { c.token('sr'); c.goto('regex_end') }],
      [/\[\^?/, 'se', 'regex_group'],
      [/\\./, 'se'],
      [/[(][?][:=<!]/, 'se'],
      [/[{][\d,]+[}]/, 'se'],
      [/[()?]/, 'se'],
      [/./u, 'sr'],
    ],
    regex_end: [
      [/[$]+/, 'sr', '#pop'],
      [/(?:)/, (c) => c.pop()],
    ],
    regex_group: [
      [/\//, 'se'],
      [/\]/, 'se', '#pop'],
      [/(\\)(.)/u, (c) => c.groups('se', 'sr')],
      [/./u, 'sr'],
    ],
    escape_sqs: [mixin('string_escape'), mixin('sqs')],
    escape_dqs: [mixin('string_escape'), mixin('dqs')],
    string_escape: [[/\\([abfnrtv\\"']|\d{1,3})/, 'se']],
    sqs: [
      [/'/, 's1', '#pop'],
      [/[^']+/, 's1'],
    ],
    dqs: [
      [/"/, 's2', '#pop'],
      [/[^"]+/, 's2'],
    ],
  },
})
