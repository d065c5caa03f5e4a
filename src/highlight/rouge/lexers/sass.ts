/** Rouge's `sass` lexer (the indented syntax), on Rouge's SassCommon states and its Indentation helper. */
import { LexerDefinition, mixin, type LexerRun, type RuleContext } from '../regex-lexer.js'
import { SASS_COMMON } from './scss.js'

interface IndentVars { blockState?: string; blockIndentation?: string; lastIndentation?: string }
const v = (lexer: LexerRun) => lexer.vars as IndentVars

/** Rouge's Indentation#starts_block. */
function startsBlock(c: RuleContext, state: string): void {
  const vars = v(c.lexer)
  vars.blockState = state
  vars.blockIndentation = vars.lastIndentation ?? ''
}

/** Rouge's Indentation#indentation: a deeper line continues the pending block, any other starts content. */
function indentation(c: RuleContext, indent: string): void {
  const vars = v(c.lexer)
  vars.lastIndentation = indent
  if (vars.blockState !== undefined && indent.startsWith(vars.blockIndentation!) && indent !== vars.blockIndentation) {
    c.push(vars.blockState)
  } else {
    vars.blockState = undefined
    vars.blockIndentation = undefined
    c.push('content')
  }
}

const ID = '[\\w-]+'

export const sass = new LexerDefinition({
  name: 'sass',
  states: {
    ...SASS_COMMON,
    root: [
      [/[ \t]*\n/, ''],
      [/[ \t]*/, (c) => { c.token(''); indentation(c, c.m[0]) }],
    ],
    content: [
      [/\/\/.*?$/, (c) => { c.token('c1'); c.pop(); startsBlock(c, 'single_comment') }],
      [/\/[*].*?\n/, (c) => { c.token('cm'); c.pop(); startsBlock(c, 'multi_comment') }],
      [/@import\b/, 'k', 'import'],
      mixin('content_common'),
      [new RegExp(`=${ID}`), 'nf', 'value'],
      [new RegExp(`[+]${ID}`), 'nd', 'value'],
      [/:/, 'na', 'old_style_attr'],
      [/(?=[^[\n]+?:([^a-z]|$))/, (c) => c.push('attribute')],
      [/(?:)/, (c) => c.push('selector')],
    ],
    single_comment: [[/.*?$/, 'c1', '#pop']],
    multi_comment: [[/.*?\n/, 'cm', '#pop']],
    import: [
      [/[ \t]+/, ''],
      [/\S+/, 's'],
      [/\n/, '', '#pop'],
    ],
    old_style_attr: [
      mixin('attr_common'),
      [/(?:)/, (c) => { c.pop(); c.push('value') }],
    ],
    end_section: [[/\n/, (c) => { c.token(''); c.reset() }]],
  },
})
