/** Rouge's `haskell` lexer (hs). */
import { LexerDefinition, mixin, type Rule } from '../regex-lexer.js'

const RESERVED = new Set('_ case class data default deriving do else if in infix infixl infixr instance let newtype of then type where'.split(' '))
const ASCII = 'NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB CAN EM SUB ESC [FGRU]S SP DEL'.split(' ').join('|')
const SYMBOLS = ':!#$%&*+.\\\\/<=>?@^|~-'

function commentState(token: string): Rule[] {
  return [
    [/-}/, token, '#pop'],
    [/\{-/, token, 'comment'],
    [/[^-{}]+/, token],
    [/[-{}]/, token],
  ]
}

export const haskell = new LexerDefinition({
  name: 'haskell',
  states: {
    basic: [
      [/\s+/, ''],
      [/\{-#/, 'cp', 'comment_preproc'],
      [/\{-/, 'cm', 'comment'],
      [/^--\s+\|.*?$/, 'cd'],
      [/--(?![!#$%&*+./<=>?@^|_~]).*?$/, 'c1'],
    ],
    comment: commentState('cm'),
    comment_preproc: commentState('cp'),
    root: [
      mixin('basic'),
      [/'(?=(?:.|\\\S+)')/, 'sc', 'character'],
      [/"/, 's', 'string'],
      [/\d+e[+-]?\d+/i, 'mf'],
      [/\d+\.\d+(e[+-]?\d+)?/i, 'mf'],
      [/0o[0-7]+/i, 'mo'],
      [/0x[\da-f]+/i, 'mh'],
      [/\d+/, 'mi'],
      [/[\w']+/, (c) => {
        const word = c.m[0]
        if (word === 'import') { c.token('kr'); c.push('import') }
        else if (word === 'module') { c.token('kr'); c.push('module') }
        else if (RESERVED.has(word)) c.token('kr')
        else if (/^'?[A-Z]/.test(word)) c.token('kt')
        else c.token('n')
      }],
      [new RegExp(`\\\\(?![${SYMBOLS}]+)`), 'nf'],
      [new RegExp(`(<-|::|->|=>|=)(?![${SYMBOLS}]+)`), 'o'],
      [new RegExp(`:[${SYMBOLS}]*`), 'o'],
      [new RegExp(`[${SYMBOLS}]+`), 'o'],
      [/\[\s*\]/, 'kt'],
      [/\(\s*\)/, 'nb'],
      [/(\[)([_a-z][\w']*)(\|)/, (c) => { c.token('o', c.m[1]); c.token('n', c.m[2]); c.token('o', c.m[3]); c.push('quasiquotation') }],
      [/[[\](),;`{}]/, 'p'],
    ],
    import: [
      [/\s+/, ''],
      [/"/, 's', 'string'],
      [/\bqualified\b/, 'k'],
      [/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/, (c) => { c.groups('nn', '', 'k', '', 'n'); c.pop() }],
      [/([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()/, (c) => { c.groups('nn', '', 'k', '', 'p'); c.goto('funclist') }],
      [/([A-Z][\w.]*)(\s+)(\()/, (c) => { c.groups('nn', '', 'p'); c.goto('funclist') }],
      [/[\w.]+/, 'nn', '#pop'],
    ],
    module: [
      [/\s+/, ''],
      [/([A-Z][\w.]*)(\s+)(\()/, (c) => { c.groups('nn', '', 'p'); c.push('funclist') }],
      [/\bwhere\b/, 'kr', '#pop'],
      [/[A-Z][a-zA-Z0-9_.]*/, 'nn', '#pop'],
    ],
    funclist: [
      mixin('basic'),
      [/[A-Z]\w*/, 'kt'],
      [/(_[\w']+|[a-z][\w']*)/, 'nf'],
      [/,/, 'p'],
      [new RegExp(`[${SYMBOLS}]+`), 'o'],
      [/\(/, 'p', 'funclist'],
      [/\)/, 'p', '#pop'],
    ],
    character: [
      [/\\/, (c) => { c.token('se'); c.goto('character_end'); c.push('escape') }],
      [/./u, (c) => { c.token('sc'); c.goto('character_end') }],
    ],
    character_end: [
      [/'/, 'sc', '#pop'],
      [/./u, 'err', '#pop'],
    ],
    quasiquotation: [
      [/\|\]/, 'o', '#pop'],
      [/[^|]+/, ''],
      [/\|/, ''],
    ],
    string: [
      [/"/, 's', '#pop'],
      [/\\/, 'se', 'escape'],
      [/[^\\"]+/, 's'],
    ],
    escape: [
      [/[abfnrtv"'&\\]/, 'se', '#pop'],
      [/\^[\][A-Z@^_]/, 'se', '#pop'],
      [new RegExp(ASCII), 'se', '#pop'],
      [/o[0-7]+/i, 'se', '#pop'],
      [/x[\da-f]+/i, 'se', '#pop'],
      [/\d+/, 'se', '#pop'],
      [/\s+\\/, 'se', '#pop'],
    ],
  },
})
