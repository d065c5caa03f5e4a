/**
 * Small broken sites, one per kind of bad input. `record-jekyll.ts` builds each with real Jekyll 4.3.1 and
 * stores the outcome in jekyll-outcomes.json; the tests build each with Utterson and check that it fails
 * where Jekyll fails and only warns where Jekyll only warns, naming the file (and line) in the message.
 */

export interface ErrorCase {
  name: string
  /** Files of the site, relative to its source. */
  files: Record<string, string | Uint8Array>
  /** What Utterson's message must name: the file (relative to the source) and, when there is one, the line. */
  expect: { file?: string; line?: number; code?: string; text?: RegExp }
  /** Output files (relative to the destination) that must exist after a successful build. */
  outputs?: string[]
  /**
   * Set when Utterson deliberately does not follow Jekyll, with the reason; the test then checks Utterson's
   * own outcome (`exit`), and the recorded Jekyll outcome stays as evidence.
   */
  differs?: { exit: 0 | 1; reason: string }
}

const page = (frontMatter: string, body = 'Hello\n') => `---\n${frontMatter}---\n${body}`
const INDEX = { 'index.html': page('title: home\n') }
const layout = (body = '<main>{{ content }}</main>\n') => `---\n---\n${body}`
/** Bytes: the text with a byte that is never valid in UTF-8 (0xFF) at `{BAD}`. */
const withBadByte = (text: string): Uint8Array => {
  const [before = '', after = ''] = text.split('{BAD}')
  return Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)])
}
/** Why two posts with broken front matter end up at other URLs than in Jekyll (same exit status, same log). */
const POST_DATA_AFTER_ERROR =
  'both log the error and build the post; Jekyll then also skips the date and slug of the file name (2024/01/01/2021-01-01-hello.html), Utterson keeps them'
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8, 0x00, 0x01])

export const CASES: ErrorCase[] = [
  // ---- YAML in front matter ----------------------------------------------------------------------
  {
    name: 'front-matter-bad-indentation',
    files: { 'index.md': page('title: a\n  bad: indentation\n') },
    expect: { file: 'index.md', line: 3, code: 'FRONT_MATTER_YAML_SYNTAX' },
  },
  {
    name: 'front-matter-tab-indentation',
    files: { 'index.md': page('title: a\nlist:\n\t- x\n') },
    expect: { file: 'index.md', line: 4, code: 'FRONT_MATTER_YAML_SYNTAX' },
  },
  {
    name: 'front-matter-unclosed-quote',
    files: { 'index.md': page('title: "unclosed\n') },
    expect: { file: 'index.md', line: 2, code: 'FRONT_MATTER_YAML_SYNTAX' },
  },
  {
    name: 'front-matter-list-instead-of-map',
    files: { 'index.md': page('- a\n- b\n') },
    expect: { file: 'index.md', line: 2 },
  },
  {
    name: 'front-matter-scalar-instead-of-map',
    files: { 'index.md': page('just a sentence\n') },
    expect: { file: 'index.md', line: 2 },
  },
  {
    name: 'front-matter-list-in-layout',
    files: { '_layouts/default.html': '---\n- a\n---\n{{ content }}\n', 'index.md': page('layout: default\n') },
    expect: { file: '_layouts/default.html', line: 2, code: 'FRONT_MATTER_NOT_A_MAP' },
  },
  {
    name: 'front-matter-bad-indentation-in-post',
    files: { ...INDEX, '_posts/2021-01-01-hello.md': page('title: a\n  b: c\n') },
    expect: { file: '_posts/2021-01-01-hello.md', line: 3 },
    differs: { exit: 0, reason: POST_DATA_AFTER_ERROR },
  },
  {
    name: 'front-matter-list-in-post',
    files: { ...INDEX, '_posts/2021-01-01-hello.md': page('- a\n') },
    expect: { file: '_posts/2021-01-01-hello.md' },
    differs: { exit: 0, reason: POST_DATA_AFTER_ERROR },
  },
  {
    name: 'front-matter-bad-indentation-strict',
    files: { '_config.yml': 'strict_front_matter: true\n', 'index.md': page('title: a\n  bad: indentation\n') },
    expect: { file: 'index.md', line: 3, code: 'FRONT_MATTER_YAML_SYNTAX' },
  },

  // ---- _config.yml -------------------------------------------------------------------------------
  {
    name: 'config-bad-indentation',
    files: { ...INDEX, '_config.yml': 'title: a\n  bad: x\n' },
    expect: { file: '_config.yml', line: 2, code: 'CONFIG_YAML_SYNTAX' },
  },
  {
    name: 'config-tab-indentation',
    files: { ...INDEX, '_config.yml': 'title: a\nexclude:\n\t- x\n' },
    expect: { file: '_config.yml', line: 3, code: 'CONFIG_YAML_SYNTAX' },
  },
  {
    name: 'config-unclosed-quote',
    files: { ...INDEX, '_config.yml': 'title: "a\nurl: x\n' },
    expect: { file: '_config.yml', line: 1, code: 'CONFIG_YAML_SYNTAX' },
  },
  {
    name: 'config-list-instead-of-map',
    files: { ...INDEX, '_config.yml': '- a\n- b\n' },
    expect: { file: '_config.yml', code: 'CONFIG_NOT_A_MAP' },
  },
  {
    name: 'config-scalar-instead-of-map',
    files: { ...INDEX, '_config.yml': 'hello\n' },
    expect: { file: '_config.yml', code: 'CONFIG_NOT_A_MAP' },
  },
  {
    name: 'config-exclude-not-a-list',
    files: { ...INDEX, '_config.yml': 'exclude: foo\n' },
    expect: { code: 'CONFIG_NOT_AN_ARRAY', text: /'exclude' should be set as an array/ },
  },

  // ---- dates -------------------------------------------------------------------------------------
  {
    name: 'date-invalid-in-file-name',
    files: { ...INDEX, '_posts/2021-13-45-x.md': page('title: x\n') },
    expect: { file: '_posts/2021-13-45-x.md', code: 'INVALID_DATE' },
  },
  {
    name: 'date-invalid-in-front-matter',
    files: { ...INDEX, '_posts/2021-01-01-x.md': page('title: x\ndate: not a date\n') },
    expect: { file: '_posts/2021-01-01-x.md', line: 3, code: 'INVALID_DATE' },
  },
  {
    name: 'date-out-of-range-in-front-matter',
    files: { ...INDEX, '_posts/2021-01-01-x.md': page('title: x\ndate: 2021-13-45\n') },
    expect: { file: '_posts/2021-01-01-x.md', line: 3, code: 'INVALID_DATE' },
  },
  {
    name: 'date-invalid-in-collection-document',
    files: {
      ...INDEX,
      '_config.yml': 'collections:\n  things:\n    output: true\n',
      '_things/a.md': page('date: garbage\n'),
    },
    expect: { file: '_things/a.md', line: 2, code: 'INVALID_DATE' },
  },
  {
    name: 'date-day-rolls-over-in-file-name',
    files: { ...INDEX, '_posts/2021-02-30-x.md': page('title: x\n') },
    expect: {},
    outputs: ['2021/03/02/x.html'],
  },
  {
    name: 'date-invalid-in-page-is-just-text',
    files: { 'p.md': page('date: garbage\n', 'date {{ page.date }}\n') },
    expect: {},
    outputs: ['p.html'],
  },

  // ---- Liquid ------------------------------------------------------------------------------------
  {
    name: 'liquid-unclosed-if',
    files: { 'index.md': page('title: x\n', 'line4\n{% if true %}\nunclosed\n') },
    expect: { file: 'index.md', line: 5, code: 'LIQUID_SYNTAX' },
  },
  {
    name: 'liquid-unknown-tag',
    files: { 'index.md': page('title: x\n', 'line4\n{% nosuchtag %}\n') },
    expect: { file: 'index.md', line: 5, code: 'LIQUID_SYNTAX' },
  },
  {
    name: 'liquid-divided-by-zero',
    files: { 'index.md': page('title: x\n', 'line4\n{{ 1 | divided_by: 0 }}\n') },
    expect: { file: 'index.md', line: 5, code: 'LIQUID_RUNTIME' },
  },
  {
    name: 'liquid-error-in-layout',
    files: { '_layouts/default.html': '---\n---\n<p>\n{{ content | divided_by: 0 }}\n', 'index.md': page('layout: default\n') },
    expect: { file: '_layouts/default.html', line: 4, code: 'LIQUID_RUNTIME' },
  },
  {
    name: 'liquid-unknown-filter-lax',
    files: { 'index.md': page('title: x\n', 'line4\n{{ 1 | nosuchfilter }}\n') },
    expect: {},
    outputs: ['index.html'],
  },
  {
    name: 'liquid-unknown-filter-strict',
    files: { '_config.yml': 'liquid:\n  strict_filters: true\n', 'index.md': page('title: x\n', 'line4\n{{ 1 | nosuchfilter }}\n') },
    expect: { file: 'index.md', line: 5, code: 'LIQUID_UNDEFINED_FILTER' },
  },
  {
    name: 'liquid-undefined-variable-strict',
    files: { '_config.yml': 'liquid:\n  strict_variables: true\n', 'index.md': page('title: x\n', 'line4\n{{ nosuchvar }}\n') },
    expect: { file: 'index.md', line: 5, code: 'LIQUID_UNDEFINED_VARIABLE' },
  },
  {
    name: 'include-missing',
    files: { 'index.md': page('title: x\n', 'line4\n{% include nope.html %}\n') },
    expect: { file: 'index.md', line: 5, code: 'INCLUDE_NOT_FOUND' },
  },
  {
    name: 'include-recursion',
    files: { '_includes/a.html': 'a {% include a.html %}', 'index.md': page('title: x\n', 'line4\n{% include a.html %}\n') },
    expect: { file: '_includes/a.html', line: 1, code: 'INCLUDE_RECURSION' },
  },
  {
    name: 'include-mutual-recursion',
    files: {
      '_includes/a.html': 'a {% include b.html %}',
      '_includes/b.html': 'b\n{% include a.html %}',
      'index.md': page('title: x\n', 'line4\n{% include a.html %}\n'),
    },
    expect: { code: 'INCLUDE_RECURSION', text: /_includes\/[ab]\.html:\d/ },
  },
  {
    name: 'include-outside-includes',
    files: { 'secret.txt': 'secret\n', 'index.html': page('title: x\n', 'x\n{% include ../secret.txt %}\n') },
    expect: { file: 'index.html', line: 5 },
  },

  // ---- layouts -----------------------------------------------------------------------------------
  {
    name: 'layout-missing',
    files: { 'index.md': page('layout: nope\n') },
    expect: { file: 'index.md', code: 'LAYOUT_MISSING' },
    outputs: ['index.html'],
  },
  {
    name: 'layout-loop',
    files: {
      '_layouts/a.html': '---\nlayout: b\n---\nA{{ content }}',
      '_layouts/b.html': '---\nlayout: a\n---\nB{{ content }}',
      'index.md': page('layout: a\n'),
    },
    expect: {},
    outputs: ['index.html'],
  },

  // ---- encodings, empty and binary files -----------------------------------------------------------
  {
    name: 'invalid-utf8-in-markdown-page',
    files: { 'index.md': withBadByte('---\ntitle: x\n---\nline4 {BAD} bad\n') },
    expect: { file: 'index.md', line: 4, code: 'INVALID_ENCODING' },
  },
  {
    name: 'invalid-utf8-in-front-matter',
    files: { 'index.md': withBadByte('---\ntitle: x{BAD}\n---\nline4\n') },
    expect: { file: 'index.md', line: 2, code: 'INVALID_ENCODING' },
  },
  {
    name: 'invalid-utf8-in-layout',
    files: { '_layouts/d.html': withBadByte('---\n---\nL{BAD}{{ content }}'), 'index.md': page('layout: d\n') },
    expect: { file: '_layouts/d.html', line: 3, code: 'INVALID_ENCODING' },
  },
  {
    name: 'invalid-utf8-in-post',
    files: { ...INDEX, '_posts/2021-01-01-a.md': withBadByte('---\ntitle: x\n---\nline4 {BAD}\n') },
    expect: { file: '_posts/2021-01-01-a.md' },
    outputs: ['index.html'],
  },
  {
    name: 'invalid-utf8-in-data',
    files: { ...INDEX, '_data/a.yml': withBadByte('a: 1\nb: "x{BAD}"\n') },
    expect: { file: '_data/a.yml', line: 2 },
  },
  {
    name: 'invalid-utf8-in-config',
    files: { ...INDEX, '_config.yml': withBadByte('title: ok\ndescription: "x{BAD}"\n') },
    expect: { file: '_config.yml', line: 2 },
  },
  {
    name: 'invalid-utf8-in-html-page-without-liquid',
    files: { 'img.html': withBadByte('---\n---\nbinary {BAD} here\n') },
    expect: { file: 'img.html', line: 3, code: 'INVALID_ENCODING' },
    differs: {
      exit: 1,
      reason: 'Jekyll warns and copies the raw bytes, front matter included; Utterson stops: the page cannot be decoded as text',
    },
  },
  {
    name: 'empty-files',
    files: {
      '_config.yml': '',
      '_posts/2021-01-01-e.md': '',
      'e.md': '',
      '_layouts/e.html': '',
      '_includes/e.html': '',
      '_data/e.yml': '',
      '_data/c.csv': '',
      'fm-only.md': '---\n---\n',
      'index.html': '---\ntitle: t\n---\n[{% include e.html %}][{{ site.data.e | jsonify }}][{{ site.data.c | jsonify }}]',
    },
    expect: {},
    outputs: ['index.html', 'e.md', 'fm-only.html'],
  },
  {
    name: 'binary-static-file',
    files: { 'img.png': PNG, ...INDEX },
    expect: {},
    outputs: ['img.png', 'index.html'],
  },
  {
    name: 'binary-file-in-posts',
    files: { '_posts/2021-01-01-img.png': PNG, ...INDEX },
    expect: { file: '_posts/2021-01-01-img.png' },
    outputs: ['index.html'],
  },

  // ---- data files --------------------------------------------------------------------------------
  {
    name: 'data-json-unclosed-array',
    files: { ...INDEX, '_data/a.json': '{\n  "a": 1,\n  "b": [1, 2\n}\n' },
    expect: { file: '_data/a.json', line: 3, code: 'DATA_FILE_SYNTAX' },
  },
  {
    name: 'data-json-trailing-comma',
    files: { 'index.html': page('title: t\n', '{{ site.data.a.b }}'), '_data/a.json': '{\n  "a": 1,\n  "b": 2,\n}\n' },
    expect: {},
    outputs: ['index.html'],
  },
  {
    name: 'data-yaml-bad-indentation',
    files: { ...INDEX, '_data/a.yml': 'a: 1\n b: 2\n' },
    expect: { file: '_data/a.yml', line: 2, code: 'DATA_FILE_SYNTAX' },
  },
  {
    name: 'data-csv-ragged-rows',
    files: { 'index.html': page('title: t\n', '{{ site.data.a | jsonify }}'), '_data/a.csv': 'a,b,c\n1,2\n3,4,5,6\n' },
    expect: {},
    outputs: ['index.html'],
  },
  {
    name: 'data-csv-unclosed-quote',
    files: { ...INDEX, '_data/a.csv': 'a,b\n1,"unclosed\n3,4\n' },
    expect: { file: '_data/a.csv', line: 2, code: 'DATA_FILE_SYNTAX' },
  },
  {
    name: 'data-csv-stray-quote',
    files: { ...INDEX, '_data/a.csv': 'a,b\n1,x"y\n3,4\n' },
    expect: { file: '_data/a.csv', line: 2, code: 'DATA_FILE_SYNTAX' },
  },

  // ---- permalinks --------------------------------------------------------------------------------
  {
    name: 'permalink-with-dot-dot',
    files: {
      'index.md': page('permalink: /../../../../tmp/utterson-escape.html\n'),
      'sub/b.md': page('permalink: ../../x/../y/\n'),
      '_posts/2021-01-01-a.md': page('permalink: /:categories/../../../../../evil/:title.html\ncategories: ["..", "../.."]\n'),
    },
    expect: {},
    outputs: ['tmp/utterson-escape.html', 'x/y/index.html', 'evil/a.html'],
  },

  // ---- pathological sizes ------------------------------------------------------------------------
  {
    name: 'deeply-nested-liquid-blocks',
    files: { 'index.html': page('title: deep\n', `${'{% if true %}'.repeat(2000)}x${'{% endif %}'.repeat(2000)}\n`) },
    expect: { file: 'index.html', line: 4, code: 'LIQUID_NESTING_TOO_DEEP' },
  },
  {
    name: 'deeply-nested-lists',
    files: { 'index.md': page('title: deep\n', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')) },
    expect: {},
    outputs: ['index.html'],
  },
  {
    name: 'deeply-nested-blockquotes',
    files: { 'index.md': page('title: deep\n', `${'>'.repeat(5000)} deep\n`) },
    expect: {},
    outputs: ['index.html'],
    differs: { exit: 0, reason: 'kramdown overflows the Ruby stack (SystemStackError); Utterson builds the page' },
  },
  {
    name: 'very-long-line',
    files: { 'index.md': page('title: long\n', `${'word *emph* [link](http://x) _a_ `c` '.repeat(20000)}\n`) },
    expect: {},
    outputs: ['index.html'],
    differs: { exit: 0, reason: 'kramdown takes minutes on this line (the recording stops it after 60 s); Utterson builds it in about a second' },
  },
]
