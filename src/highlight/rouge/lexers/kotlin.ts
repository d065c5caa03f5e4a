/** Rouge's `kotlin` lexer. */
import { LexerDefinition } from '../regex-lexer.js'

const KEYWORDS = `abstract annotation as break by catch class companion const constructor continue crossinline do dynamic
  else enum external false final finally for fun get if import in infix inline inner interface internal is lateinit
  noinline null object open operator out override package private protected public reified return sealed set super
  suspend tailrec this throw true try typealias typeof val var vararg when where while yield`.trim().split(/\s+/).join('|')

const NAME_CHARS = '[-_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}\\p{Nd}\\p{Pc}\\p{Cf}\\p{Mn}\\p{Mc}]*'
const CLASS_NAME = `\`?[\\p{Lu}]${NAME_CHARS}\`?`
const NAME = `\`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]${NAME_CHARS}\`?`
const DEC = '(?:([0-9][0-9_]*[0-9])|[0-9])'
const EXPONENT = `[eE][+-]?(${DEC})`
const DOUBLE = `(?:((${DEC})?\\.${DEC}(${EXPONENT})?)|(${DEC}${EXPONENT}))`
const u = (source: string, flags = '') => new RegExp(source, `u${flags}`)

export const kotlin = new LexerDefinition({
  name: 'kotlin',
  states: {
    root: [
      [/\b(companion)(\s+)(object)\b/, (c) => c.groups('k', '', 'k')],
      [/\b(class|data\s+class|interface|object)(\s+)/, (c) => { c.groups('kd', ''); c.push('class') }],
      [/\b(fun)(\s+)/, (c) => { c.groups('k', ''); c.push('function') }],
      [/\b(package|import)(\s+)/, (c) => { c.groups('k', ''); c.push('package') }],
      [/\b(val|var)(\s+)(\()/, (c) => { c.groups('kd', '', 'p'); c.push('destructure') }],
      [/\b(val|var)(\s+)/, (c) => { c.groups('kd', ''); c.push('property') }],
      [u(`(return|continue|break|this|super)(@${NAME})?\\b`), (c) => c.groups('k', 'nd')],
      [/\bfun\b/, 'k'],
      [new RegExp(`\\b(?:${KEYWORDS})\\b`), 'k'],
      [/^\s*\[.*?\]/, 'na'],
      [/[^\S\n]+/, ''],
      [/\\\n/, ''],
      [/\/\/.*?$/, 'c1'],
      [/\/[*].*[*]\//, 'cm'],
      [/\/[*].*/, 'cm', 'comment'],
      [/\n/, ''],
      [/(::)(class)/, (c) => c.groups('o', 'k')],
      [/::|!!|\?[:.]/, 'o'],
      [/(\.\.)/, 'o'],
      [new RegExp(`(${DOUBLE}[fF]?)|(${DEC}[fF])`), 'mf'],
      [/0[bB]([01][01_]*[01]|[01])[uU]?L?/, 'mb'],
      [/0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?/, 'mh'],
      [/(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?/, 'mi'],
      [/[~!%^&*()+=|[\]:;,.<>/?-]/, 'p'],
      [/[{}]/, 'p'],
      [/@"(""|[^"])*"/, 's'],
      [/""".*?"""/s, 's'],
      [/"(\\\\|\\"|[^"\n])*["\n]/, 's'],
      [/'\\.'|'[^\\]'/, 'sc'],
      [u(`(@${CLASS_NAME})`), 'nd'],
      [u(`(${CLASS_NAME})(<)`), (c) => { c.groups('nc', 'p'); c.push('generic_parameters') }],
      [u(CLASS_NAME), 'nc'],
      [u(`(${NAME})(?=\\s*[({])`), 'nf'],
      [u(`(${NAME})@`), 'nd'],
      [u(NAME), 'n'],
    ],
    package: [[/\S+/, 'nn', '#pop']],
    class: [[u(CLASS_NAME), 'nc', '#pop']],
    function: [
      [/(<)/, 'p', 'generic_parameters'],
      [/(\s+)/, ''],
      [u(`(${CLASS_NAME})(\\.)`), (c) => c.groups('nc', 'p')],
      [u(NAME), 'nf', '#pop'],
    ],
    generic_parameters: [
      [u(CLASS_NAME), 'nc'],
      [/(<)/, 'p', 'generic_parameters'],
      [/(reified|out|in)/, 'k'],
      [/([,:.?])/, 'p'],
      [/(\s+)/, ''],
      [/(>)/, 'p', '#pop'],
    ],
    property: [
      [/(<)/, 'p', 'generic_parameters'],
      [/(\s+)/, ''],
      [u(NAME), 'py', '#pop'],
    ],
    destructure: [
      [/(,)/, 'p'],
      [/(\))/, 'p', '#pop'],
      [/(\s+)/, ''],
      [u(NAME), 'py'],
    ],
    comment: [
      [/\/[*]/, 'cm', 'comment'],
      [/[*]\//, 'cm', '#pop'],
      [/[^/*]+/, 'cm'],
      [/[/*]/, 'cm'],
    ],
  },
})
