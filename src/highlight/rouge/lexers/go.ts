/** Rouge's `go` lexer (golang). */
import { LexerDefinition, mixin } from '../regex-lexer.js'

const g = (...parts: string[]) => `(?:${parts.join('|')})`

const KEYWORD = `\\b${g(...'break default func interface select case defer go map struct chan else goto package switch const fallthrough if range type continue for import return var'.split(' '))}\\b`
const LETTER = g('[\\p{Alphabetic}]', '_')
const IDENTIFIER = `(?!${KEYWORD})${LETTER}(?:${LETTER}|[\\p{Nd}])*`
const OPERATOR = g(...['\\+=', '\\+\\+', '\\+', '&\\^=', '&\\^', '&=', '&&', '&', '==', '=', '!=', '!', '-=', '--', '-',
  '\\|=', '\\|\\|', '\\|', '<=', '<-', '<<=', '<<', '<', '\\*=', '\\*', '\\^=', '\\^', '>>=', '>>', '>=', '>', '\\/',
  '\\/=', ':=', '%', '%=', '\\.\\.\\.', '\\.', ':'])
const SEPARATOR = '[()[\\]{},;]'
const DECIMALS = '[0-9]+'
const EXPONENT = `[eE][+\\-]?${DECIMALS}`
const FLOAT_LIT = g(`${DECIMALS}\\.(?:${DECIMALS})?(?:${EXPONENT})?`, `${DECIMALS}${EXPONENT}`, `\\.${DECIMALS}(?:${EXPONENT})?`)
const INT_LIT = g('0[xX][0-9A-Fa-f]+', '[0-9][0-9]*', '0[0-7]*')
const IMAGINARY_LIT = `${g(DECIMALS, FLOAT_LIT)}i`
const ESCAPED_CHAR = `\\\\[abfnrtv\\\\'"]`
const LITTLE_U = '\\\\u[0-9A-Fa-f]{4}'
const BIG_U = '\\\\U[0-9A-Fa-f]{8}'
const UNICODE_VALUE = g('[^\\n]', LITTLE_U, BIG_U, ESCAPED_CHAR)
const BYTE_VALUE = g('\\\\[0-7]{3}', '\\\\x[0-9A-Fa-f]{2}')
const CHAR_LIT = `'${g(UNICODE_VALUE, BYTE_VALUE)}'`
const ESCAPE_SEQUENCE = g(ESCAPED_CHAR, LITTLE_U, BIG_U, '\\\\x[0-9A-Fa-f]{2}')
const PREDECLARED_TYPES = `\\b${g(...'bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int rune string uint8 uint16 uint32 uint64 uintptr uint'.split(' '))}\\b`
const PREDECLARED_FUNCTIONS = `\\b${g(...'append cap close complex copy delete imag len make new panic print println real recover'.split(' '))}\\b`

const re = (source: string) => new RegExp(source, 'u')

export const go = new LexerDefinition({
  name: 'go',
  states: {
    simple_tokens: [
      [/\/\/(?:(?!\n).)*|\/\*(?:(?!\*\/)[\s\S])*\*\//, 'c'],
      [re(KEYWORD), 'k'],
      [re(PREDECLARED_TYPES), 'kt'],
      [re(PREDECLARED_FUNCTIONS), 'nb'],
      [/\b(?:true|false|iota|nil)\b/, 'no'],
      [re(IMAGINARY_LIT), 'm'],
      [re(FLOAT_LIT), 'm'],
      [re(INT_LIT), 'm'],
      [re(CHAR_LIT), 'sc'],
      [re(OPERATOR), 'o'],
      [re(SEPARATOR), 'p'],
      [re(IDENTIFIER), 'n'],
      [/\s+/, ''],
    ],
    root: [
      mixin('simple_tokens'),
      [/`/, 's', 'raw_string'],
      [/"/, 's', 'interpreted_string'],
    ],
    interpreted_string: [
      [re(ESCAPE_SEQUENCE), 'se'],
      [/\\./, 'err'],
      [/"/, 's', '#pop'],
      [/[^"\\]+/, 's'],
    ],
    raw_string: [
      [/`/, 's', '#pop'],
      [/[^`]+/, 's'],
    ],
  },
})
