/** Rouge's `jsx` lexer (react): JavaScript with XML-like elements, whose text is lexed as HTML; and `tsx`. */
import { LexerDefinition, mixin, type LexerRun, type Rule } from '../regex-lexer.js'
import { html } from './html.js'
import { JS_WORDS, TS_WORDS, javascriptStates } from './javascript.js'

const htmlRun = (lexer: LexerRun) => lexer.vars.html as LexerRun

function jsxDefinition(name: string, typescript: boolean): LexerDefinition {
  const JS = javascriptStates(typescript ? TS_WORDS : JS_WORDS, typescript)
  // TSX: `<T,>` is a type parameter, not an element.
  const tsxElementName: Rule[] = typescript ? [[/(\w+)(,)/, (c) => { c.groups('nx', 'p'); c.pop(3) }]] : []
  return new LexerDefinition({
    name,
    start: (lexer) => {
      lexer.vars.html = html.run()
      lexer.stack.push(lexer.definition.state('expr_start'))
    },
    states: {
      ...JS,
      expr_start: [mixin('tag'), ...JS.expr_start!],
      tag: [[/</, (c) => { c.token('p'); c.push('tag_opening'); c.push('element'); c.push('element_name') }]],
      tag_opening: [
        [/<\//, (c) => { c.token('p'); c.goto('element'); c.push('element_name') }],
        mixin('tag'),
        [/\{/, (c) => { c.token('si'); c.push('interpol'); c.push('expr_start') }],
        [/[^<{]+/, (c) => c.delegate(htmlRun(c.lexer))],
      ],
      element: [
        mixin('comments_and_whitespace'),
        [/\/>/, (c) => { c.token('p'); c.pop(2) }],
        [/>/, 'p', '#pop'],
        [/\{/, (c) => { c.token('si'); c.push('interpol'); c.push('expr_start') }],
        [/\w[\w-]*/, 'na'],
        [/=/, 'p'],
        [/(["']).*?(\1)/, 's'],
      ],
      element_name: [
        ...tsxElementName,
        [/[A-Z]\w*/, 'nc'],
        [/\w+/, 'nt'],
        [/\./, 'p'],
        [/(?:)/, (c) => c.pop()],
      ],
      interpol: [
        [/}/, 'si', '#pop'],
        [/\{/, (c) => { c.token('p'); c.push('interpol_inner'); c.push('statement') }],
        mixin('root'),
      ],
      interpol_inner: [
        [/}/, (c) => { c.token('p'); c.goto('statement') }],
        mixin('root'),
      ],
    },
  })
}

export const jsx = jsxDefinition('jsx', false)
export const tsx = jsxDefinition('tsx', true)
