/** Rouge's `liquid` lexer. */
import { LexerDefinition, mixin } from '../regex-lexer.js'

/** The string class of a quoted value anywhere in `text`, else `fallback`. */
function quotedClass(text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback
  return /'[^']*'/.test(text) ? 's1' : /"[^"]*"/.test(text) ? 's2' : fallback
}

export const liquid = new LexerDefinition({
  name: 'liquid',
  states: {
    root: [
      [/[^{]+/, ''],
      [/(\{%-?)(\s*)/, (c) => { c.groups('p', 'w'); c.push('tag_or_block') }],
      [/(\{\{-?)(\s*)/, (c) => { c.groups('p', 'w'); c.push('output') }],
      [/\{/, ''],
    ],
    tag_or_block: [
      [/(if|elsif|unless|case)\b/, 'kr', 'condition'],
      [/(when)\b/, 'kr', 'when'],
      [/(else)(\s*)(-?%\})/, (c) => { c.groups('kr', 'w', 'p'); c.pop() }],
      [/(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})/, (c) => { c.groups('nt', 'w', 'nv', 'w', 'p'); c.pop() }],
      [/(comment)(\s*)(-?%\})/, (c) => { c.groups('nt', 'w', 'p'); c.push('comment') }],
      [/(raw)(\s*)(-?%\})/, (c) => { c.groups('nt', 'w', 'p'); c.push('raw') }],
      [/(end(?:if|unless|case))(\s*)(-?%\})/, (c) => { c.groups('kr', 'w', 'p'); c.pop() }],
      [/(end(?:[^\s%]+))(\s*)(-?%\})/, (c) => { c.groups('nt', 'w', 'p'); c.pop() }],
      [/(assign|echo)\b/, 'nt', 'assign'],
      [/(include|render)\b/, 'nt', 'include'],
      [/(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)/, (c) => {
        c.groups('nt', 'w', quotedClass(c.m[3], 'na'), 'w', 'p', 'w')
        c.push('variable_tag_markup')
      }],
      [/(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,|'"]|(?:"[^"]*"|'[^']*'))+)(\s*)/, (c) => {
        c.groups('nt', 'w', 'nv', 'w', 'nt', 'w')
        c.token(quotedClass(c.m[7], 'nv'), c.m[7])
        c.token('w', c.m[8])
        c.push('tag_markup')
      }],
      [/([^\s%]+)(\s*)/, (c) => { c.groups('nt', 'w'); c.push('tag_markup') }],
    ],
    output: [
      [/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, (c) => { c.groups('p', 'w', 'nf'); c.push('filters') }],
      mixin('end_of_tag'),
      mixin('generic'),
    ],
    filters: [
      [/(\|)(\s*)([a-zA-Z_][^\s%}|:]*)/, (c) => c.groups('p', 'w', 'nf')],
      mixin('end_of_tag'),
      mixin('end_of_block'),
      mixin('variable_param_markup'),
    ],
    condition: [
      [/([=!]=|[<>]=?)/, 'o'],
      [/(and|or|contains)\b/, 'ow'],
      mixin('end_of_block'),
      mixin('generic'),
    ],
    when: [mixin('end_of_block'), mixin('generic')],
    end_of_tag: [[/-?\}\}/, (c) => { c.token('p'); c.reset() }]],
    end_of_block: [[/-?%\}/, (c) => { c.token('p'); c.reset() }]],
    param_markup: [
      mixin('whitespace'),
      mixin('keyword'),
      mixin('string'),
      mixin('number'),
      [/([^\s=:]+)(\s*)(=|:)/, (c) => c.groups('na', 'w', 'o')],
      [/[,:]/, 'p'],
    ],
    default_param_markup: [mixin('param_markup'), [/\S+/, '']],
    variable_param_markup: [mixin('param_markup'), mixin('variable'), [/\S+/, '']],
    tag_markup: [[/(reversed)\b/, 'na'], mixin('end_of_block'), mixin('default_param_markup')],
    variable_tag_markup: [mixin('end_of_block'), mixin('variable_param_markup')],
    keyword: [[/(false|true|nil)\b/, 'kc']],
    variable: [
      [/(empty|blank|forloop\.[^\s%}|:]+)\b/, 'nb'],
      [/\.(?=\w)|\[|\]/, 'p'],
      [/(first|last|size)\b/, 'nf'],
      [/[a-zA-Z_][\w-]*\??/, 'nv'],
    ],
    string: [
      [/'[^']*'/, 's1'],
      [/"[^"]*"/, 's2'],
    ],
    number: [
      [/-/, 'o'],
      [/\d+\.\d+/, 'mf'],
      [/\d+/, 'mi'],
    ],
    generic: [mixin('whitespace'), mixin('keyword'), mixin('string'), mixin('number'), mixin('variable')],
    whitespace: [[/[ \t]+/, 'w']],
    comment: [
      [/[^{]+/, 'c'],
      [/(\{%-?)(\s*)(endcomment)(\s*)(-?%\})/, (c) => { c.groups('p', 'w', 'nt', 'w', 'p'); c.reset() }],
      [/\{/, 'c'],
    ],
    raw: [
      [/[^{]+/, ''],
      [/(\{%-?)(\s*)(endraw)(\s*)(-?%\})/, (c) => { c.groups('p', 'w', 'nt', 'w', 'p'); c.reset() }],
      [/\{/, ''],
    ],
    assign: [
      [/=/, 'o'],
      [/(\|)(\s*)([a-zA-Z_][^\s%|:]*)/, (c) => { c.groups('p', 'w', 'nf'); c.push('filters') }],
      mixin('end_of_block'),
      mixin('generic'),
    ],
    include: [
      [/(\{\{-?)(\s*)/, (c) => { c.groups('p', 'w'); c.push('output_embed') }],
      [/(with|for)\b/, 'nt'],
      [/[/\w-]+(\.[\w-]+)+\b/, ''],
      mixin('variable_tag_markup'),
    ],
    output_embed: [
      [/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, (c) => c.groups('p', 'w', 'nf')],
      [/-?\}\}/, 'p', '#pop'],
      mixin('variable_param_markup'),
    ],
  },
})
