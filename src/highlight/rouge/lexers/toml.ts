/** Rouge's `toml` lexer. */
import { LexerDefinition, mixin } from '../regex-lexer.js'

const IDENTIFIER = `(?:\\S+|"[^"]+"|'[^']+')`

export const toml = new LexerDefinition({
  name: 'toml',
  states: {
    basic: [
      [/\s+/, ''],
      [/#.*?$/, 'c'],
      [/(true|false)/, 'kc'],
      [new RegExp(`(${IDENTIFIER})(\\s*)(=)(\\s*)(\\{)`), (c) => { c.groups('nn', '', 'o', '', 'p'); c.push('inline') }],
      [/(?<!=)\s*\[[\S]+\]/, 'nn'],
      [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/, 'ld'],
      [/[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?/, 'mf'],
      [/[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*/, 'mf'],
      [/[+-]?(?:nan|inf)/, 'mf'],
      [/0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*/, 'mh'],
      [/0o[0-7]+(?:_[0-7]+)*/, 'mo'],
      [/0b[01]+(?:_[01]+)*/, 'mb'],
      [/[+-]?\d+(?:_\d+)*/, 'mi'],
    ],
    root: [
      mixin('basic'),
      [new RegExp(`(${IDENTIFIER})(\\s*)(=)`), (c) => { c.groups('py', '', 'p'); c.push('value') }],
    ],
    value: [[/\n/, '', '#pop'], mixin('content')],
    content: [
      mixin('basic'),
      [new RegExp(`(${IDENTIFIER})(\\s*)(=)`), (c) => c.groups('py', '', 'p')],
      [/"""/, 's', 'mdq'],
      [/"/, 's', 'dq'],
      [/'''/, 's', 'msq'],
      [/'/, 's', 'sq'],
      mixin('esc_str'),
      [/,/, 'p'],
      [/\[/, 'p', 'array'],
    ],
    dq: [
      [/"/, 's', '#pop'],
      [/\n/, 'err', '#pop'],
      mixin('esc_str'),
      [/[^\\"\n]+/, 's'],
    ],
    mdq: [
      [/"""/, 's', '#pop'],
      mixin('esc_str'),
      [/[^\\"]+/, 's'],
      [/"+/, 's'],
    ],
    sq: [
      [/'/, 's', '#pop'],
      [/\n/, 'err', '#pop'],
      [/[^'\n]+/, 's'],
    ],
    msq: [
      [/'''/, 's', '#pop'],
      [/[^']+/, 's'],
      [/'+/, 's'],
    ],
    esc_str: [[/\\[0t\tn\n "\\r]/, 'se']],
    array: [mixin('content'), [/\]/, 'p', '#pop']],
    inline: [mixin('content'), [/\}/, 'p', '#pop']],
  },
})
