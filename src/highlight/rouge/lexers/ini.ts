/** Rouge's `ini` lexer. */
import { LexerDefinition, mixin } from '../regex-lexer.js'

export const ini = new LexerDefinition({
  name: 'ini',
  states: {
    basic: [
      [/[;#].*?\n/, 'c'],
      [/\s+/, ''],
      [/\\\n/, 'se'],
    ],
    root: [
      mixin('basic'),
      [/([\w\-.]+)(\s*)(=)/, (c) => { c.groups('py', '', 'p'); c.push('value') }],
      [/\[.*?\]/, 'nn'],
    ],
    value: [
      [/\n/, '', '#pop'],
      mixin('basic'),
      [/"/, 's', 'dq'],
      [/'.*?'/, 's'],
      mixin('esc_str'),
      [/[^\\\n]+/, 's'],
    ],
    dq: [
      [/"/, 's', '#pop'],
      mixin('esc_str'),
      [/[^\\"]+/, 's'],
    ],
    esc_str: [[/\\[\s\S]/, 'se']],
  },
})
