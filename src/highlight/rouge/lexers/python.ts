/** Rouge's `python` lexer (py, python3...), with f-strings and string prefixes. */
import { LexerDefinition, type LexerRun } from '../regex-lexer.js'
import { wordSet } from './keywords.js'

const KEYWORDS = wordSet('python.keywords')
const BUILTINS = wordSet('python.builtins')
const BUILTINS_PSEUDO = wordSet('python.builtins_pseudo')
const EXCEPTIONS = wordSet('python.exceptions')

const IDENTIFIER = '[\\p{Alphabetic}_][\\p{Alphabetic}\\p{Nd}_]*'
const DOTTED = '[\\p{Alphabetic}_.][\\p{Alphabetic}\\p{Nd}_.]*'
const DIGITS = '[0-9](_?[0-9])*'
const DECIMAL = `((${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`
const EXPONENT = `[eE][+-]?${DIGITS}`

/** The open strings: [prefix (lower-case), delimiter], innermost last. */
const strings = (lexer: LexerRun) => (lexer.vars.strings ??= []) as Array<[string, string]>
const current = (lexer: LexerRun) => strings(lexer)[strings(lexer).length - 1]!

export const python: LexerDefinition = new LexerDefinition({
  name: 'python',
  states: {
    root: [
      [/\n+/, ''],
      [/^(:)(\s*)([ru]{0,2}""".*?""")/is, (c) => c.groups('p', '', 'sd')],
      [/[^\S\n]+/, ''],
      [/#(.*)?\n?/, 'c1'],
      [/[[\]{}:(),;.]/, 'p'],
      [/\\\n/, ''],
      [/\\/, ''],
      [/(in|is|and|or|not)\b/, 'ow'],
      [/(<<|>>|\/\/|\*\*)=?/, 'o'],
      [/[-~+/*%=<>&^|@]=?|!=/, 'o'],
      [new RegExp(`(from)((?:\\\\\\s|\\s)+)(${DOTTED})((?:\\\\\\s|\\s)+)(import)`, 'u'), (c) => c.groups('kn', '', 'nn', '', 'kn')],
      [new RegExp(`(import)(\\s+)(${DOTTED})`, 'u'), (c) => c.groups('kn', '', 'nn')],
      [/(def)((?:\s|\\\s)+)/, (c) => { c.groups('k', ''); c.push('funcname') }],
      [/(class)((?:\s|\\\s)+)/, (c) => { c.groups('k', ''); c.push('classname') }],
      [/`.*?`/, 'sb'],
      [/([rfbu]{0,2})('''|"""|['"])/i, (c) => {
        c.groups('sa', 's')
        strings(c.lexer).push([c.m[1]!.toLowerCase(), c.m[2]!])
        c.push('generic_string')
      }],
      [new RegExp(`@${DOTTED}`, 'iu'), 'nd'],
      [new RegExp(`(?<!\\.)${IDENTIFIER}`, 'u'), (c) => {
        const w = c.m[0]
        c.token(KEYWORDS.has(w) ? 'k' : EXCEPTIONS.has(w) || BUILTINS.has(w) ? 'nb' : BUILTINS_PSEUDO.has(w) ? 'bp' : 'n')
      }],
      [new RegExp(IDENTIFIER, 'u'), 'n'],
      [new RegExp(`${DECIMAL}(${EXPONENT})?j?`, 'i'), 'mf'],
      [new RegExp(`${DIGITS}${EXPONENT}j?`, 'i'), 'mf'],
      [new RegExp(`${DIGITS}j`, 'i'), 'mf'],
      [/0b(_?[0-1])+/i, 'mb'],
      [/0o(_?[0-7])+/i, 'mo'],
      [/0x(_?[a-f0-9])+/i, 'mh'],
      [/\d+L/, 'il'],
      [/([1-9](_?[0-9])*|0(_?0)*)/, 'mi'],
    ],
    funcname: [[new RegExp(IDENTIFIER, 'u'), 'nf', '#pop']],
    classname: [[new RegExp(IDENTIFIER, 'u'), 'nc', '#pop']],
    generic_string: [
      [/[^'"\\{]+/, 's'],
      [/\{\{/, 's'],
      [/'''|"""|['"]/, (c) => {
        c.token('s')
        if (current(c.lexer)[1] === c.m[0]) {
          strings(c.lexer).pop()
          c.pop()
        }
      }],
      [/(?=\\)/, 's', 'generic_escape'],
      [/\{/, (c) => {
        if (current(c.lexer)[0].includes('f')) {
          c.token('si')
          c.push('generic_interpol')
        } else {
          c.token('s')
        }
      }],
    ],
    generic_escape: [
      [/\\([\\abfnrtv"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, (c) => {
        c.token(current(c.lexer)[0].includes('r') ? 's' : 'se')
        c.pop()
      }],
      [/\\./, 's', '#pop'],
    ],
    generic_interpol: [
      [/[^{}!:]+/, (c) => c.recurse()],
      [/![asr]/, 'si'],
      [/:/, 'si'],
      [/\{/, 'si', 'generic_interpol'],
      [/}/, 'si', '#pop'],
    ],
  },
})
