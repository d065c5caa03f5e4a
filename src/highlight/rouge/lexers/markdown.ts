/** Rouge's `markdown` lexer (md, mkd): front matter as YAML, fenced code in its own language, inline HTML. */
import { LexerDefinition, type LexerRun, type Rule, type Token } from '../regex-lexer.js'
import type { RougeLexer } from '../rouge-lexer.js'
import { html } from './html.js'
import { yaml } from './yaml.js'

/** Finds the lexer for a fence's language (`guess` when it has none); null when Rouge has none. */
export type LexerResolver = (name: string, code: string) => RougeLexer | null

const EDOT = '(?:\\\\.|[^\\\\\\n])'
const e = (source: string, flags = '') => new RegExp(source.replace(/EDOT/g, EDOT), flags)
const htmlRun = (lexer: LexerRun) => lexer.vars.html as LexerRun

/** Plain text marked as `sb`, for fences in a language Rouge does not know. */
const BACKTICK_TEXT: RougeLexer = { lex: (text: string): Token[] => [['sb', text]] }

export function markdownLexer(resolve: LexerResolver): LexerDefinition {
  const definition: LexerDefinition = new LexerDefinition({
    name: 'markdown',
    start: (lexer) => { lexer.vars.html = html.run() },
    states: {
      root: [
        [/(?<![\s\S])(---\s*\n.*?\n?)^(---\s*$\n?)/s, (c) => c.delegate(yaml)],
        [/\\./, 'se'],
        [/^[\S ]+\n(?:---*)\n/, 'gh'],
        [/^[\S ]+\n(?:===*)\n/, 'gu'],
        [/^#(?=[^#]).*?$/, 'gh'],
        [/^##*.*?$/, 'gu'],
        [/^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?/s, (c) => {
          const [, indent, fence, info, , body, newline, close] = c.m
          const name = info!.trim()
          const sub = resolve(name === '' ? 'guess' : name, body ?? '') ?? BACKTICK_TEXT
          c.token('', indent)
          c.token('p', fence)
          c.token('nl', info)
          if (body !== undefined) c.lexer.emitAll(sub.lex(body))
          c.token('', newline)
          if (close !== undefined) {
            c.token('p', close)
            return
          }
          const rules: Rule[] = [
            [new RegExp(`^([ \\t]*)(${fence})`), (d) => { d.pop(); d.token('', d.m[1]); d.token('p', d.m[2]) }],
            [/^.*\n/, (d) => d.lexer.emitAll(sub.lex(d.m[0]))],
          ]
          c.pushRules(rules)
        }],
        [/\n\n((    |\t).*?\n|\n)+/, 'sb'],
        [e('(`+)(?:EDOT|\\n)+?\\1'), 'sb'],
        [/^(\s*[*]){3,}\s*$/, 'p'],
        [/^(\s*[-]){3,}\s*$/, 'p'],
        [/^\s*[*+-](?=\s)/, 'p'],
        [/^\s*\d+\./, 'p'],
        [/^\s*>.*?$/, 'gt'],
        [e('^(\\s*)(\\[)(EDOT+?)(\\])(\\s*)(:)'), (c) => { c.groups('', 'p', 'ss', 'p', '', 'p'); c.push('title'); c.push('url') }],
        [e('(!?\\[)(EDOT*?|[^\\]]*?)(\\])(?=[[(])'), (c) => { c.groups('p', 'nv', 'p'); c.push('link') }],
        [e('[*][*]EDOT*?[*][*]'), 'gs'],
        [e('__EDOT*?__'), 'gs'],
        [e('[*]EDOT*?[*]'), 'ge'],
        [e('_EDOT*?_'), 'ge'],
        [/<.*?@.+[.].+>/, 'nv'],
        [e('<(https?|mailto|ftp)://EDOT*?>'), 'nv'],
        [/[^\\`[*\n&<]+/, ''],
        [/&\S*;/, (c) => c.delegate(htmlRun(c.lexer))],
        [e('<EDOT*?>'), (c) => c.delegate(htmlRun(c.lexer))],
        [/[&<]/, ''],
        [/\[/, ''],
        [/\n/, ''],
      ],
      link: [
        [e('(\\[)(EDOT*?)(\\])'), (c) => { c.groups('p', 'ss', 'p'); c.pop() }],
        [/[(]/, (c) => { c.token('p'); c.push('inline_title'); c.push('inline_url') }],
        [/[ \t]+/, ''],
        [/(?:)/, (c) => c.pop()],
      ],
      url: [
        [/[ \t]+/, ''],
        [e('(<)(EDOT*?)(>)'), (c) => { c.groups('nt', 'sx', 'nt'); c.pop() }],
        [/\S+/, 'sx', '#pop'],
      ],
      title: [
        [e('"EDOT*?"'), 'nn'],
        [e("'EDOT*?'"), 'nn'],
        [e('[(]EDOT*?[)]'), 'nn'],
        [/\s*(?=["'()])/, ''],
        [/(?:)/, (c) => c.pop()],
      ],
      inline_title: [[/[)]/, 'p', '#pop'], { mixin: 'title' }],
      inline_url: [
        [/[^<\s)]+/, 'sx', '#pop'],
        [/\s+/, ''],
        { mixin: 'url' },
      ],
    },
  })
  return definition
}
