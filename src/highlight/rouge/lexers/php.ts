/** Rouge's `php` lexer: HTML around `<?php … ?>` (or inline PHP with `start_inline`). */
import { LexerDefinition, mixin, type LexerRun, type RuleContext } from '../regex-lexer.js'
import type { RougeLexerOptions } from '../rouge-lexer.js'
import { html } from './html.js'
import { wordSet } from './keywords.js'

const KEYWORDS = wordSet('php.keywords')
let builtins: ReadonlySet<string> | undefined
const BUILTINS = () => (builtins ??= wordSet('php.builtins'))

const ID = '[\\p{L}_][\\p{L}\\p{N}_]*'
const NS = `(?:${ID}\\\\)+`
const ID_WITH_NS = `(?:${NS})?${ID}`
const u = (source: string, flags = '') => new RegExp(source, `u${flags}`)
const parent = (lexer: LexerRun) => lexer.vars.parent as LexerRun

function functionName(c: RuleContext): void {
  const name = c.m[0].toLowerCase()
  c.token(KEYWORDS.has(name) ? 'k' : BUILTINS().has(name) ? 'nb' : 'nf')
}

function name(c: RuleContext): void {
  const word = c.m[0]
  const lower = word.toLowerCase()
  if (lower === 'use') { c.push('in_use'); c.token('kn') }
  else if (lower === 'const') { c.push('in_const'); c.token('k') }
  else if (lower === 'catch') { c.push('in_catch'); c.token('k') }
  else if (lower === 'public' || lower === 'protected' || lower === 'private') { c.push('in_visibility'); c.token('k') }
  else if (lower === 'stdclass') c.token('nc')
  else if (KEYWORDS.has(lower)) c.token('k')
  else if (/^__.*?__$/.test(word)) c.token('nb')
  else if (/^(E|PHP)(_\p{Uppercase}+)+$/u.test(word)) c.token('kc')
  else if (/(\\|^)\p{Uppercase}[\p{Uppercase}\p{Nd}_]+$/u.test(word)) c.token('no')
  else if (/(\\|^)\p{Uppercase}[\p{Alphabetic}\p{Nd}]*?$/u.test(word)) c.token('nc')
  else c.token('n')
}

function phpDefinition(startInline: boolean | 'guess'): LexerDefinition {
  return new LexerDefinition({
    name: 'php',
    start: (lexer) => {
      lexer.vars.parent = html.run()
      if (startInline === true) lexer.stack.push(lexer.definition.state('php'))
      else if (startInline === 'guess') lexer.stack.push(lexer.definition.state('start'))
    },
    states: {
      escape: [[/\?>/, (c) => { c.token('cp'); c.reset() }]],
      return: [[/(?:)/, (c) => c.pop()]],
      start: [
        [/\s*(?=<)/, (c) => { c.delegate(parent(c.lexer)); c.pop() }],
        [/[^$]+(?=<\?(php|=))/i, (c) => { c.delegate(parent(c.lexer)); c.pop() }],
        [/(?:)/, (c) => c.goto('php')],
      ],
      names: [
        [u(`${ID_WITH_NS}(?=\\s*\\()`), functionName],
        [u(ID_WITH_NS), name],
      ],
      operators: [[/[~!%^&*+|:.<>/@-]+/, 'o']],
      string: [
        [/"/, 's2', '#pop'],
        [/[^\\{$"]+/, 's2'],
        [/\\u\{[0-9a-fA-F]+\}/, 'se'],
        [/\\([efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})/, 'se'],
        [u(`\\$${ID}(\\[\\S+\\]|->${ID})?`), 'nv'],
        [/\{\$\{/, 'si', 'string_interp_double'],
        [/\{(?=\$)/, 'si', 'string_interp_single'],
        [/(\{)(\S+)(\})/, (c) => c.groups('si', 'nv', 'si')],
        [/[${\\]+/, 's2'],
      ],
      string_interp_double: [[/\}\}/, 'si', '#pop'], mixin('php')],
      string_interp_single: [[/\}/, 'si', '#pop'], mixin('php')],
      values: [
        [u(`<<<(["']?)(${ID})\\1\\n.*?\\n\\s*\\2;?`, 'is'), 'sh'],
        [/(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?/i, 'mf'],
        [/0[0-7][0-7_]*/, 'mo'],
        [/0b[01][01_]*/i, 'mb'],
        [/0x[a-f0-9][a-f0-9_]*/i, 'mh'],
        [/\d[_\d]*/, 'mi'],
        [/'([^'\\]*(?:\\.[^'\\]*)*)'/, 's1'],
        [/`([^`\\]*(?:\\.[^`\\]*)*)`/, 'sb'],
        [/"/, 's2', 'string'],
        [/(function|fn)\b/i, (c) => {
          c.push('in_function_return')
          c.push('in_function_params')
          c.push('in_function_name')
          c.token('k')
        }],
        [/(true|false|null)\b/i, 'kc'],
        [/new\b/i, 'k', 'in_new'],
      ],
      variables: [
        [u(`\\$\\{\\$+${ID}\\}`), 'nv'],
        [u(`\\$+${ID}`), 'nv'],
      ],
      whitespace: [
        [/\s+/, ''],
        [/#.*?$/, 'c1'],
        [/\/\/.*?$/, 'c1'],
        [/\/\*\*(?!\/).*?\*\//s, 'cd'],
        [/\/\*.*?\*\//s, 'cm'],
      ],
      root: [
        [/<\?(php|=)?/i, 'cp', 'php'],
        [/.*?(?=<\?)|.*/s, (c) => c.delegate(parent(c.lexer))],
      ],
      php: [
        mixin('escape'),
        mixin('whitespace'),
        mixin('variables'),
        mixin('values'),
        [u(`(namespace)(\\s+)(${ID_WITH_NS})`, 'i'), (c) => c.groups('kn', '', 'nn')],
        [u(`(class|interface|trait|extends|implements)(\\s+)(${ID_WITH_NS})`, 'i'), (c) => c.groups('kd', '', 'nc')],
        mixin('names'),
        [/[;,(){}[\]]/, 'p'],
        mixin('operators'),
        [/[=?]/, 'o'],
      ],
      in_assign: [
        [/,/, 'p', '#pop'],
        [/[[\]]/, 'p'],
        [/\(/, 'p', 'in_assign_function'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('values'),
        mixin('variables'),
        mixin('names'),
        mixin('operators'),
        mixin('return'),
      ],
      in_assign_function: [
        [/\)/, 'p', '#pop'],
        [/,/, 'p'],
        mixin('in_assign'),
      ],
      in_catch: [
        [/\(/, 'p'],
        [/\|/, 'o'],
        [u(ID), 'nc'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_const: [
        [u(ID), 'no'],
        [/=/, 'o', 'in_assign'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_function_body: [
        [/\{/, 'p', '#push'],
        [/}/, 'p', '#pop'],
        mixin('php'),
      ],
      in_function_name: [
        [/&/, 'o'],
        [u(ID), 'n'],
        [/\(/, 'p', '#pop'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_function_params: [
        [/\)/, 'p', '#pop'],
        [/,/, 'p'],
        [/[.]{3}/, 'p'],
        [/=/, 'o', 'in_assign'],
        [/\b(?:public|protected|private|readonly)\b/i, 'k'],
        [u(`\\??${ID}`), 'kt', 'in_assign'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('variables'),
        mixin('return'),
      ],
      in_function_return: [
        [/:/, 'p'],
        [/use\b/i, 'k', 'in_function_use'],
        [u(`\\??${ID}`), 'kt', 'in_assign'],
        [/\{/, (c) => { c.token('p'); c.goto('in_function_body') }],
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_function_use: [
        [/[,(]/, 'p'],
        [/&/, 'o'],
        [/\)/, 'p', '#pop'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('variables'),
        mixin('return'),
      ],
      in_new: [
        [/class\b/i, (c) => { c.token('kd'); c.goto('in_new_class') }],
        [u(ID_WITH_NS), 'nc', '#pop'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
      in_new_class: [
        [/\}/, 'p', '#pop'],
        [/\{/, 'p'],
        mixin('php'),
      ],
      in_use: [
        [/[,}]/, 'p'],
        [/(function|const)\b/i, 'k'],
        [u(`(${NS})(\\{)`), (c) => c.groups('nn', 'p')],
        [u(`${ID_WITH_NS}(_${ID})+`), 'nf'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('names'),
        mixin('return'),
      ],
      in_visibility: [
        [/\b(?:readonly|static)\b/i, 'k'],
        [/(?=(abstract|const|function)\b)/i, 'k', '#pop'],
        [u(`\\??${ID}`), 'kt', '#pop'],
        mixin('escape'),
        mixin('whitespace'),
        mixin('return'),
      ],
    },
  })
}

const DEFINITIONS = new Map<string, LexerDefinition>()

/** Rouge's PHP lexer for the `start_inline` option (true, false or guessed from the text). */
export function phpLexer(options: RougeLexerOptions): LexerDefinition {
  const raw = options.start_inline
  // Rouge's as_bool: only `0`, `false` and `off` are false.
  const mode = raw === undefined ? 'guess' : !['0', 'false', 'off'].includes(raw)
  const key = String(mode)
  let found = DEFINITIONS.get(key)
  if (!found) DEFINITIONS.set(key, (found = phpDefinition(mode)))
  return found
}
