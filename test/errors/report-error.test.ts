/**
 * How errors are printed (Jekyll's topic column, the file:line, a code frame, a hint; the stack with
 * --trace) and the catalog itself (one entry per code, each with a title and a message).
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { reportError } from '../../src/cli/report-error.js'
import { catalogError, catalogWarning, ErrorCatalog } from '../../src/errors/index.js'
import { BuildError, codeFrame } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'

function printed(run: () => void): string[] {
  const lines: string[] = []
  const { sink, level } = log
  log.sink = { out: (l) => lines.push(l), err: (l) => lines.push(l) }
  log.level = 'info'
  try {
    run()
  } finally {
    log.sink = sink
    log.level = level
  }
  return lines.join('\n').replace(/\x1b\[[0-9;]*m/g, '').split('\n')
}

const SOURCE = '---\ntitle: x\n---\nline 4\n{{ 1 | divided_by: 0 }}\nline 6\n'

describe('reportError', () => {
  const error = catalogError(ErrorCatalog.LiquidRuntime, { reason: 'divided by 0' }, { file: 'index.md', line: 5, col: 1, source: SOURCE })

  test('prints the topic, the message with file:line and a code frame; the stack only with --trace', () => {
    const lines = printed(() => reportError(error, false))
    assert.equal(lines[0], '  Liquid Exception: Liquid error: divided by 0 in index.md:5:1')
    assert.deepEqual(lines.slice(1, 6).map((l) => l.slice(20)), ['   3| ---', '   4| line 4', '>> 5| {{ 1 | divided_by: 0 }}', '      ^', '   6| line 6'])
    assert.equal(lines.at(-1)?.trim(), 'Use --trace to see the full backtrace.')
    assert.ok(!lines.some((l) => l.includes('at ')), 'no stack without --trace')
  })

  test('--trace adds the code and the stack of the error and of its causes', () => {
    const wrapped = catalogError(ErrorCatalog.ConversionError, { file: 'a.md', converter: 'Markdown', reason: 'boom' }, { file: 'a.md' }, new RangeError('boom'))
    const lines = printed(() => reportError(wrapped, true)).join('\n')
    assert.match(lines, /Code: CONVERSION_ERROR/)
    assert.match(lines, /at .*report-error\.test\.ts/)
    assert.match(lines, /Caused by: RangeError: boom/)
  })

  test('an error that is not a BuildError is reported as a probable bug, not as the site\'s fault', () => {
    const lines = printed(() => reportError(new TypeError("Cannot read properties of undefined (reading 'x')"), false)).join('\n')
    assert.match(lines, /Error: Cannot read properties of undefined/)
    assert.match(lines, /looks like a bug in Utterson/)
  })

  test('warnings print on one log entry (one entry in log.warnings) with the location and the hint', () => {
    const before = log.warnings.length
    const lines = printed(() => catalogWarning(ErrorCatalog.LayoutMissing, { layout: 'post', file: 'a.md' }, { file: 'a.md', line: 2 }))
    assert.equal(log.warnings.length, before + 1)
    assert.equal(lines[0], "     Build Warning: Layout 'post' requested in a.md does not exist. (a.md:2)")
    assert.match(lines[1] ?? '', /^ {20}hint: Layouts are files in _layouts/)
    log.warnings.length = before
  })
})

describe('codeFrame', () => {
  test('a column far into a long line shows a window around it, the caret under the column', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`
    const frame = codeFrame(`first\n${line}\nlast`, 2, 5001).split('\n')
    const marked = frame.find((l) => l.startsWith('>>')) ?? ''
    const caret = frame[frame.indexOf(marked) + 1] ?? ''
    assert.ok(marked.length < 200, 'the line is cut')
    assert.equal(marked[caret.indexOf('^')], 'X')
  })

  test('a line past the end of the file gives what there is, without throwing', () => {
    assert.doesNotThrow(() => codeFrame('one\ntwo', 40))
    assert.match(codeFrame('one\ntwo\n', 3), /3\| $/m)
  })
})

describe('the error catalog', () => {
  const entries = Object.entries(ErrorCatalog)

  test('every entry has its own code, a title and a message', () => {
    const codes = entries.map(([, e]) => e.code)
    assert.equal(new Set(codes).size, codes.length, 'codes are unique')
    for (const [name, e] of entries) {
      assert.match(e.code, /^[A-Z][A-Z0-9_]+$/, name)
      assert.ok(e.title.length > 0 && !e.title.endsWith(':'), `${name}: a title without the colon`)
      assert.equal(typeof e.message, 'function', name)
    }
  })

  test('catalogError builds a BuildError with the code, the title as topic and the hint', () => {
    const e = catalogError(ErrorCatalog.ConfigNotAnArray, { key: 'exclude', value: 'x' })
    assert.ok(e instanceof BuildError)
    assert.equal(e.code, 'CONFIG_NOT_AN_ARRAY')
    assert.equal(e.topic, 'Fatal')
    assert.equal(e.message, `'exclude' should be set as an array, but was: "x".`)
    assert.equal(e.hint, 'Write it as a YAML list, e.g. exclude: ["x"]')
  })
})
