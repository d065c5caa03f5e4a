/** Rouge's `html` lexer, with JavaScript in `<script>` and CSS in `<style>`. */
import { LexerDefinition, type LexerRun } from '../regex-lexer.js'
import { css } from './css.js'
import { javascript } from './javascript.js'

const NAME = '[\\p{L}:_-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·-]*'

interface HtmlVars { js: LexerRun; css: LexerRun }
const v = (lexer: LexerRun) => lexer.vars as unknown as HtmlVars

export const html = new LexerDefinition({
  name: 'html',
  start: (lexer) => Object.assign(lexer.vars, { js: javascript.run(), css: css.run() } satisfies HtmlVars),
  states: {
    root: [
      [/[^<&]+/, ''],
      [/&\S*?;/, 'ni'],
      [/<!DOCTYPE .*?>/is, 'cp'],
      [/<!\[CDATA\[.*?\]\]>/s, 'cp'],
      [/<!--/, 'c', 'comment'],
      [/<\?.*?\?>/s, 'cp'],
      [/<\s*script\s*/, (c) => {
        c.token('nt')
        v(c.lexer).js = javascript.run()
        c.push('script_content')
        c.push('tag')
      }],
      [/<\s*style\s*/, (c) => {
        c.token('nt')
        v(c.lexer).css = css.run()
        c.push('style_content')
        c.push('tag')
      }],
      [/<\//, 'nt', 'tag_end'],
      [/</, 'nt', 'tag_start'],
      [new RegExp(`<\\s*${NAME}`, 'u'), 'nt', 'tag'],
      [new RegExp(`<\\s*/\\s*${NAME}\\s*>`, 'u'), 'nt'],
    ],
    tag_end: [
      { mixin: 'tag_end_end' },
      [new RegExp(NAME, 'u'), (c) => { c.token('nt'); c.goto('tag_end_end') }],
    ],
    tag_end_end: [
      [/\s+/, ''],
      [/>/, 'nt', '#pop'],
    ],
    tag_start: [
      [/\s+/, ''],
      [new RegExp(NAME, 'u'), (c) => { c.token('nt'); c.goto('tag') }],
      [/(?:)/, (c) => c.goto('tag')],
    ],
    comment: [
      [/[^-]+/, 'c'],
      [/-->/, 'c', '#pop'],
      [/-/, 'c'],
    ],
    tag: [
      [/\s+/, ''],
      [/[\p{L}:_[\]()*.-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·[\]()*-]*\s*=\s*/u, 'na', 'attr'],
      [/[\p{L}:_*#-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·*#-]*/u, 'na'],
      [/\/?\s*>/, 'nt', '#pop'],
    ],
    attr: [
      [/"/, (c) => { c.token('s'); c.goto('dq') }],
      [/'/, (c) => { c.token('s'); c.goto('sq') }],
      [/[^\s>]+/, 's', '#pop'],
    ],
    dq: [
      [/"/, 's', '#pop'],
      [/[^"]+/, 's'],
    ],
    sq: [
      [/'/, 's', '#pop'],
      [/[^']+/, 's'],
    ],
    script_content: [
      [/[^<]+/, (c) => c.delegate(v(c.lexer).js)],
      [/<\s*\/\s*script\s*>/, 'nt', '#pop'],
      [/</, (c) => c.delegate(v(c.lexer).js)],
    ],
    style_content: [
      [/[^<]+/, (c) => c.delegate(v(c.lexer).css)],
      [/<\s*\/\s*style\s*>/, 'nt', '#pop'],
      [/</, (c) => c.delegate(v(c.lexer).css)],
    ],
  },
})
