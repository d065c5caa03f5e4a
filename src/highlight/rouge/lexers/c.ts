/** Rouge's `c` lexer and, built from it, `cpp` (c++). */
import { LexerDefinition, mixin, type Rule, type RuleContext } from '../regex-lexer.js'
import { wordSet } from './keywords.js'

const ID = '[a-zA-Z_][a-zA-Z0-9_]*'
/** Rouge's `ws` (kept without the dot-all flag even inside the function-definition rule, as Ruby interpolation does). */
const WS = '(?:\\s|\\/\\/.*?\\n|\\/[*].*?[*]\\/)+'

interface Words { keywords: ReadonlySet<string>; types: ReadonlySet<string>; reserved: ReadonlySet<string> }

function statements(words: Words): Rule[] {
  return [
    mixin('whitespace'),
    [/(u8|u|U|L)?"/, 's', 'string'],
    [/(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'sc'],
    [/(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, 'mf'],
    [/\d+e[+-]?\d+[lu]*/i, 'mf'],
    [/0x[0-9a-f]+[lu]*/i, 'mh'],
    [/0[0-7]+[lu]*/i, 'mo'],
    [/\d+[lu]*/i, 'mi'],
    [/\*\//, 'err'],
    [/[~!%^&*+=|?:<>/-]/, 'o'],
    [/[()[\],.;]/, 'p'],
    [/\bcase\b/, 'k', 'case'],
    [/(?:true|false|NULL)\b/, 'nb'],
    [new RegExp(ID), (c) => {
      const name = c.m[0]
      c.token(words.keywords.has(name) ? 'k' : words.types.has(name) ? 'kt' : words.reserved.has(name) ? 'kr' : 'n')
    }],
  ]
}

function functionDefinition(c: RuleContext): void {
  c.recurse(c.m[1])
  c.token('nf', c.m[2])
  c.recurse(c.m[3])
  c.recurse(c.m[4])
  c.token('p', c.m[5])
  if (c.m[5] === '{') c.push('function')
}

function states(words: Words): Record<string, Rule[]> {
  return {
    expr_bol: [
      mixin('inline_whitespace'),
      [/#if\s0/, 'c', 'if_0'],
      [/#/, 'cp', 'macro'],
      [/(?:)/, (c) => c.pop()],
    ],
    bol: [
      [new RegExp(`${ID}:(?!:)`), 'nl'],
      mixin('expr_bol'),
    ],
    inline_whitespace: [
      [/[ \t\r]+/, ''],
      [/\\\n/, ''],
      [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'cm'],
    ],
    whitespace: [
      [/\n+/, '', 'bol'],
      [/\/\/(\\.|.)*?$/, 'c1', 'bol'],
      mixin('inline_whitespace'),
    ],
    expr_whitespace: [
      [/\n+/, '', 'expr_bol'],
      mixin('whitespace'),
    ],
    statements: statements(words),
    case: [[/:/, 'p', '#pop'], mixin('statements')],
    root: [
      mixin('expr_whitespace'),
      [new RegExp(`([\\w*\\s]+?[\\s*])(${ID})(\\s*\\([^;]*?\\))((?:${WS})?)(\\{|;)`), functionDefinition],
      [/\{/, 'p', 'function'],
      mixin('statements'),
    ],
    function: [
      mixin('whitespace'),
      mixin('statements'),
      [/;/, 'p'],
      [/\{/, 'p', 'function'],
      [/}/, 'p', '#pop'],
    ],
    string: [
      [/"/, 's', '#pop'],
      [/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'],
      [/[^\\"\n]+/, 's'],
      [/\\\n/, 's'],
      [/\\/, 's'],
    ],
    macro: [
      mixin('include'),
      [/[^/\n\\]+/, 'cp'],
      [/\\[\s\S]/, 'cp'],
      mixin('inline_whitespace'),
      [/\//, 'cp'],
      [/\n/, 'cp', '#pop'],
    ],
    include: [
      [/(include)(\s*)(<[^>]+>)([^\n]*)/, (c) => c.groups('cp', '', 'cpf', 'c1')],
      [/(include)(\s*)("[^"]+")([^\n]*)/, (c) => c.groups('cp', '', 'cpf', 'c1')],
    ],
    if_0: [
      [/^\s*#if/, 'c', 'if_0'],
      [/^\s*#\s*el(?:se|if)/, 'c', '#pop'],
      [/^\s*#\s*endif\b.*?(?<!\\)\n/s, 'c', '#pop'],
      [/.*?\n/, 'c'],
    ],
  }
}

const start = (lexer: import('../regex-lexer.js').LexerRun) => { lexer.stack.push(lexer.definition.state('bol')) }

export const c = new LexerDefinition({
  name: 'c',
  start,
  states: states({ keywords: wordSet('c.keywords'), types: wordSet('c.keywords_type'), reserved: wordSet('c.reserved') }),
})

const C_STATES = states({ keywords: wordSet('cpp.keywords'), types: wordSet('cpp.keywords_type'), reserved: wordSet('cpp.reserved') })
const DQ = "\\d('?\\d)*"

export const cpp = new LexerDefinition({
  name: 'cpp',
  start,
  states: {
    ...C_STATES,
    root: [[/(?:__offload|__blockingoffload|__outer)\b/, 'kp'], ...C_STATES.root!],
    statements: [
      [/(class|struct)\b/, 'k', 'classname'],
      [/template\b/, 'k', 'template'],
      [new RegExp(`${DQ}(\\.${DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\\b`), 'mx'],
      [new RegExp(`(${DQ}[.](${DQ})?|[.]${DQ})(e[+-]?${DQ}[lu]*)?`, 'i'), 'mf'],
      [new RegExp(`${DQ}e[+-]?${DQ}[lu]*`, 'i'), 'mf'],
      [/0x[0-9a-fA-F]('?[0-9a-fA-F])*[lu]*/i, 'mh'],
      [/0b[01]+('[01]+)*/, 'mb'],
      [/0[0-7]('?[0-7])*[lu]*/i, 'mo'],
      [new RegExp(`${DQ}[lu]*`, 'i'), 'mi'],
      [/\bnullptr\b/, 'nb'],
      [/(?:u8|u|U|L)?R"([a-zA-Z0-9_{}[\]#<>%:;.?*+\-/^&|~!=,"']{0,16})\(.*?\)\1"/s, 's'],
      [/(::|<=>)/, 'o'],
      [/[{}]/, 'p'],
      ...C_STATES.statements!,
    ],
    classname: [
      [new RegExp(ID), 'nc', '#pop'],
      mixin('whitespace'),
      [/[.]{3}/, 'o'],
      [/,/, 'p', '#pop'],
      [/(?:)/, (ctx) => ctx.pop()],
    ],
    template: [
      [/[>;]/, 'p', '#pop'],
      [/typename\b/, 'k', 'classname'],
      mixin('statements'),
    ],
    case: [[/:(?!:)/, 'p', '#pop'], mixin('statements')],
  },
})
