/** Rouge's `ruby` lexer (rb), with heredocs and `%`-literals. */
import { LexerDefinition, mixin, type LexerRun, type Rule, type RuleContext } from '../regex-lexer.js'

const KEYWORDS = `BEGIN END alias begin break case defined\\? do else elsif end ensure for if in next redo rescue raise
  retry return super then undef unless until when while yield`
const KEYWORDS_PSEUDO = `loop include extend raise alias_method attr catch throw private module_function public protected
  true false nil __FILE__ __LINE__`
const BUILTINS_G = `attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding callcc
  caller catch chomp chop class_eval class_variables clone const_defined\\? const_get const_missing const_set constants
  display dup eval exec exit extend fail fork format freeze getc gets global_variables gsub hash id included_modules
  inspect instance_eval instance_method instance_methods instance_variable_get instance_variable_set
  instance_variables lambda load local_variables loop method method_missing methods module_eval name object_id open
  p print printf private_class_method private_instance_methods private_methods proc protected_instance_methods
  protected_methods public_class_method public_instance_methods public_methods putc puts raise rand readline
  readlines require require_relative scan select self send set_trace_func singleton_methods sleep split sprintf srand
  sub syscall system taint test throw to_a to_s trace_var trap untaint untrace_var warn`
const BUILTINS_Q = `autoload block_given const_defined eql equal frozen include instance_of is_a iterator kind_of
  method_defined nil private_method_defined protected_method_defined public_method_defined respond_to tainted`
const BUILTINS_B = 'chomp chop exit gsub sub'

const alt = (words: string) => words.trim().split(/\s+/).join('|')

const DELIMITERS: Readonly<Record<string, string>> = { '{': '}', '[': ']', '(': ')', '<': '>' }

/** Ruby's Regexp.escape for one delimiter character. */
function rubyEscape(ch: string): string {
  if (ch === '\n') return '\\n'
  if (ch === '\t') return '\\t'
  return '.*?+^$|()[]{}\\-# '.includes(ch) ? `\\${ch}` : ch
}

/** Ruby's String#squeeze: runs of the same character collapse to one. */
const squeeze = (s: string) => s.replace(/(.)\1+/gs, '$1')

type Heredoc = [tolerant: boolean, name: string]
const queue = (lexer: LexerRun) => lexer.vars.heredocs as Heredoc[]

/** The state of a `%q(...)`-style literal: nesting delimiters, escapes, interpolation when allowed. */
function sigilRules(open: string, close: string, interp: boolean, tok: string): Rule[] {
  let uniq = squeeze(`${open}${close}`)
  if (open === close && open === '\\#') uniq = ''
  const rules: Rule[] = [[new RegExp(`\\\\[#${uniq}\\\\]`), 'se']]
  if (open !== close) rules.push([new RegExp(open), (c) => { c.token(tok); c.push() }])
  rules.push([new RegExp(close), tok, '#pop'])
  if (interp) rules.push(mixin('string_intp_escaped'), [/#/, tok])
  else rules.push([/[\\#]/, tok])
  rules.push([new RegExp(`[^#${uniq}\\\\]+`), tok])
  return rules
}

function sigilString(c: RuleContext): void {
  const kind = c.m[1]
  const delimiter = c.m[2]!
  const open = rubyEscape(delimiter)
  const close = rubyEscape(DELIMITERS[delimiter] ?? delimiter)
  const interp = kind !== undefined && /[rQWxI]/.test(kind)
  let tok = 'sx'
  if (kind === 'r') {
    tok = 'sr'
    c.push('regex_flags')
  }
  c.token(tok)
  c.pushDynamic(`sigil ${open} ${close} ${interp} ${tok}`, () => sigilRules(open, close, interp, tok))
}

function simpleString(fin: string, tok: string): Rule[] {
  return [
    mixin('string_intp_escaped'),
    [new RegExp(`[^\\\\${fin}#]+`), tok],
    [/[\\#]/, tok],
    [new RegExp(fin), tok, '#pop'],
  ]
}

const DECIMAL = '[\\d]+(?:_\\d+)*'
const EXP = '[eE][+-]?\\d+'

export const ruby = new LexerDefinition({
  name: 'ruby',
  start: (lexer) => {
    lexer.stack.push(lexer.definition.state('expr_start'))
    lexer.vars.heredocs = []
  },
  states: {
    symbols: [
      [/:@{0,2}[a-z_]\w*[!?]?/i, 'ss'],
      [/:(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)/, 'ss'],
      [/:'(\\\\|\\'|[^'])*'/, 'ss'],
      [/:"/, 'ss', 'simple_sym'],
    ],
    sigil_strings: [[/%([rqswQWxiI])?([^\w\s])/, sigilString]],
    strings: [
      mixin('symbols'),
      [/\b[a-z_]\w*?[?!]?:\s+/, 'ss', 'expr_start'],
      [/'(\\\\|\\'|[^'])*'/, 's1'],
      [/"/, 's2', 'simple_string'],
      [/(?<!\.)`/, 'sb', 'simple_backtick'],
    ],
    regex_flags: [[/[mixounse]*/, 'sr', '#pop']],
    simple_string: simpleString('"', 's2'),
    simple_sym: simpleString('"', 'ss'),
    simple_backtick: simpleString('`', 'sb'),
    whitespace: [
      mixin('inline_whitespace'),
      [/\n\s*/, '', 'expr_start'],
      [/#.*$/, 'c1'],
      [/=begin\b.*?\n=end\b/s, 'cm'],
    ],
    inline_whitespace: [[/[ \t\r]+/, '']],
    root: [
      mixin('whitespace'),
      [/__END__/, 'cp', 'end_part'],
      [/0_?[0-7]+(?:_[0-7]+)*/, 'mo'],
      [/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'mh'],
      [/0b[01]+(?:_[01]+)*/, 'mb'],
      [new RegExp(`${DECIMAL}(?:\\.${DECIMAL}(?:${EXP})?|${EXP})`), 'mf'],
      [new RegExp(DECIMAL), 'mi'],
      [/@@[a-z_]\w*/i, 'vc'],
      [/@[a-z_]\w*/i, 'vi'],
      [/\$\w+/, 'vg'],
      [/\$[!@&`'+~=/\\,;.<>_*$?:"]/, 'vg'],
      [/\$-[0adFiIlpvw]/, 'vg'],
      [/::/, 'o'],
      mixin('strings'),
      [new RegExp(`(?:${alt(KEYWORDS)})(?=\\W|$)`), 'k', 'expr_start'],
      [new RegExp(`(?:${alt(KEYWORDS_PSEUDO)})\\b`), 'kp', 'expr_start'],
      [/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, (c) => c.groups('k', '', 'nn')],
      [/(def\b)(\s*)/, (c) => { c.groups('k', ''); c.push('funcname') }],
      [/(class\b)(\s*)/, (c) => { c.groups('k', ''); c.push('classname') }],
      [new RegExp(`(?:${alt(BUILTINS_Q)})[?]`), 'nb', 'expr_start'],
      [new RegExp(`(?:${alt(BUILTINS_B)})!`), 'nb', 'expr_start'],
      [new RegExp(`(?<!\\.)(?:${alt(BUILTINS_G)})\\b`), 'nb', 'method_call'],
      mixin('has_heredocs'),
      [/\.{2,3}/, 'o', 'expr_start'],
      [/[A-Z][a-zA-Z0-9_]*/, 'no', 'method_call'],
      [/(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+\-/[<>=])/, (c) => { c.groups('p', '', 'nf'); c.push('method_call') }],
      [/[a-zA-Z_]\w*[?!]/, 'n', 'expr_start'],
      [/[a-zA-Z_]\w*/, 'n', 'method_call'],
      [/\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\./, 'o', 'expr_start'],
      [/[-+/*%=<>&!^|~]=?/, 'o', 'expr_start'],
      [/[?]/, (c) => { c.token('p'); c.push('ternary'); c.push('expr_start') }],
      [/[[({,:\\;/]/, 'p', 'expr_start'],
      [/[\])}]/, 'p'],
    ],
    has_heredocs: [
      [/(?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)/, (c) => {
        const [, op, q1, name, q2] = c.m
        c.token('o', op)
        c.token('no', `${q1 ?? ''}${name ?? ''}${q2 ?? ''}`)
        queue(c.lexer).push([op === '<<-' || op === '<<~', name!])
        if (!c.isState('heredoc_queue')) c.push('heredoc_queue')
      }],
      [/(<<[-~]?)(["'])(\2)/, (c) => {
        const [, op, q1, q2] = c.m
        c.token('o', op)
        c.token('no', `${q1 ?? ''}${q2 ?? ''}`)
        queue(c.lexer).push([op === '<<-' || op === '<<~', ''])
        if (!c.isState('heredoc_queue')) c.push('heredoc_queue')
      }],
    ],
    heredoc_queue: [
      [/(?=\n)/, (c) => c.goto('resolve_heredocs')],
      mixin('root'),
    ],
    resolve_heredocs: [
      mixin('string_intp_escaped'),
      [/\n/, 'sh', 'test_heredoc'],
      [/[#\\\n]/, 'sh'],
      [/[^#\\\n]+/, 'sh'],
    ],
    test_heredoc: [
      [/[^#\\\n]*$/, (c) => {
        const heredocs = queue(c.lexer)
        const [tolerant, name] = heredocs[0] ?? [false, undefined]
        const text = c.m[0]
        const check = tolerant ? text.replace(/^[\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '') : text.replace(/[\0\t\n\v\f\r ]+$/, '')
        if (check === name) {
          heredocs.shift()
          if (heredocs.length === 0) c.pop()
          c.token('no')
        } else {
          c.token('sh')
        }
        c.pop()
      }],
      [/(?:)/, (c) => c.pop()],
    ],
    funcname: [
      [/\s+/, ''],
      [/\(/, 'p', 'defexpr'],
      [/(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)/, (c) => {
        c.groups('nc', 'o', 'nf')
        c.pop()
      }],
      [/(?:)/, (c) => c.pop()],
    ],
    classname: [
      [/\s+/, ''],
      [/\w+(::\w+)+/, 'nc'],
      [/\(/, (c) => { c.token('p'); c.push('defexpr'); c.push('expr_start') }],
      [/<</, (c) => { c.token('o'); c.goto('expr_start') }],
      [/[A-Z_]\w*/, 'nc', '#pop'],
      [/(?:)/, (c) => c.pop()],
    ],
    ternary: [
      [/(:)(\s+)/, (c) => { c.groups('p', ''); c.goto('expr_start') }],
      [/:(?![^#\n]*?[:\\])/, (c) => { c.token('p'); c.goto('expr_start') }],
      mixin('root'),
    ],
    defexpr: [
      [/(\))(\.|::)?/, (c) => { c.groups('p', 'o'); c.pop() }],
      [/\(/, (c) => { c.token('p'); c.push('defexpr'); c.push('expr_start') }],
      mixin('root'),
    ],
    in_interp: [[/}/, 'si', '#pop'], mixin('root')],
    string_intp: [
      [/[#][{]/, 'si', 'in_interp'],
      [/#(@@?|\$)[a-z_]\w*/i, 'si'],
    ],
    string_intp_escaped: [
      mixin('string_intp'),
      [/\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/, 'se'],
      [/\\./, 'se'],
    ],
    method_call: [
      [/\/|%/, (c) => { c.token('o'); c.goto('expr_start') }],
      [/(?=\n)/, (c) => c.pop()],
      [/(?:)/, (c) => c.goto('method_call_spaced')],
    ],
    method_call_spaced: [
      mixin('whitespace'),
      [/[%/]=/, (c) => { c.token('o'); c.goto('expr_start') }],
      [/(\/)(?=\S|\s*\/)/, (c) => { c.token('sr'); c.goto('slash_regex') }],
      mixin('sigil_strings'),
      [/(?=\s*\/)/, (c) => c.pop()],
      [/\s+/, (c) => { c.token(''); c.goto('expr_start') }],
      [/(?:)/, (c) => c.pop()],
    ],
    expr_start: [
      mixin('inline_whitespace'),
      [/\//, (c) => { c.token('sr'); c.goto('slash_regex') }],
      [/[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)/, 'sc', '#pop'],
      [/(\s*)(%[rqswQWxiI]? \S* )/, (c) => { c.groups('', 'sx'); c.pop() }],
      mixin('sigil_strings'),
      [/(?:)/, (c) => c.pop()],
    ],
    slash_regex: [
      mixin('string_intp'),
      [/\\\\/, 'sr'],
      [/\\\//, 'sr'],
      [/[\\#]/, 'sr'],
      [/[^\\/#]+/, 'sr'],
      [/\//, (c) => { c.token('sr'); c.goto('regex_flags') }],
    ],
    end_part: [[/[\s\S]+/, 'cp', '#pop']],
  },
})
