/** Rouge's `yaml` lexer (yml), with its indentation tracking. */
import { LexerDefinition, mixin, type LexerRun, type RuleContext } from '../regex-lexer.js'

interface YamlVars {
  indentStack: number[]
  nextIndent: number
  blockScalarIndent: number | null
}

const v = (lexer: LexerRun) => lexer.vars as unknown as YamlVars

function resetIndent(lexer: LexerRun): void {
  Object.assign(lexer.vars, { indentStack: [0], nextIndent: 0, blockScalarIndent: null } satisfies YamlVars)
}

function indent(lexer: LexerRun): number {
  const stack = v(lexer).indentStack
  if (stack.length === 0) throw new Error('empty indent stack!')
  return stack[stack.length - 1]!
}

/** Records the indentation of a new line; returns [text, error] (an under-indented part is an error). */
function saveIndent(lexer: LexerRun, match: string): [string, string] {
  const vars = v(lexer)
  vars.nextIndent = match.length
  if (vars.nextIndent < indent(lexer)) {
    while (vars.nextIndent < indent(lexer)) vars.indentStack.pop()
    return [match.slice(0, indent(lexer)), match.slice(indent(lexer))]
  }
  return [match, '']
}

function setIndent(lexer: LexerRun, match: string, implicit = false): void {
  const vars = v(lexer)
  if (indent(lexer) < vars.nextIndent) vars.indentStack.push(vars.nextIndent)
  if (!implicit) vars.nextIndent += match.length
}

const PLAIN_SCALAR_START = `[^ \\t\\n\\r\\f\\v?:,\\[\\]{}#&*!|>'"%@\`]`

function reset(c: RuleContext, cls: string, next: string): void {
  c.token(cls)
  resetIndent(c.lexer)
  c.push(next)
}

export const yaml = new LexerDefinition({
  name: 'yaml',
  start: resetIndent,
  states: {
    basic: [[/#.*$/, 'c1']],
    root: [
      mixin('basic'),
      [/\n+/, ''],
      [/[ ]+(?=#|$)/, ''],
      [/^%YAML\b/, (c) => reset(c, 'nt', 'yaml_directive')],
      [/^%TAG\b/, (c) => reset(c, 'nt', 'tag_directive')],
      [/^(?:---|\.\.\.)(?= |$)/, (c) => reset(c, 'nn', 'block_line')],
      [/[ ]*(?!\s|$)/, (c) => {
        const [text, err] = saveIndent(c.lexer, c.m[0])
        c.token('', text)
        c.token('err', err)
        c.push('block_line')
        c.push('indentation')
      }],
    ],
    indentation: [
      [/\s*?\n/, (c) => { c.token(''); c.pop(2) }],
      [/[ ]+(?=[-:?](?:[ ]|$))/, (c) => { c.token(''); v(c.lexer).nextIndent += c.m[0].length }],
      [/[?:-](?=[ ]|$)/, (c) => { setIndent(c.lexer, c.m[0]); c.token('pi') }],
      [/[ ]*/, (c) => { c.token(''); v(c.lexer).nextIndent += c.m[0].length; c.pop() }],
    ],
    block_line: [
      [/[ ]*(?=#|$)/, '', '#pop'],
      [/[ ]+/, ''],
      mixin('descriptors'),
      mixin('block_nodes'),
      mixin('flow_nodes'),
      [new RegExp(`(?=${PLAIN_SCALAR_START}|[?:-][^ \\t\\n\\r\\f\\v])`), (c) => { c.token('nv'); c.push('plain_scalar_in_block_context') }],
    ],
    descriptors: [
      [/!<[0-9A-Za-z;/?:@&=+$,_.!~*'()[\]%-]+>/, 'kt'],
      [/(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()[\]%-]*)/, 'kt'],
      [/&[\p{L}\p{Nl}\p{Nd}_-]+/u, 'nl'],
      [/\*[\p{L}\p{Nl}\p{Nd}_-]+/u, 'nv'],
    ],
    block_nodes: [
      [/([^#,:?[\]{}"'\n]+)(:)(?=\s|$)/, (c) => { c.groups('na', 'pi'); setIndent(c.lexer, c.m[0], true) }],
      [/[|>][+-]?/, (c) => { c.token('pi'); c.push('block_scalar_content'); c.push('block_scalar_header') }],
    ],
    flow_nodes: [
      [/\[/, 'pi', 'flow_sequence'],
      [/\{/, 'pi', 'flow_mapping'],
      [/'/, 's1', 'single_quoted_scalar'],
      [/"/, 's2', 'double_quoted_scalar'],
    ],
    flow_collection: [
      [/\s+/, ''],
      mixin('basic'),
      [/[?:,]/, 'pi'],
      mixin('descriptors'),
      mixin('flow_nodes'),
      [new RegExp(`(?=${PLAIN_SCALAR_START})`), (c) => c.push('plain_scalar_in_flow_context')],
    ],
    flow_sequence: [[/\]/, 'pi', '#pop'], mixin('flow_collection')],
    flow_mapping: [[/\}/, 'pi', '#pop'], mixin('flow_collection')],
    block_scalar_content: [
      [/\n+/, ''],
      [/^[ ]+$/, (c) => {
        const text = c.m[0]
        const mark = v(c.lexer).blockScalarIndent ?? text.length
        c.token('', text.slice(0, mark))
        c.token('no', text.slice(mark))
      }],
      [/^[ ]*/, (c) => {
        c.token('')
        const size = c.m[0].length
        const vars = v(c.lexer)
        const dedentLevel = vars.blockScalarIndent ?? indent(c.lexer)
        vars.blockScalarIndent ??= size
        if (size < dedentLevel) {
          saveIndent(c.lexer, c.m[0])
          c.pop()
          c.push('indentation')
        }
      }],
      [/[^\n\r\f\v]+/, 's'],
    ],
    block_scalar_header: [
      [/(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)/, (c) => {
        const vars = v(c.lexer)
        vars.blockScalarIndent = null
        c.goto('ignored_line')
        if (c.m[0] === '') return
        const increment = c.m[2] ?? c.m[3]
        if (increment !== undefined) vars.blockScalarIndent = indent(c.lexer) + Number(increment)
        c.token('pi')
      }],
    ],
    ignored_line: [
      mixin('basic'),
      [/[ ]+/, ''],
      [/\n/, '', '#pop'],
    ],
    quoted_scalar_whitespaces: [
      [/^[ ]+/, ''],
      [/[ ]+$/, ''],
      [/\n+/, ''],
      [/[ ]+/, 'nv'],
    ],
    single_quoted_scalar: [
      mixin('quoted_scalar_whitespaces'),
      [/\\'/, 'se'],
      [/'/, 's', '#pop'],
      [/[^\s']+/, 's'],
    ],
    double_quoted_scalar: [
      [/"/, 's', '#pop'],
      mixin('quoted_scalar_whitespaces'),
      [/\\[0abt\tn\nvfre "\\N_LP]/, 'se'],
      [/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, 'se'],
      [/[^ \t\n\r\f\v"\\]+/, 's'],
    ],
    plain_scalar_in_block_context_new_line: [
      [/^[ ]+\n/, ''],
      [/\n+/, ''],
      [/^(?=---|\.\.\.)/, (c) => c.pop(3)],
      [/^[ ]*/, (c) => {
        c.token('')
        c.pop()
        if (c.m[0].length <= indent(c.lexer)) {
          c.pop()
          saveIndent(c.lexer, c.m[0])
          c.push('indentation')
        }
      }],
    ],
    plain_scalar_in_block_context: [
      [/[ ]*(?=:[ \n]|:$)/, '', '#pop'],
      [/[ ]*:\S+/, 's'],
      [/[ ]+(?=#)/, '', '#pop'],
      [/[ ]+$/, ''],
      [/\n+/, (c) => { c.token(''); c.push('plain_scalar_in_block_context_new_line') }],
      [/[ ]+/, 's'],
      [/true|false|null/, 'no'],
      [/\d+(?:\.\d+)?(?=(\r?\n)| +#)/, 'm', '#pop'],
      [/[^\s:]+/, 's'],
    ],
    plain_scalar_in_flow_context: [
      [/[ ]*(?=[,:?[\]{}])/, '', '#pop'],
      [/[ ]+(?=#)/, '', '#pop'],
      [/^[ ]+/, ''],
      [/[ ]+$/, ''],
      [/\n+/, ''],
      [/[ ]+/, 'nv'],
      [/[^\s,:?[\]{}]+/, 'nv'],
    ],
    yaml_directive: [
      [/([ ]+)(\d+\.\d+)/, (c) => { c.groups('', 'm'); c.goto('ignored_line') }],
    ],
    tag_directive: [
      [/([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()[\]%-]+)/, (c) => { c.groups('', 'kt', '', 'kt'); c.goto('ignored_line') }],
    ],
  },
})
