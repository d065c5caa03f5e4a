/** Rouge's `json` lexer. */
import { LexerDefinition, mixin } from '../regex-lexer.js'

export const json = new LexerDefinition({
  name: 'json',
  states: {
    whitespace: [[/\s+/, 'w']],
    root: [
      mixin('whitespace'),
      [/\{/, 'p', 'object'],
      [/\[/, 'p', 'array'],
      mixin('name'),
      mixin('value'),
      [/[\]}]/, 'p'],
    ],
    object: [
      mixin('whitespace'),
      mixin('name'),
      mixin('value'),
      [/}/, 'p', '#pop'],
      [/,/, 'p'],
    ],
    name: [[/("(?:\\.|[^"\\\n])*?")(\s*)(:)/, (c) => c.groups('nl', 'w', 'p')]],
    value: [
      mixin('whitespace'),
      mixin('constants'),
      [/"/, 's2', 'string'],
      [/\[/, 'p', 'array'],
      [/\{/, 'p', 'object'],
    ],
    string: [
      [/[^\\"]+/, 's2'],
      [/\\./, 'se'],
      [/"/, 's2', '#pop'],
    ],
    array: [
      mixin('value'),
      [/\]/, 'p', '#pop'],
      [/,/, 'p'],
    ],
    constants: [
      [/(?:true|false|null)/, 'kc'],
      [/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/i, 'mf'],
      [/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/i, 'mi'],
    ],
  },
})
