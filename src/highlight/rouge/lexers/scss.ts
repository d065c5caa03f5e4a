/** Rouge's `scss` lexer (on Rouge's SassCommon states). */
import { LexerDefinition, mixin, type Rule } from '../regex-lexer.js'
import { wordSet } from './keywords.js'

const ATTRIBUTES = wordSet('css.attributes')
const BUILTINS = wordSet('css.builtins')
const CONSTANTS = wordSet('css.constants')
const ID = '[\\w-]+'
const id = (prefix = '', suffix = '') => new RegExp(`${prefix}${ID}${suffix}`)

/** SassCommon's states, shared by the SCSS and Sass syntaxes. */
export const SASS_COMMON: Record<string, Rule[]> = {
  content_common: [
    [/@for\b/, 'k', 'for'],
    [/@(debug|warn|if|each|while|else|return|media)/, 'k', 'value'],
    [id('(@mixin)(\\s+)(', ')'), (c) => { c.groups('k', '', 'nf'); c.push('value') }],
    [id('(@function)(\\s+)(', ')'), (c) => { c.groups('k', '', 'nf'); c.push('value') }],
    [/@extend\b/, 'k', 'selector'],
    [id('(@include)(\\s+)(', ')'), (c) => { c.groups('k', '', 'nd'); c.push('value') }],
    [id('@'), 'k', 'selector'],
    [/&/, 'k', 'selector'],
    [id('([$]', ')([ \\t]*)(:)'), (c) => { c.groups('nv', '', 'p'); c.push('value') }],
  ],
  value: [
    mixin('end_section'),
    [/[ \t]+/, ''],
    [id('[$]'), 'nv'],
    [/url[(]/, 'sx', 'string_url'],
    [id('', '(?=\\s*[(])'), 'nf'],
    [id('%'), 'nd'],
    [/(true|false)\b/, 'bp'],
    [/(and|or|not)\b/, 'ow'],
    [/#[a-z0-9]{1,6}/i, 'mh'],
    [/-?\d+(%|[a-z]+)?/, 'm'],
    [/-?\d*\.\d+(%|[a-z]+)?/, 'mi'],
    mixin('has_strings'),
    mixin('has_interp'),
    [/[~^*!&%<>|+=@:,./?-]+/, 'o'],
    [/[[\]()]+/, 'p'],
    [/\/[*]/, 'cm', 'inline_comment'],
    [/\/\/[^\n]*/, 'c1'],
    // SassCommon tests CSS builtins before constants (CSS's own value rule does the opposite).
    [id(), (c) => c.token(BUILTINS.has(c.m[0]) ? 'nb' : CONSTANTS.has(c.m[0]) ? 'no' : 'n')],
  ],
  has_interp: [[/[#][{]/, 'si', 'interpolation']],
  has_strings: [
    [/"/, 's2', 'dq'],
    [/'/, 's1', 'sq'],
  ],
  interpolation: [[/}/, 'si', '#pop'], mixin('value')],
  selector: [
    mixin('end_section'),
    mixin('has_strings'),
    mixin('has_interp'),
    [/[ \t]+/, ''],
    [/:/, 'nd', 'pseudo_class'],
    [/[.]/, 'nc', 'class'],
    [/#/, 'nn', 'id'],
    [/%/, 'nv', 'placeholder'],
    [id(), 'nt'],
    [/&/, 'k'],
    [/[~^*!&[\]()<>|+=@:;,./?-]/, 'o'],
  ],
  dq: [
    [/"/, 's2', '#pop'],
    mixin('has_interp'),
    [/(\\.|#(?![{])|[^\n"#])+/, 's2'],
  ],
  sq: [
    [/'/, 's1', '#pop'],
    mixin('has_interp'),
    [/(\\.|#(?![{])|[^\n'#])+/, 's1'],
  ],
  string_url: [
    [/[)]/, 'sx', '#pop'],
    [/(\\.|#(?![{])|[^\n)#])+/, 'sx'],
    mixin('has_interp'),
  ],
  selector_piece: [mixin('has_interp'), [/(?:)/, (c) => c.pop()]],
  pseudo_class: [[id(), 'nd'], mixin('selector_piece')],
  class: [[id(), 'nc'], mixin('selector_piece')],
  id: [[id(), 'nn'], mixin('selector_piece')],
  placeholder: [[id(), 'nv'], mixin('selector_piece')],
  for: [[/(from|to|through)/, 'ow'], mixin('value')],
  attr_common: [
    mixin('has_interp'),
    [id(), (c) => c.token(ATTRIBUTES.has(c.m[0]) ? 'nl' : 'na')],
  ],
  attribute: [
    mixin('attr_common'),
    [/([ \t]*)(:)/, (c) => { c.groups('', 'p'); c.push('value') }],
  ],
  inline_comment: [
    [/(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+/, 'cm'],
    mixin('has_interp'),
    [/[*]\//, 'cm', '#pop'],
  ],
}

export const scss = new LexerDefinition({
  name: 'scss',
  states: {
    ...SASS_COMMON,
    root: [
      [/\s+/, ''],
      [/\/\/.*?$/, 'c1'],
      [/\/[*].*?[*]\//s, 'cm'],
      [/@import\b/, 'k', 'value'],
      mixin('content_common'),
      [/(?=[^;{}][;}])/, (c) => c.push('attribute')],
      [/(?=[^;{}:[]+:[^a-z])/, (c) => c.push('attribute')],
      [/(?:)/, (c) => c.push('selector')],
    ],
    end_section: [
      [/\n/, ''],
      [/[;{}]/, (c) => { c.token('p'); c.reset() }],
    ],
  },
})
