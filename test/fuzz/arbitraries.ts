/**
 * Input generators for fuzzing the three parsers that read user files: front matter (YAML), Liquid and
 * Markdown. Each mixes the syntax's own tokens with random text, and now and then repeats one token
 * thousands of times (deep nesting, long runs: where stack overflows and slow regular expressions hide).
 */
import fc from 'fast-check'

/** Text built from `tokens`, random short strings and long repetitions. */
function tokenText(tokens: readonly string[], maxTokens: number): fc.Arbitrary<string> {
  const token = fc.constantFrom(...tokens)
  const piece = fc.oneof(
    { weight: 12, arbitrary: token },
    { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.tuple(token, fc.integer({ min: 2, max: 4000 })).map(([t, n]) => t.repeat(n)) },
  )
  return fc.array(piece, { maxLength: maxTokens }).map((parts) => parts.join(''))
}

const YAML_TOKENS = [
  'title', 'date', 'layout', 'tags', 'permalink', 'a', 'key', '2024-01-01', '2021-13-45 25:61:00 +9999', '10:30',
  ': ', ':', ' ', '  ', '\t', '\n', '\r\n', '- ', '-', '---', '...', '"', "'", '\\', '\\u00e9', '\\x', '[', ']', '{', '}', ',',
  '&a ', '*a', '<<: ', '!!str ', '!!int ', '!!binary ', '!ruby/object ', '? ', '|', '>', '|-', '>+', '#', '%YAML 1.1\n', '%TAG ',
  'yes', 'no', 'on', '~', 'null', '.inf', '-.nan', '0x1F', '0o17', '1_000', '1e3', '010', '1.0', '-0', '@', '`', '\u00a0', '\ufeff', '\u0000',
]

const YAML_SCALARS = [
  'x', 'Hello, world', '"quoted"', "'single'", '"unclosed', "'it''s'", '2024-01-01', '2024-01-01 10:30:00 +0100', '2021-13-45',
  '1', '-1.5', '0x1F', '1e3', 'yes', 'off', '~', 'null', '[a, b]', '[a, [b, c]]', '{k: v}', '{k: [1, 2]}', '&anchor v', '*anchor',
  '|', '>-', '!!str 1', '!!int x', 'a: b', '"\\u00e9\\t"', '[unclosed', '{unclosed', '# comment', '', ' ', '\t',
]
const YAML_KEYS = ['title', 'date', 'layout', 'tags', 'categories', 'permalink', 'published', 'a', '"quoted key"', '? complex', '<<', '-', '']

/** Mostly `…` (the likely case), sometimes one of the others. */
const mostly = <T>(likely: T, ...others: T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(likely) }, { weight: 1, arbitrary: fc.constantFrom(...others) })

/** YAML-like lines: mostly `key: value` maps with nested lists, sometimes bad indentation or tabs. */
const yamlLines: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      mostly('', '  ', '    ', ' ', '\t', '  - ', '- '),
      fc.constantFrom(...YAML_KEYS),
      mostly(': ', ':', ' : ', ''),
      fc.constantFrom(...YAML_SCALARS),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.map((parts) => parts.join('')).join('\n'))

/** A file that starts like front matter: `---`, YAML-ish lines, a closing line, a body. */
export const frontMatterText: fc.Arbitrary<string> = fc
  .tuple(
    mostly('---\n', '---\r\n', '--- \n', '---', '---\n---\n', ''),
    fc.oneof({ weight: 3, arbitrary: yamlLines }, { weight: 1, arbitrary: tokenText(YAML_TOKENS, 40) }),
    mostly('\n---\n', '\n...\n', '\n---', '\n', ''),
    fc.string({ maxLength: 20 }),
  )
  .map((parts) => parts.join(''))

const LIQUID_TOKENS = [
  '{{', '}}', '{%', '%}', '{{-', '-}}', '{%-', '-%}', ' ', '\n', '|', ':', ',', '.', '[', ']', '(', ')', '..', '"', "'", '=', '==', '!=',
  '<', '>', 'and', 'or', 'contains', 'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase',
  'for', 'in', 'endfor', 'break', 'continue', 'limit:', 'offset:', 'reversed', 'cycle', 'tablerow', 'endtablerow',
  'assign', 'capture', 'endcapture', 'increment', 'decrement', 'raw', 'endraw', 'comment', 'endcomment', 'liquid', 'echo',
  'include', 'include_relative', 'a.html', 'rec.html', 'param.html', 'nope.html', '../x', 'render', 'highlight', 'endhighlight',
  'ruby', 'linenos', 'link', 'post_url', 'ifchanged', 'endifchanged',
  'site', 'page', 'site.posts', 'site.data', 'page.title', 'content', 'forloop.index', 'x', 'y', 'nil', 'empty', 'blank', 'true', 'false',
  '0', '1', '2', '3', '7', '-1', '2.5', '(1..3)', '(0..5)',
  'append', 'prepend', 'size', 'first', 'last', 'join', 'split', 'sort', 'sort_natural', 'uniq', 'map', 'where', 'where_exp',
  'group_by', 'group_by_exp', 'find', 'sum', 'date', 'date_to_xmlschema', 'xml_escape', 'cgi_escape', 'uri_escape', 'slugify', 'jsonify',
  'markdownify', 'smartify', 'number_of_words', 'array_to_sentence_string', 'inspect', 'divided_by', 'modulo', 'times', 'plus',
  'minus', 'round', 'ceil', 'floor', 'abs', 'at_least', 'at_most', 'truncate', 'truncatewords', 'replace', 'remove', 'slice',
  'strip_html', 'newline_to_br', 'escape', 'default', 'relative_url', 'absolute_url', 'push', 'pop', 'shift', 'unshift', 'sample',
  'to_integer', 'normalize_whitespace', 'compact', 'concat', 'reverse', 'upcase', 'capitalize', 'url_encode', 'base64_encode',
]

const FILTERS = LIQUID_TOKENS.slice(LIQUID_TOKENS.indexOf('append'))
const VALUES = [
  'site.posts', 'site.pages', 'site.data', 'site.data.a.list', 'site.data.a.map', 'site.tags', 'site.categories', 'site.static_files',
  'site.time', 'page', 'page.title', 'page.tags', 'page.date', 'page.content', 'page.excerpt', 'page.previous', 'content', 'x', 'y', 'nil',
  'empty', 'true', '0', '1', '-3', '2.5', '"a,b,c"', '"<p>é & ü</p>"', "'2024-01-01'", '(1..4)', 'forloop.index', 'site.posts.first.url',
]
const value = fc.constantFrom(...VALUES)
const filterCall = fc
  .tuple(fc.constantFrom(...FILTERS), fc.array(value, { maxLength: 2 }))
  .map(([name, args]) => (args.length > 0 ? `${name}: ${args.join(', ')}` : name))
const output = fc.tuple(value, fc.array(filterCall, { maxLength: 3 })).map(([v, fs]) => `{{ ${[v, ...fs].join(' | ')} }}`)
const condition = fc
  .tuple(value, fc.constantFrom('==', '!=', '<', '>=', 'contains', 'and', 'or'), value)
  .map(([a, op, b]) => `${a} ${op} ${b}`)

/** Well-formed templates: nested if/for/case/capture blocks with outputs, filters and includes. */
const liquidTemplate: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.string({ maxLength: 8 }),
    output,
    fc.tuple(condition, tie('nodes'), fc.option(tie('nodes'))).map(([c, a, b]) => `{% if ${c} %}${a}${b === null ? '' : `{% else %}${b}`}{% endif %}`),
    fc.tuple(value, fc.constantFrom('', ' limit: 2', ' reversed', ' offset: 1'), tie('nodes')).map(([v, o, body]) => `{% for x in ${v}${o} %}${body}{% endfor %}`),
    fc.tuple(value, tie('nodes')).map(([v, body]) => `{% case ${v} %}{% when 1, "a" %}${body}{% else %}-{% endcase %}`),
    fc.tuple(value, fc.array(filterCall, { maxLength: 2 })).map(([v, fs]) => `{% assign y = ${[v, ...fs].join(' | ')} %}`),
    tie('nodes').map((body) => `{% capture y %}${body}{% endcapture %}`),
    fc.constantFrom('{% include a.html x=1 %}', '{% include param.html x=page.title %}', '{% raw %}{{ x }}{% endraw %}', '{% cycle "a", "b" %}'),
    fc.constantFrom('{% increment n %}', '{% comment %}x{% endcomment %}', '{% highlight ruby %}a = 1{% endhighlight %}'),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('')),
})).nodes

/** Liquid templates: well-formed ones, and tags, outputs, filters and variables in every order. */
export const liquidText: fc.Arbitrary<string> = fc.oneof(liquidTemplate, tokenText(LIQUID_TOKENS, 50))

const MARKDOWN_TOKENS = [
  '\n', '\n\n', ' ', '  ', '    ', '\t', '#', '# ', '## ', '###### ', '>', '> ', '-', '- ', '* ', '+ ', '1. ', '2) ', '*', '**', '_', '__',
  '~~', '`', '```', '~~~', '```ruby\n', '[', ']', '(', ')', '![', '](', '[^1]', '[^1]: ', '[a]: ', 'http://x.org/', '<', '>', '</',
  '<div>', '</div>', '<div markdown="1">', '<span>', '<!--', '-->', '<pre>', '</pre>', '<script>', '&amp;', '&#x1F;', '&', '\\',
  '|', '| a |', '|---|', ':', ': ', '{:', '}', '{: .c #id key="v"}', '{::comment}', '{:/comment}', '{::nomarkdown}', '{:/}',
  '{:toc}', '*[HTML]: ', '$$', '$', '---', '***', '___', '===', '"', "'", '--', '...', '<<', '>>', 'word', 'a', 'éß', '\u00a0', '\u2028',
  '[ ] ', '[x] ', '^', '~', 'http://', 'www.', '@', 'mailto:', '<http://a>', '  \n', '\\\n', '\r', '\r\n',
]

/** Markdown documents with kramdown's extensions. */
export const markdownText: fc.Arbitrary<string> = tokenText(MARKDOWN_TOKENS, 60)

/** URLs as a permalink might make them: `..`, `%2e`, backslashes, absolute paths, NUL bytes. */
export const urlText: fc.Arbitrary<string> = tokenText(
  ['/', '..', '.', '%2e', '%2E%2e', '%2f', '\\', 'a', 'b.html', '~', 'C:', '//', '?', '#', ' ', '%00', '\u0000', ':title', 'index.html', 'é'],
  20,
)
