/** Rouge's `erb` lexer (eruby, rhtml): Ruby in `<% %>`, the rest lexed as HTML. */
import { LexerDefinition, type LexerRun } from '../regex-lexer.js'
import { html } from './html.js'
import { ruby } from './ruby.js'

const OPEN = '<%%|<%=|<%#|<%-|<%'
const CLOSE = '%%>|-%>|%>'
const vars = (lexer: LexerRun) => lexer.vars as { parent: LexerRun; ruby: LexerRun }

export const erb = new LexerDefinition({
  name: 'erb',
  start: (lexer) => Object.assign(lexer.vars, { parent: html.run(), ruby: ruby.run() }),
  states: {
    root: [
      [/<%#/, 'c', 'comment'],
      [new RegExp(OPEN), 'cp', 'ruby'],
      [new RegExp(`[\\s\\S]+?(?=${OPEN})|[\\s\\S]+`), (c) => c.delegate(vars(c.lexer).parent)],
    ],
    comment: [
      [new RegExp(CLOSE), 'c', '#pop'],
      [new RegExp(`[\\s\\S]+?(?=${CLOSE})|[\\s\\S]+`), 'c'],
    ],
    ruby: [
      [new RegExp(CLOSE), 'cp', '#pop'],
      [new RegExp(`[\\s\\S]+?(?=${CLOSE})|[\\s\\S]+`), (c) => c.delegate(vars(c.lexer).ruby)],
    ],
  },
})
