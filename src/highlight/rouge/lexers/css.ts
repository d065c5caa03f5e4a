/** Rouge's `css` lexer. */
import { LexerDefinition, mixin } from '../regex-lexer.js'
import { wordSet } from './keywords.js'

const ATTRIBUTES = wordSet('css.attributes')
const BUILTINS = wordSet('css.builtins')
const CONSTANTS = wordSet('css.constants')
const VENDOR_PREFIXES = [...wordSet('css.vendor_prefixes')]

/** Rouge's CSS identifier and number patterns (also used by the Sass/SCSS lexers). */
export const CSS_IDENTIFIER = '[\\p{L}_-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}-]*'
export const CSS_NUMBER = '-?(?:[0-9]+(\\.[0-9]+)?|\\.[0-9]+)'
const UNITS = '(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz)\\b)?'

const id = (prefix = '', suffix = '', flags = 'u') => new RegExp(`${prefix}${CSS_IDENTIFIER}${suffix}`, flags)

/** The class of a property name (known property or vendor-prefixed: `nl`, else `py`). */
export function cssPropertyClass(name: string): string {
  return ATTRIBUTES.has(name) || VENDOR_PREFIXES.some((p) => name.startsWith(p)) ? 'nl' : 'py'
}

/** The class of a value word (colour names and the like: `no`, keywords: `nb`, else `n`). */
export function cssValueClass(word: string): string {
  return CONSTANTS.has(word) ? 'no' : BUILTINS.has(word) ? 'nb' : 'n'
}

export const css = new LexerDefinition({
  name: 'css',
  states: {
    root: [
      mixin('basics'),
      [/\{/, 'p', 'stanza'],
      [id(':[:]?'), 'nd'],
      [id('\\.'), 'nc'],
      [id('#'), 'nf'],
      [id('@'), 'k', 'at_rule'],
      [id(), 'nt'],
      [/[~^*!%&[\]()<>|+=@:;,./?-]/, 'o'],
      [/"(\\\\|\\"|[^"])*"/, 's1'],
      [/'(\\\\|\\'|[^'])*'/, 's2'],
    ],
    value: [
      mixin('basics'),
      [/url\(.*?\)/, 'sx'],
      [/#[0-9a-f]{1,6}/i, 'm'],
      [new RegExp(`${CSS_NUMBER}${UNITS}`), 'm'],
      [/[[\]():/.,]/, 'p'],
      [/"(\\\\|\\"|[^"])*"/, 's1'],
      [/'(\\\\|\\'|[^'])*'/, 's2'],
      [id(), (c) => c.token(cssValueClass(c.m[0]))],
    ],
    at_rule: [
      [id('\\{(?=\\s*', '\\s*:)'), 'p', 'at_stanza'],
      [/\{/, 'p', 'at_body'],
      [/;/, 'p', '#pop'],
      mixin('value'),
    ],
    at_body: [mixin('at_content'), mixin('root')],
    at_stanza: [mixin('at_content'), mixin('stanza')],
    at_content: [[/}/, (c) => { c.token('p'); c.pop(2) }]],
    basics: [
      [/\s+/, ''],
      [/\/\*(?:.*?)\*\//s, 'c'],
    ],
    stanza: [
      mixin('basics'),
      [/}/, 'p', '#pop'],
      [id('(', ')(\\s*)(:)'), (c) => {
        c.groups(cssPropertyClass(c.m[1]!), '', 'p')
        c.push('stanza_value')
      }],
    ],
    stanza_value: [
      [/;/, 'p', '#pop'],
      [/(?=})/, (c) => c.pop()],
      [/!\s*important\b/, 'cp'],
      [/^@.*?$/, 'cp'],
      mixin('value'),
    ],
  },
})
